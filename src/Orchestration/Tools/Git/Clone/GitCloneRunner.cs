using System.Globalization;
using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Git.Clone;

/// <summary>Runs <c>git clone</c>.</summary>
internal sealed class GitCloneRunner(ICakeContext context) : GitTool<GitCloneSettings>(context)
{
    public void Clone(GitCloneSettings settings, string source, DirectoryPath directory, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, source, directory), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(GitCloneSettings settings, string source, DirectoryPath directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentNullException.ThrowIfNull(directory);
        var arguments = Command("clone").Append("--quiet");
        if (!settings.Checkout)
        {
            arguments.Append("--no-checkout");
        }

        if (settings.Depth is { } depth)
        {
            arguments.Append("--depth").Append(depth.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.BranchName is { } branch)
        {
            arguments.Append("--branch").AppendQuoted(branch);
        }

        return arguments.Append("--").AppendQuoted(source).AppendQuoted(directory.FullPath);
    }
}
