using Cake.Core;
using Orchestration.Tools.Git.RevParse;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>The full SHA of the commit <paramref name="revision"/> names, or null when it names none.</summary>
    public static string? GitRevParseCommit(this ICakeContext context, GitRevParseSettings settings, string revision, CancellationToken cancellationToken) =>
        new GitRevParseRunner(context).Commit(settings, revision, cancellationToken);

    /// <summary>The root of the working tree the settings' working directory is in, or null outside one.</summary>
    public static string? GitShowTopLevel(this ICakeContext context, GitRevParseSettings settings, CancellationToken cancellationToken) =>
        new GitRevParseRunner(context).ShowTopLevel(settings, cancellationToken);

    /// <summary>True when the settings' working directory is inside a git repository (bare or not).</summary>
    public static bool GitIsRepository(this ICakeContext context, GitRevParseSettings settings, CancellationToken cancellationToken) =>
        new GitRevParseRunner(context).IsRepository(settings, cancellationToken);
}
