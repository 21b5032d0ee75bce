using NuGet.Packaging;
using NuGet.Packaging.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Packaging;

/// <summary>
/// Builds the model package: one .nupkg named after the identity holding the model, the executed
/// notebook, its HTML rendering and <c>provenance.json</c>. Each file is streamed into the package once,
/// hashed on the way (the provenance takes those digests), and the model is stored rather than deflated when
/// its bytes do not compress: packaging costs about a copy of the model, whatever its size.
/// </summary>
public static class ModelPackager
{
    public const string Authors = "Orchestration";

    /// <summary>Writes <c>packages/&lt;identity&gt;.nupkg</c> and <c>provenance.json</c> under <paramref name="artifactsDirectory"/>.</summary>
    public static PackageRecord Create(PackageInputs inputs, string artifactsDirectory)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (identity, training) = (inputs.Model.Identity, inputs.Training);
        var modelFile = ProvenanceCollector.RequireModelFile(training.ModelFile);
        var modelEntry = PackageLayout.ModelEntry(identity, modelFile);
        var notebookEntry = PackageLayout.NotebookEntry(training.ExecutedNotebook);
        var htmlEntry = PackageLayout.NotebookEntry(training.HtmlReport);
        Require(training.ExecutedNotebook, notebookEntry);
        Require(training.HtmlReport, htmlEntry);

        var packages = Path.Combine(artifactsDirectory, "packages");
        RemoveOtherPackages(packages);
        var packageFile = Path.Combine(packages, PackageLayout.PackageFileName(identity));
        Provenance? provenance = null;
        AtomicFile.Write(packageFile, stream =>
        {
            // Entries in NuGet's order (by path): the model first, so its digest is known when provenance.json is written.
            using var package = new PackageWriter(stream, training.FinishedAt);
            var model = package.AddFile(modelFile, modelEntry);
            var html = package.AddFile(training.HtmlReport, htmlEntry);
            var notebook = package.AddFile(training.ExecutedNotebook, notebookEntry);
            provenance = ProvenanceCollector.Collect(inputs, new PackagedFiles(model, notebook, html));
            package.AddBytes(PackageLayout.ProvenanceEntry, ProvenanceJson.Serialize(provenance));
            package.Finish(Metadata(inputs, provenance), $"{Authors} {inputs.ToolVersion}");
        });
        PackageHash.Record(packageFile);

        var provenanceFile = Path.Combine(artifactsDirectory, PackageLayout.ProvenanceEntry);
        AtomicFile.Write(provenanceFile, stream => stream.Write(ProvenanceJson.Serialize(provenance!)));
        return new PackageRecord
        {
            Identity = identity,
            PackageFile = packageFile,
            ProvenanceFile = provenanceFile,
            ModelSha256 = provenance!.Model.Sha256,
        };
    }

    /// <summary>The package's metadata, as the .nuspec and the feed show it.</summary>
    private static PackageBuilder Metadata(PackageInputs inputs, Provenance provenance)
    {
        var identity = inputs.Model.Identity;
        var metadata = new PackageBuilder(deterministic: true)
        {
            Id = identity.Name,
            Version = PackageLayout.PackageVersion(identity),
            Title = identity.ToString(),
            Description = PackageDescription.For(provenance),
            Repository = new RepositoryMetadata("git", provenance.Source.Repository, BranchOf(inputs.Checkout) ?? string.Empty, inputs.Checkout.Commit),
            ProjectUrl = RepositoryUrl.AsWebAddress(inputs.Checkout.Repository),
        };
        metadata.Authors.Add(Authors);
        metadata.Tags.AddRange(PackageDescription.Tags(provenance));
        return metadata;
    }

    private static void Require(string source, string target)
    {
        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"{source} is missing, so it cannot go into the package as {target}. Run --target=Train again in this workspace.", source);
        }
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
                File.Delete(PackageHash.FileOf(stale));
            }
        }
    }
}
