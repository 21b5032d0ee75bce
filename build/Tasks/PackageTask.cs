using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Packaging;
using Orchestration.Promotion;
using Orchestration.Publishing;

namespace Build.Tasks;

[TaskName("Package")]
[TaskDescription("Checks the promotion gate (--require-metric, --require-no-worse-than), then packs the trained model, its notebook and provenance.json as name.dataVersion.modelVersion.")]
[IsDependentOn(typeof(TrainTask))]
public sealed class PackageTask : AsyncFrostingTask<BuildContext>
{
    /// <summary>Not when a published version is deployed (--deploy): nothing is built from the repository.</summary>
    public override bool ShouldRun(BuildContext context) => !context.Deploying;

    public override async Task RunAsync(BuildContext context)
    {
        var model = context.Model.Value;
        var training = context.Training.Value;
        var gate = await PromotionCheck.RunAsync(
            context, PromotionOptions.Bind(context.Options), model.Identity, training.Metrics, context.Paths, FeedOptions.Bind(context.Options, FeedOptions.DefaultFeed(context.Paths), context.Paths.Root));
        var inputs = new PackageInputs
        {
            Checkout = context.Checkout.Value,
            Model = model,
            Environment = context.PythonEnvironment.Value,
            Training = training,
            Inputs = context.Inputs.Value,
            Build = CiBuildDetector.Detect(context),
            Promotion = gate,
        };

        var package = ModelPackager.Create(inputs, context.Paths.Artifacts);
        context.Information("Packaged {0}: {1}", package.Identity, package.PackageFile);
        context.Information("Model SHA-256 {0}; provenance in {1}", package.ModelSha256, package.ProvenanceFile);
        context.Package.Set(package);
    }
}
