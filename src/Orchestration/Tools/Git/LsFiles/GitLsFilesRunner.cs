using Cake.Core;

namespace Orchestration.Tools.Git.LsFiles;

/// <summary>Runs <c>git ls-files</c>, quietly, and returns each file it names once.</summary>
internal sealed class GitLsFilesRunner(ICakeContext context) : GitTool<GitLsFilesSettings>(context)
{
    public IReadOnlyList<string> List(GitLsFilesSettings settings, IEnumerable<string> pathspecs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("ls-files").Append("-z").Append("--cached");
        if (settings.Others)
        {
            arguments.Append("--others").Append("--exclude-standard");
        }

        var output = Execute(settings, AppendQuoted(arguments.Append("--"), pathspecs), Quietly, cancellationToken).StandardOutput;
        return [.. string.Join('\n', output).Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
    }
}
