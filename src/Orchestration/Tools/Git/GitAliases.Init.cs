using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tools.Git.Init;

namespace Orchestration.Tools.Git;

/// <summary>Git's aliases, for the verbs a checkout needs (named like Cake.Git's where it has them).</summary>
internal static partial class GitAliases
{
    /// <summary>Makes an empty repository in <paramref name="directory"/>.</summary>
    public static void GitInit(this ICakeContext context, GitInitSettings settings, DirectoryPath directory, CancellationToken cancellationToken) =>
        new GitInitRunner(context).Init(settings, directory, cancellationToken);
}
