using Cake.Core;
using Orchestration.Tools.Git.LsFiles;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>The files matching <paramref name="pathspecs"/>, relative to the settings' working directory.</summary>
    public static IReadOnlyList<string> GitLsFiles(this ICakeContext context, GitLsFilesSettings settings, IEnumerable<string> pathspecs, CancellationToken cancellationToken) =>
        new GitLsFilesRunner(context).List(settings, pathspecs, cancellationToken);
}
