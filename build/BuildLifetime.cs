using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Build;

public sealed class BuildLifetime : FrostingLifetime<BuildContext>
{
    public override void Setup(BuildContext context, ISetupContext info)
    {
        SecretMasker.AddFromEnvironment();
        ArgumentCheck.ThrowOnUnknown(context.Arguments.GetArguments().Keys, PipelineArguments.Known);
        context.Verbose("Workspace: {0}", context.Paths.Root);
    }

    public override void Teardown(BuildContext context, ITeardownContext info)
    {
    }
}
