using Cake.Core;
using Orchestration.Tools.Git.Status;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>The porcelain status lines (<c>XY path</c>) of what changed under <paramref name="paths"/>.</summary>
    public static IReadOnlyList<string> GitStatus(this ICakeContext context, GitStatusSettings settings, IEnumerable<string> paths, CancellationToken cancellationToken) =>
        new GitStatusRunner(context).Status(settings, paths, cancellationToken);
}
