using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>conda (or mamba, which takes the same arguments) for environments made from environment.yml.</summary>
internal sealed class CondaTool(ICakeContext context) : CommandLineTool<CondaSettings>(context)
{
    public const string MissingHint =
        "environment.yml needs conda (or mamba). Install Miniforge (https://conda-forge.org/download/) and put its bin folder on PATH, " +
        "or set CONDA_EXE; or describe the environment with a requirements.txt instead.";

    private static readonly string[] ExecutableNames = ["conda", "mamba"];

    public string Version(CondaSettings settings, CancellationToken cancellationToken) =>
        Execute(settings, new ProcessArgumentBuilder().Append("--version"), new ToolRunOptions { EchoOutput = false }, cancellationToken).Output.Trim();

    public Task<ToolResult> EnvCreateAsync(CondaEnvCreateSettings settings, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("env").Append("create")
            .Append("--prefix").AppendQuoted(settings.Prefix)
            .Append("--file").AppendQuoted(settings.File);
        return ExecuteAsync(settings, arguments, options, cancellationToken);
    }

    public IReadOnlyList<string> ListExport(CondaSettings settings, string prefix, CancellationToken cancellationToken)
    {
        var arguments = new ProcessArgumentBuilder().Append("list").Append("--prefix").AppendQuoted(prefix).Append("--export");
        return Execute(settings, arguments, new ToolRunOptions { EchoOutput = false }, cancellationToken).StandardOutput;
    }

    /// <summary>The conda this machine would use, or null: CONDA_EXE (set by an activated conda), then conda or mamba on PATH.</summary>
    public static string? Locate(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fromEnvironment = context.Environment.GetEnvironmentVariable("CONDA_EXE");
        if (!string.IsNullOrEmpty(fromEnvironment) && System.IO.File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        return ExecutableNames.Select(name => context.Tools.Resolve(name)?.FullPath).FirstOrDefault(path => path is not null);
    }

    protected override string InstallHint => MissingHint;

    protected override string GetToolName() => "conda";

    protected override IEnumerable<string> GetToolExecutableNames() => ExecutableNames;
}
