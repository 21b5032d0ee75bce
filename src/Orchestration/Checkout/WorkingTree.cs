using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.RevParse;
using Orchestration.Tools.Git.Status;

namespace Orchestration.Checkout;

/// <summary>
/// The working tree the build runs in, when it is the repository asked for. It is used as it is only
/// in a CI checkout of the wanted commit, or with --allow-dirty; otherwise a clone of its HEAD gives
/// exactly the committed code. Uncommitted changes of the project are refused unless allowed.
/// </summary>
internal sealed class WorkingTree(ICakeContext context, string root)
{
    /// <summary>The CI checkout when HEAD is the CI commit; null when it is not (then the CI commit is cloned).</summary>
    public CheckedOutTree? UseCiCheckout(CiCommit ci, string projectPath, bool allowDirty, CancellationToken cancellationToken)
    {
        var head = Head(cancellationToken);
        if (!string.Equals(head, ci.Sha, StringComparison.OrdinalIgnoreCase))
        {
            context.Warning("{0} is {1} but HEAD of {2} is {3}: cloning {1} instead of using the working tree.", ci.Variable, ci.Sha, root, head);
            return null;
        }

        context.Information("Using the CI checkout in {0}: HEAD is {1} ({2}).", root, head, ci.Variable);
        var changes = Changes(projectPath, allowDirty, cancellationToken);
        return new CheckedOutTree(root, head, IsDirty: changes.Count > 0);
    }

    /// <summary>The working tree as it is, when the ref names its HEAD and --allow-dirty excuses its changes; else null.</summary>
    public CheckedOutTree? UseIfDirty(string gitRef, string projectPath, bool allowDirty, CancellationToken cancellationToken)
    {
        var head = Head(cancellationToken);
        var wanted = GitRefName.IsHead(gitRef) ? head : context.GitRevParseCommit(new GitRevParseSettings { WorkingDirectory = root }, gitRef, cancellationToken);
        if (!string.Equals(wanted, head, StringComparison.OrdinalIgnoreCase))
        {
            // Another commit is wanted: what is uncommitted here does not matter.
            return null;
        }

        return Changes(projectPath, allowDirty, cancellationToken).Count > 0 ? new CheckedOutTree(root, head, IsDirty: true) : null;
    }

    private string Head(CancellationToken cancellationToken) =>
        context.GitRevParseCommit(new GitRevParseSettings { WorkingDirectory = root }, CheckoutRequest.DefaultRef, cancellationToken)
        ?? throw Pipeline.ConfigurationError.Create($"The repository {root} has no commit yet: commit the model project first.");

    private IReadOnlyList<string> Changes(string projectPath, bool allowDirty, CancellationToken cancellationToken)
    {
        var changes = context.GitStatus(new GitStatusSettings { WorkingDirectory = root }, [projectPath], cancellationToken);
        if (changes.Count == 0)
        {
            return changes;
        }

        if (!allowDirty)
        {
            throw CheckoutErrors.DirtyProject(root, projectPath, changes);
        }

        context.Warning(
            "{0}: building the working tree {1} as it is, with {2} uncommitted or untracked file(s) in {3}. The run is marked dirty.",
            CheckoutOptions.AllowDirty,
            root,
            changes.Count,
            projectPath);
        return changes;
    }
}
