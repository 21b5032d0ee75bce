using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Git.RevParse;

/// <summary>Runs <c>git rev-parse</c>, quietly: its answer is for the caller to read.</summary>
internal sealed class GitRevParseRunner(ICakeContext context) : GitTool<GitRevParseSettings>(context)
{
    /// <summary>
    /// <c>rev-parse --verify --quiet --end-of-options REVISION^{commit}</c>: the full SHA of the commit a
    /// revision names, or null when it names none (exit code 1).
    /// </summary>
    public string? Commit(GitRevParseSettings settings, string revision, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(revision);
        var arguments = Command("rev-parse").Append("--verify").Append("--quiet").Append("--end-of-options").AppendQuoted(revision + "^{commit}");
        var result = Execute(settings, arguments, Quietly with { SuccessExitCodes = [0, 1] }, cancellationToken);
        return result.ExitCode == 0 ? FirstLine(result) : null;
    }

    /// <summary><c>rev-parse --show-toplevel</c>: the root of the working tree, or null outside one (exit code 128).</summary>
    public string? ShowTopLevel(GitRevParseSettings settings, CancellationToken cancellationToken)
    {
        var result = Execute(settings, Command("rev-parse").Append("--show-toplevel"), OutsideRepositoryIsAnAnswer, cancellationToken);
        return result.ExitCode == 0 ? FirstLine(result) : null;
    }

    /// <summary><c>rev-parse --git-dir</c>: true inside a git repository, bare or not.</summary>
    public bool IsRepository(GitRevParseSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Command("rev-parse").Append("--git-dir"), OutsideRepositoryIsAnAnswer, cancellationToken).ExitCode == 0;

    private static ToolRunOptions OutsideRepositoryIsAnAnswer => Quietly with { SuccessExitCodes = [0, 128] };
}
