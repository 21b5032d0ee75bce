using Orchestration.Pipeline;
using Orchestration.Redeploy;

namespace Build;

public sealed partial class BuildContext
{
    private StageRecord<RedeployRecord>? redeploy;

    /// <summary>True with --deploy: a published version is deployed, Checkout to Publish do not run.</summary>
    public bool Deploying => Options.Get(DeployOptions.Deploy) is not null;

    /// <summary>The published version --deploy chose, resolved and checked (set by the DockerBuild task).</summary>
    public StageRecord<RedeployRecord> Redeploy => redeploy ??= new(Records, "DockerBuild", "deploy");
}
