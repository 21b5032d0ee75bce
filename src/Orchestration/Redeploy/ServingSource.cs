using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;
using Orchestration.Tooling;

namespace Orchestration.Redeploy;

/// <summary>
/// The serving files (Dockerfile, serve.py…) of a published model, which its package does not hold: the model
/// project at the commit it was trained at, fetched from the repository its provenance names (one commit,
/// <c>--depth 1</c>, under <c>.work/deploy/source</c>). Only DockerBuild reads it, and only when no image of the
/// version is on the engine. Nothing is trained, and <c>dockerfile=</c> comes from that commit's build.properties.
/// </summary>
internal static class ServingSource
{
    public static (CheckoutRecord Checkout, ModelConfiguration Model) Fetch(
        ICakeContext context, Provenance provenance, string workingTree, string directory, CancellationToken cancellationToken)
    {
        var source = provenance.Source;
        var identity = provenance.Identity;
        context.Information(
            "No image of {0} is on the engine: fetching its serving files from {1} at commit {2} (where it was trained), project {3}.",
            identity, source.Repository, source.Commit, source.ProjectPath);
        if (source.Dirty)
        {
            context.Warning("{0} was trained from uncommitted changes: the serving files are taken from commit {1} as committed.", identity, source.Commit);
        }

        CheckedOutTree tree;
        try
        {
            var repository = RepositoryLocation.Resolve(source.Repository, workingTree, context, cancellationToken);
            tree = new WorkspaceClone(context, directory).Checkout(repository, source.Commit, cancellationToken);
        }
        catch (Exception problem) when (problem is CakeException or ToolFailedException)
        {
            throw ConfigurationError.Create(
                $"The serving image of {identity} must be built, and its package holds no Dockerfile: it comes from {source.Repository} at commit {source.Commit}, "
                + $"which cannot be fetched:\n{problem.Message}\nBuild the image once where that repository is reachable, or push it to the registry (--registry).");
        }

        var projectDirectory = Path.Combine(tree.Directory, source.ProjectPath);
        var model = ModelConfigurationLoader.Load(projectDirectory, source.ProjectPath, ConfigurationOverrides.None).Require();
        var checkout = new CheckoutRecord
        {
            Repository = source.Repository,
            Ref = source.Commit,
            Commit = tree.Commit,
            IsDirty = false,
            SourceDirectory = tree.Directory,
            ProjectPath = source.ProjectPath,
        };

        // The published identity, whatever the commit's build.properties says (it may have been overridden by arguments).
        return (checkout, model with { Identity = identity });
    }
}
