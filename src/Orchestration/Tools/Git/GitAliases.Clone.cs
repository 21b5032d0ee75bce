using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tools.Git.Clone;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>Clones <paramref name="source"/> (a URL or a folder) into <paramref name="directory"/>.</summary>
    public static void GitClone(this ICakeContext context, GitCloneSettings settings, string source, DirectoryPath directory, CancellationToken cancellationToken) =>
        new GitCloneRunner(context).Clone(settings, source, directory, cancellationToken);
}
