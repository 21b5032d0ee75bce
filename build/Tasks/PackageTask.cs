using Cake.Common.Diagnostics;
using Cake.Frosting;
using Orchestration.Packaging;

namespace Build.Tasks;

[TaskName("Package")]
[TaskDescription("Packs the trained model, its notebook and provenance.json as name.dataVersion.modelVersion.")]
[IsDependentOn(typeof(TrainTask))]
public sealed class PackageTask : FrostingTask<BuildContext>
{
    public override void Run(BuildContext context)
    {
        var inputs = new PackageInputs
        {
            Checkout = context.Checkout.Value,
            Model = context.Model.Value,
            Environment = context.PythonEnvironment.Value,
            Training = context.Training.Value,
            Inputs = context.Inputs.Value,
            Build = CiBuildDetector.Detect(context),
        };

        var package = ModelPackager.Create(inputs, context.Paths.Artifacts);
        context.Information("Packaged {0}: {1}", package.Identity, package.PackageFile);
        context.Information("Model SHA-256 {0}; provenance in {1}", package.ModelSha256, package.ProvenanceFile);
        context.Package.Set(package);
    }
}
