using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.Checkout;
using Orchestration.Tools.Git.Clean;
using Orchestration.Tools.Git.Clone;
using Orchestration.Tools.Git.Fetch;
using Orchestration.Tools.Git.Init;
using Orchestration.Tools.Git.RevParse;

namespace Orchestration.Checkout;

/// <summary>
/// A clone of one revision in the workspace. It fetches only that commit (<c>--depth 1</c>): branches, tags,
/// HEAD and full SHAs all work that way. An abbreviated SHA, or a SHA the server will not hand out
/// alone, or a dumb HTTP remote (no shallow fetches), falls back to a full clone in which git can resolve it.
/// The clone of an earlier run is reused the way a CI agent reuses its workspace — fetch only when HEAD is
/// another commit, then <c>checkout --force</c> and <c>clean -ffdx</c> — so the tree holds exactly that commit
/// and nothing an earlier run left, without cloning again; but only while its git config and hooks are those
/// the clone was made with (<see cref="CloneGitState"/>).
/// </summary>
internal sealed class WorkspaceClone(ICakeContext context, string directory)
{
    private const string UnknownRefMessage = "couldn't find remote ref";
    private const string DumbHttpMessage = "dumb http transport does not support shallow capabilities";

    public CheckedOutTree Checkout(RepositoryLocation repository, string gitRef, CancellationToken cancellationToken)
    {
        if (Reuse(repository, gitRef, cancellationToken) is { } reused)
        {
            return reused;
        }

        var tree = CloneAfresh(repository, gitRef, cancellationToken);
        CloneGitState.Record(directory);
        return tree;
    }

    private CheckedOutTree CloneAfresh(RepositoryLocation repository, string gitRef, CancellationToken cancellationToken)
    {
        CloneGitState.Forget(directory);
        Remove(directory);
        context.Information("Cloning {0} at {1} into {2}", repository.Display, gitRef, directory);
        context.GitInit(new GitInitSettings(), directory, cancellationToken);
        try
        {
            context.GitFetch(
                new GitFetchSettings { WorkingDirectory = directory, Depth = 1, NoTags = true },
                repository.Source,
                gitRef,
                new ToolRunOptions { FailureHint = $"Could not fetch from {repository.Display}: check --repository, and that this machine can reach it with read access." }, cancellationToken);
        }
        catch (ToolFailedException failure) when (failure.StandardError.Any(line => line.Contains(DumbHttpMessage, StringComparison.Ordinal)))
        {
            context.Information("{0} is a dumb HTTP remote, which cannot fetch one commit alone: cloning the whole repository.", repository.Display);
            return FullClone(repository, gitRef, failure.StandardError, cancellationToken);
        }
        catch (ToolFailedException failure) when (GitRefName.LooksLikeCommit(gitRef))
        {
            context.Information("Fetching {0} alone did not work (an abbreviated SHA, or a server that hands out no single commits): cloning the whole repository to find it.", gitRef);
            return FullClone(repository, gitRef, failure.StandardError, cancellationToken);
        }
        catch (ToolFailedException failure) when (failure.StandardError.Any(line => line.Contains(UnknownRefMessage, StringComparison.Ordinal)))
        {
            throw CheckoutErrors.UnknownRef(repository.Display, gitRef, failure.StandardError);
        }

        CheckoutDetached("FETCH_HEAD", cancellationToken);
        return new CheckedOutTree(directory, Head(cancellationToken), IsDirty: false);
    }

    /// <summary>Removes a folder even when git made some of its files read-only (which only stops a delete on Windows).</summary>
    public static void Remove(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// The earlier run's clone at the wanted commit, or null when there is none to reuse: no clone, one
    /// without a commit (an interrupted clone), or one the wanted ref cannot be fetched into — then a fresh
    /// clone tries again and reports what is wrong. A local repository says which commit the ref names, so
    /// an unchanged ref fetches nothing.
    /// </summary>
    private CheckedOutTree? Reuse(RepositoryLocation repository, string gitRef, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Path.Combine(directory, ".git")) || !Trusted() || CommitOf(CheckoutRequest.DefaultRef, cancellationToken) is not { } head)
        {
            return null;
        }

        var wanted = repository.IsFolder
            ? context.GitRevParseCommit(new GitRevParseSettings { WorkingDirectory = repository.Source }, gitRef, cancellationToken)
            : null;
        var target = head;
        if (!string.Equals(wanted, head, StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                context.GitFetch(
                    new GitFetchSettings { WorkingDirectory = directory, Depth = 1, NoTags = true },
                    repository.Source,
                    gitRef,
                    new ToolRunOptions { EchoOutput = false },
                    cancellationToken);
            }
            catch (ToolFailedException)
            {
                return null;
            }

            target = "FETCH_HEAD";
        }

        context.Information("Reusing the clone in {0}: {1} at {2} (checkout --force, clean -ffdx)", directory, repository.Display, gitRef);
        try
        {
            context.GitCheckout(new GitCheckoutSettings { WorkingDirectory = directory, Detach = true, Force = true }, target, cancellationToken);
            context.GitClean(new GitCleanSettings { WorkingDirectory = directory, IncludeIgnored = true }, cancellationToken);
        }
        catch (ToolFailedException)
        {
            context.Information("The clone in {0} is unusable (see git's message above): cloning afresh.", directory);
            return null;
        }

        return new CheckedOutTree(directory, target == head ? head : Head(cancellationToken), IsDirty: false);
    }

    /// <summary>Whether the clone's git config and hooks are as the build left them; git runs nothing of the clone's before this says so.</summary>
    private bool Trusted()
    {
        switch (CloneGitState.Compare(directory))
        {
            case CloneGitState.Comparison.AsRecorded:
                return true;
            case CloneGitState.Comparison.Changed:
                context.Warning(
                    "The clone in {0} has git config or hooks the build did not write (a notebook of an earlier run can write there): cloning afresh instead of running git in it.",
                    directory);
                return false;
            default:
                // An interrupted clone (its record goes first), or one made before the record was kept: replaced as such.
                context.Verbose("The clone in {0} has no record of its git config and hooks ({1}): cloning afresh.", directory, CloneGitState.FileOf(directory));
                return false;
        }
    }

    private CheckedOutTree FullClone(RepositoryLocation repository, string gitRef, IReadOnlyList<string> fetchError, CancellationToken cancellationToken)
    {
        Remove(directory);
        context.GitClone(new GitCloneSettings { Checkout = false }, repository.Source, directory, cancellationToken);
        // A branch other than the remote's default exists only as origin/<branch> in a fresh clone.
        var commit = CommitOf(gitRef, cancellationToken)
            ?? CommitOf("origin/" + gitRef, cancellationToken)
            ?? throw CheckoutErrors.UnknownRef(repository.Display, gitRef, fetchError);
        CheckoutDetached(commit, cancellationToken);
        return new CheckedOutTree(directory, Head(cancellationToken), IsDirty: false);
    }

    private string Head(CancellationToken cancellationToken) =>
        CommitOf(CheckoutRequest.DefaultRef, cancellationToken)
        ?? throw new InvalidOperationException($"git checked out into {directory} but HEAD names no commit there.");

    private string? CommitOf(string revision, CancellationToken cancellationToken) =>
        context.GitRevParseCommit(new GitRevParseSettings { WorkingDirectory = directory }, revision, cancellationToken);

    private void CheckoutDetached(string commit, CancellationToken cancellationToken) =>
        context.GitCheckout(new GitCheckoutSettings { WorkingDirectory = directory, Detach = true }, commit, cancellationToken);
}
