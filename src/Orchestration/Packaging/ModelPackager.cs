using System.Globalization;
using NuGet.Packaging;
using NuGet.Packaging.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>
/// Builds the model package: one .nupkg named after the identity holding the model, the executed
/// notebook, its HTML rendering and <c>provenance.json</c>. Files are streamed into the package,
/// never read whole into memory, so the model's size does not matter.
/// </summary>
public static class ModelPackager
{
    public const string Authors = "Orchestration";

    /// <summary>Writes <c>packages/&lt;identity&gt;.nupkg</c> and <c>provenance.json</c> under <paramref name="artifactsDirectory"/>.</summary>
    public static PackageRecord Create(PackageInputs inputs, string artifactsDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var provenance = ProvenanceCollector.Collect(inputs);
        var identity = inputs.Model.Identity;

        Directory.CreateDirectory(artifactsDirectory);
        var provenanceFile = Path.Combine(artifactsDirectory, PackageLayout.ProvenanceEntry);
        AtomicFile.Write(provenanceFile, stream => stream.Write(ProvenanceJson.Serialize(provenance)));

        var packages = Path.Combine(artifactsDirectory, "packages");
        RemoveOtherPackages(packages);
        var packageFile = Path.Combine(packages, PackageLayout.PackageFileName(identity));
        var builder = CreateBuilder(inputs, provenance, provenanceFile);
        AtomicFile.Write(packageFile, builder.Save);

        return new PackageRecord
        {
            Identity = identity,
            PackageFile = packageFile,
            ProvenanceFile = provenanceFile,
            ModelSha256 = provenance.Model.Sha256,
        };
    }

    private static PackageBuilder CreateBuilder(PackageInputs inputs, Provenance provenance, string provenanceFile)
    {
        var identity = inputs.Model.Identity;
        var builder = new PackageBuilder(deterministic: true)
        {
            // Entries dated when training finished, not now: the same inputs give the same bytes.
            DeterministicTimestamp = inputs.Training.FinishedAt.ToString("O", CultureInfo.InvariantCulture),
            Id = identity.Name,
            Version = PackageLayout.PackageVersion(identity),
            Title = identity.ToString(),
            Description = PackageDescription.For(provenance),
            Repository = new RepositoryMetadata("git", provenance.Source.Repository, BranchOf(inputs.Checkout) ?? string.Empty, inputs.Checkout.Commit),
            ProjectUrl = RepositoryUrl.AsWebAddress(inputs.Checkout.Repository),
        };
        builder.Authors.Add(Authors);
        builder.Tags.AddRange(PackageDescription.Tags(provenance));
        Add(builder, inputs.Training.ModelFile, provenance.Model.Path);
        Add(builder, inputs.Training.ExecutedNotebook, PackageLayout.NotebookEntry(inputs.Training.ExecutedNotebook));
        Add(builder, inputs.Training.HtmlReport, PackageLayout.NotebookEntry(inputs.Training.HtmlReport));
        Add(builder, provenanceFile, PackageLayout.ProvenanceEntry);
        return builder;
    }

    private static void Add(PackageBuilder builder, string source, string target)
    {
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"{source} is missing, so it cannot go into the package as {target}. Run --target=Train again in this workspace.", source);
        }

        // A PhysicalPackageFile is opened and copied into the archive only while the package is written.
        builder.Files.Add(new PhysicalPackageFile { SourcePath = source, TargetPath = target });
    }

    private static string? BranchOf(CheckoutRecord checkout)
    {
        const string heads = "refs/heads/";
        return checkout.Ref switch
        {
            var head when head.StartsWith(heads, StringComparison.Ordinal) => head[heads.Length..],
            var other when other.StartsWith("refs/", StringComparison.Ordinal) || other == "HEAD" => null,
            var commit when checkout.Commit.StartsWith(commit, StringComparison.OrdinalIgnoreCase) => null,
            var branch => branch,
        };
    }

    private static void RemoveOtherPackages(string packages)
    {
        // artifacts/packages/ is this stage's: a package left by an earlier run must not be archived as this one.
        if (Directory.Exists(packages))
        {
            foreach (var stale in Directory.EnumerateFiles(packages, "*.nupkg"))
            {
                File.Delete(stale);
            }
        }
    }
}
