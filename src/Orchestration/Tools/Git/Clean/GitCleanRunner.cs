using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Git.Clean;

/// <summary>Runs <c>git clean</c>; <c>-ff</c> because a nested repository left in the tree is untracked content too.</summary>
internal sealed class GitCleanRunner(ICakeContext context) : GitTool<GitCleanSettings>(context)
{
    public void Clean(GitCleanSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(GitCleanSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("clean").Append("--quiet").Append("-ff").Append("-d");
        return settings.IncludeIgnored ? arguments.Append("-x") : arguments;
    }
}
