using Cake.Core;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.LsFiles;

namespace Orchestration.Checkout;

/// <summary>
/// Checks out the model project at a ref and says which commit it is. The result is a clone under
/// the workspace (the earlier run's, brought to that commit and cleaned, when there is one), or — in a CI checkout of the wanted commit, or with --allow-dirty — the
/// working tree itself.
/// </summary>
public sealed class CheckoutService(ICakeContext context, CheckoutEnvironment environment)
{
    public CheckoutRecord Run(CheckoutRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        GitRefName.Validate(request.Ref);
        var projectPath = ProjectPath.Normalize(request.ProjectDirectory);
        var repository = RepositoryLocation.Resolve(request.Repository, environment.WorkingTree, context, cancellationToken);

        var gitRef = request.Ref;
        CheckedOutTree? tree = null;
        if (repository.IsWorkingTree)
        {
            var workingTree = new WorkingTree(context, repository.Source);
            var ci = CiCommit.Find(environment.Variables);
            if (ci is not null && ci.IsNamedBy(request.Ref))
            {
                tree = workingTree.UseCiCheckout(ci, projectPath, request.AllowDirty, cancellationToken);
                gitRef = ci.Sha;
            }
            else
            {
                tree = workingTree.UseIfDirty(request.Ref, projectPath, request.AllowDirty, cancellationToken);
            }
        }

        if (tree is not null)
        {
            // The working tree is built as it is: no clone of an earlier run may be mistaken for this run's source.
            WorkspaceClone.Remove(environment.CloneDirectory);
        }

        tree ??= new WorkspaceClone(context, environment.CloneDirectory).Checkout(repository, gitRef, cancellationToken);
        if (!Directory.Exists(Path.Combine(tree.Directory, projectPath)))
        {
            throw CheckoutErrors.MissingProject(projectPath, repository.Display, request.Ref, tree.Commit, ModelProjectsIn(tree, cancellationToken));
        }

        return new CheckoutRecord
        {
            Repository = repository.Display,
            Ref = request.Ref,
            Commit = tree.Commit,
            IsDirty = tree.IsDirty,
            SourceDirectory = tree.Directory,
            ProjectPath = projectPath,
        };
    }

    private List<string> ModelProjectsIn(CheckedOutTree tree, CancellationToken cancellationToken) =>
        [.. context.GitLsFiles(new GitLsFilesSettings { WorkingDirectory = tree.Directory }, [":(glob)**/build.properties"], cancellationToken)
            .Select(file => Path.GetDirectoryName(file) is { Length: > 0 } folder ? folder : ".")
            .Take(10)];
}
