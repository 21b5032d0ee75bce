using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Tooling;

namespace Build.Tasks;

[TaskName("Configure")]
[TaskDescription("Reads the model project's build.properties, applies argument and environment overrides, and checks it.")]
[IsDependentOn(typeof(CheckoutTask))]
public sealed class ConfigureTask : FrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override void Run(BuildContext context)
    {
        var checkout = context.Checkout.Value;
        var overrides = ConfigurationOptions.Bind(context.Options);
        var resolved = ModelConfigurationLoader.Load(checkout.ProjectDirectory, checkout.ProjectPath, overrides);

        foreach (var line in ConfigurationTable.Format(resolved))
        {
            context.Information("{0}", SecretMasker.Mask(line));
        }

        var configuration = resolved.Require();
        context.Records.Identify(configuration.Identity);
        context.Model.Set(configuration);
        context.Information("Model {0} from {1} at {2}{3}", configuration.Identity, checkout.ProjectPath, checkout.ShortCommit, checkout.IsDirty ? " (dirty)" : string.Empty);
    }
}
