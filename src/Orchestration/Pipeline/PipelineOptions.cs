using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Docker;
using Orchestration.Mlflow;
using Orchestration.Notebooks;
using Orchestration.Promotion;
using Orchestration.Pipeline.Workspace;
using Orchestration.Publishing;
using Orchestration.PythonEnvironment;
using Orchestration.Redeploy;
using Orchestration.Terraform;
using Orchestration.Testing;

namespace Orchestration.Pipeline;

/// <summary>
/// The options of every stage, in pipeline order: what <c>--help</c> lists, what the unknown-argument
/// check accepts, and all a task may read. A new stage's options class gets one line here.
/// </summary>
public static class PipelineOptions
{
    public static OptionCatalog Catalog { get; } = OptionCatalog.Of(
        ("Every target", typeof(WorkspaceOptions)),
        ("Checkout", typeof(CheckoutOptions)),
        ("Configure", typeof(ConfigurationOptions)),
        ("Environment", typeof(PythonEnvironmentOptions)),
        ("Train", typeof(NotebookOptions)),
        ("Train, Publish, Apply, Destroy: MLflow", typeof(MlflowOptions)),
        ("Package: promotion gate", typeof(PromotionOptions)),
        ("Publish, DockerBuild", typeof(FeedOptions)),
        ("DockerBuild, Plan: deploy a published version", typeof(DeployOptions)),
        ("DockerBuild, DockerPush", typeof(DockerOptions)),
        ("Plan, Apply, Destroy", typeof(TerraformOptions)),
        ("Test", typeof(TestOptions)));
}
