using Cake.Core;
using Orchestration.Tools.Git.Clean;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>Removes the untracked files of the settings' working directory.</summary>
    public static void GitClean(this ICakeContext context, GitCleanSettings settings, CancellationToken cancellationToken) =>
        new GitCleanRunner(context).Clean(settings, cancellationToken);
}
