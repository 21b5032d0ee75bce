using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Git;

/// <summary>
/// Git aliases on the git command line, named like Cake.Git's where it has the same verb
/// (GitInit, GitClone, GitFetch, GitCheckout, GitIsValidRepository).
/// </summary>
internal static class GitAliases
{
    public static void GitInit(this ICakeContext context, DirectoryPath path) =>
        new Git(context).Init(new GitSettings(), path);

    public static DirectoryPath GitClone(this ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath) =>
        context.GitClone(sourceUrl, workDirectoryPath, new GitCloneSettings());

    public static DirectoryPath GitClone(this ICakeContext context, string sourceUrl, DirectoryPath workDirectoryPath, GitCloneSettings settings)
    {
        new Git(context).Clone(settings, sourceUrl, workDirectoryPath);
        return workDirectoryPath;
    }

    public static void GitFetch(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string remote, string refspec, GitFetchSettings? settings = null)
    {
        settings ??= new GitFetchSettings();
        settings.WorkingDirectory = repositoryDirectoryPath;
        new Git(context).Fetch(settings, remote, refspec);
    }

    /// <summary>Checks out a commit (or anything naming one) on a detached HEAD.</summary>
    public static void GitCheckout(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string committish) =>
        new Git(context).CheckoutDetached(In(repositoryDirectoryPath), committish);

    /// <summary>The full SHA of the commit a revision (branch, tag, SHA, HEAD) names, or null.</summary>
    public static string? GitRevParse(this ICakeContext context, DirectoryPath repositoryDirectoryPath, string revision) =>
        new Git(context).RevParse(In(repositoryDirectoryPath), revision);

    public static bool GitIsValidRepository(this ICakeContext context, DirectoryPath path) =>
        new Git(context).IsRepository(In(path));

    /// <summary>Porcelain status lines of the changed and untracked files under the paths.</summary>
    public static IReadOnlyList<string> GitStatus(this ICakeContext context, DirectoryPath repositoryDirectoryPath, params string[] paths) =>
        new Git(context).Status(In(repositoryDirectoryPath), paths);

    public static IReadOnlyList<string> GitLsFiles(this ICakeContext context, DirectoryPath repositoryDirectoryPath, params string[] pathspecs) =>
        new Git(context).LsFiles(In(repositoryDirectoryPath), pathspecs);

    internal static GitSettings In(DirectoryPath repository) => new() { WorkingDirectory = repository };
}
