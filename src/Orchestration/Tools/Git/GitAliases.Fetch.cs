using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Git.Fetch;

namespace Orchestration.Tools.Git;

internal static partial class GitAliases
{
    /// <summary>Fetches <paramref name="refspec"/> from <paramref name="remote"/> into the settings' working directory.</summary>
    public static void GitFetch(this ICakeContext context, GitFetchSettings settings, string remote, string refspec, ToolRunOptions? options, CancellationToken cancellationToken) =>
        new GitFetchRunner(context).Fetch(settings, remote, refspec, options, cancellationToken);
}
