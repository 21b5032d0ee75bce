using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Git.Fetch;

/// <summary>Runs <c>git fetch</c>.</summary>
internal sealed class GitFetchRunner(ICakeContext context) : GitTool<GitFetchSettings>(context)
{
    public void Fetch(GitFetchSettings settings, string remote, string refspec, ToolRunOptions? options, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, remote, refspec), options, cancellationToken);

    private static ProcessArgumentBuilder Arguments(GitFetchSettings settings, string remote, string refspec)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(remote);
        ArgumentException.ThrowIfNullOrEmpty(refspec);
        var arguments = Command("fetch");
        if (settings.Depth is { } depth)
        {
            arguments.Append("--depth").Append(depth.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.NoTags)
        {
            arguments.Append("--no-tags");
        }

        return arguments.Append("--").AppendQuoted(remote).AppendQuoted(refspec);
    }
}
