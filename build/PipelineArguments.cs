using Orchestration.Configuration;
using Orchestration.Notebooks;
using Orchestration.Pipeline.Workspace;
using Orchestration.Mlflow;
using Orchestration.Promotion;

namespace Build;

/// <summary>Every argument a task of this build reads; any other is refused before a task runs.</summary>
internal static class PipelineArguments
{
    public static readonly IReadOnlyCollection<string> Known =
    [
        // Every target
        WorkspaceOptions.WaitArgument,

        // Checkout
        "repository", "ref", "project-dir", "allow-dirty",

        // Configure: one argument per build.properties key, and the notebook parameters
        .. ConfigurationKeys.All.Select(key => key.Argument), ConfigurationKeys.ParameterArgument,

        // Environment, Train
        "python", "system-site-packages", "cell-timeout", "notebook-timeout", "notebook-env", PassEnvArguments.Argument, "jupyter-python", "retrain", .. MlflowOptions.Arguments,

        // Package, Publish
        "feed", "feed-type", "maven-group-id", "feed-timeout", .. PromotionOptions.Arguments,

        // DockerBuild, DockerPush
        "base-image", "registry",

        // Plan, Apply, Destroy
        "environment", "terraform-dir", "backend-config", "lock-timeout", "endpoint-port", "approve", "approver",
        "skip-smoke-test", "smoke-test-timeout",

        // Test
        "tests", "test-filter",
    ];
}
