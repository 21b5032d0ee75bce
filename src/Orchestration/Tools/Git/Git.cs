using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Git;

/// <summary>
/// The git command line, for the verbs a checkout needs. Every user-given value comes after
/// <c>--</c> or <c>--end-of-options</c>, so a repository or ref starting with a dash is never an option.
/// </summary>
internal sealed class Git(ICakeContext context) : CommandLineTool<GitSettings>(context)
{
    private static readonly ToolRunOptions Quietly = new() { EchoOutput = false };

    public void Init(GitSettings settings, DirectoryPath directory, CancellationToken cancellationToken) =>
        Execute(settings, Command("init").Append("--quiet").Append("--").AppendQuoted(directory.FullPath), null, cancellationToken);

    public void Clone(GitCloneSettings settings, string source, DirectoryPath directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
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

        Execute(settings, arguments.Append("--").AppendQuoted(source).AppendQuoted(directory.FullPath), null, cancellationToken);
    }

    public void Fetch(GitFetchSettings settings, string remote, string refspec, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("fetch");
        if (settings.Depth is { } depth)
        {
            arguments.Append("--depth").Append(depth.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.NoTags)
        {
            arguments.Append("--no-tags");
        }

        Execute(settings, arguments.Append("--").AppendQuoted(remote).AppendQuoted(refspec), options, cancellationToken);
    }

    /// <summary>Checks a commit out on a detached HEAD (the trailing <c>--</c>: it is a commit, not a file).</summary>
    public void CheckoutDetached(GitSettings settings, string commit, CancellationToken cancellationToken) =>
        Execute(settings, Command("checkout").Append("--quiet").Append("--detach").AppendQuoted(commit).Append("--"), null, cancellationToken);

    /// <summary>The full SHA of the commit a revision names, or null when it names none.</summary>
    public string? RevParse(GitSettings settings, string revision, CancellationToken cancellationToken)
    {
        var arguments = Command("rev-parse").Append("--verify").Append("--quiet").Append("--end-of-options").AppendQuoted(revision + "^{commit}");
        var result = Execute(settings, arguments, Quietly with { SuccessExitCodes = [0, 1] }, cancellationToken);
        return result.ExitCode == 0 ? FirstLine(result) : null;
    }

    /// <summary>The root folder of the working tree the settings' working directory is in, or null outside one.</summary>
    public string? ShowTopLevel(GitSettings settings, CancellationToken cancellationToken)
    {
        var result = Execute(settings, Command("rev-parse").Append("--show-toplevel"), Quietly with { SuccessExitCodes = [0, 128] }, cancellationToken);
        return result.ExitCode == 0 ? FirstLine(result) : null;
    }

    /// <summary>True when the working directory is inside a git repository (bare or not).</summary>
    public bool IsRepository(GitSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, Command("rev-parse").Append("--git-dir"), Quietly with { SuccessExitCodes = [0, 128] }, cancellationToken).ExitCode == 0;

    /// <summary>
    /// <c>git status --porcelain</c> lines (<c>XY path</c>) for changed, staged and untracked files under
    /// the paths; every untracked file is listed, not only its folder. Ignored files are not.
    /// </summary>
    public IReadOnlyList<string> Status(GitSettings settings, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var arguments = Command("status").Append("--porcelain").Append("--untracked-files=all").Append("--");
        return Execute(settings, AppendAll(arguments, paths), Quietly, cancellationToken).StandardOutput;
    }

    /// <summary>The tracked files matching the pathspecs, relative to the working directory.</summary>
    public IReadOnlyList<string> LsFiles(GitSettings settings, IEnumerable<string> pathspecs, CancellationToken cancellationToken) =>
        Execute(settings, AppendAll(Command("ls-files").Append("--"), pathspecs), Quietly, cancellationToken).StandardOutput;

    /// <summary>
    /// The files under the pathspecs, relative to the working directory, exactly as named (<c>-z</c>: no quoting
    /// of unusual names): the tracked ones, and with <paramref name="untracked"/> also untracked ones git does not ignore.
    /// </summary>
    public IReadOnlyList<string> ListFiles(GitSettings settings, bool untracked, IEnumerable<string> pathspecs, CancellationToken cancellationToken)
    {
        var arguments = Command("ls-files").Append("-z").Append("--cached");
        if (untracked)
        {
            arguments.Append("--others").Append("--exclude-standard");
        }

        var output = Execute(settings, AppendAll(arguments.Append("--"), pathspecs), Quietly, cancellationToken).StandardOutput;
        return [.. string.Join('\n', output).Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];
    }

    protected override string GetToolName() => "git";

    protected override IEnumerable<string> GetToolExecutableNames() => ["git"];

    protected override string InstallHint => "Install git (apt-get install -y git) or set its path in GitSettings.ToolPath.";

    private static string? FirstLine(ToolResult result) => result.StandardOutput.Count > 0 ? result.StandardOutput[0].Trim() : null;

    private static ProcessArgumentBuilder Command(string verb) => new ProcessArgumentBuilder().Append(verb);

    private static ProcessArgumentBuilder AppendAll(ProcessArgumentBuilder arguments, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            arguments.AppendQuoted(value);
        }

        return arguments;
    }
}
