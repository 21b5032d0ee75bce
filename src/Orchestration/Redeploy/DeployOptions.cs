using Orchestration.Pipeline;

namespace Orchestration.Redeploy;

/// <summary>
/// <c>--deploy</c>: deploy a version already in the feed instead of building one from the repository.
/// Checkout, Configure, Environment, Train, Package and Publish are then skipped; DockerBuild starts the run.
/// </summary>
public static class DeployOptions
{
    public static readonly Option<DeployTarget?> Deploy = Option.Parsed<DeployTarget?>(
        "deploy", null, null, "— (build from the repository)", "a published identity (name.data.model) or previous: deploy it without training", DeployTarget.Parse);

    /// <summary>The stages a run with <c>--deploy</c> skips: what builds a version from the repository.</summary>
    public static IReadOnlyList<string> SkippedStages { get; } = ["Checkout", "Configure", "Environment", "Train", "Package", "Publish"];

    /// <summary>Refuses (exit 2) a target that only makes sense when building from the repository.</summary>
    public static void CheckTarget(DeployTarget? deploy, string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (deploy is not null && SkippedStages.Contains(target, StringComparer.OrdinalIgnoreCase))
        {
            throw ConfigurationError.Create(
                $"{Deploy}={deploy} deploys a published version: {string.Join(", ", SkippedStages)} do not run, so --target={target} would do nothing. "
                + $"Use --target=DockerBuild, DockerPush, Plan or Apply; or leave out {Deploy} to build from the repository.");
        }
    }
}
