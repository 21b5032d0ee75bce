using Cake.Core;

namespace Orchestration.Tools.Git.Status;

/// <summary>Runs <c>git status</c>, quietly, and returns its porcelain lines.</summary>
internal sealed class GitStatusRunner(ICakeContext context) : GitTool<GitStatusSettings>(context)
{
    public IReadOnlyList<string> Status(GitStatusSettings settings, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var arguments = Command("status").Append("--porcelain").Append("--untracked-files=all").Append("--");
        return Execute(settings, AppendQuoted(arguments, paths), Quietly, cancellationToken).StandardOutput;
    }
}
