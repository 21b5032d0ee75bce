using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>A Python interpreter: the verbs the Environment and Train stages need, as arguments.</summary>
internal sealed class PythonTool(ICakeContext context) : CommandLineTool<PythonSettings>(context)
{
    public ToolResult Evaluate(PythonSettings settings, string code, ToolRunOptions? options, CancellationToken cancellationToken) =>
        Execute(Prepared(settings), EvaluateArguments(code), options, cancellationToken);

    public Task<ToolResult> CreateVenvAsync(PythonVenvSettings settings, string directory, CancellationToken cancellationToken) =>
        ExecuteAsync(Prepared(settings), VenvArguments(settings, directory), null, cancellationToken);

    public Task<ToolResult> PipInstallAsync(PipInstallSettings settings, ToolRunOptions? options, CancellationToken cancellationToken) =>
        ExecuteAsync(Prepared(settings), PipInstallArguments(settings), options, cancellationToken);

    public ToolResult PipFreeze(PythonSettings settings, CancellationToken cancellationToken) =>
        Execute(Prepared(settings), Pip("freeze"), new ToolRunOptions { EchoOutput = false }, cancellationToken);

    public ToolResult IPyKernelInstall(IPyKernelInstallSettings settings, CancellationToken cancellationToken) =>
        Execute(Prepared(settings), IPyKernelInstallArguments(settings), null, cancellationToken);

    public ToolResult RunScript(PythonSettings settings, string script, ProcessArgumentBuilder arguments, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var command = new ProcessArgumentBuilder().AppendQuoted(script);
        foreach (var argument in arguments)
        {
            command.Append(argument);
        }

        return Execute(Prepared(settings), command, options, cancellationToken);
    }

    internal static ProcessArgumentBuilder EvaluateArguments(string code) => new ProcessArgumentBuilder().Append("-c").AppendQuoted(code);

    internal static ProcessArgumentBuilder VenvArguments(PythonVenvSettings settings, string directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("-m").Append("venv");
        if (settings.SystemSitePackages)
        {
            arguments.Append("--system-site-packages");
        }

        return arguments.AppendQuoted(directory);
    }

    internal static ProcessArgumentBuilder PipInstallArguments(PipInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Pip("install").Append("--no-input").Append("-r").AppendQuoted(settings.Requirements);
    }

    internal static ProcessArgumentBuilder IPyKernelInstallArguments(IPyKernelInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("-m").Append("ipykernel").Append("install")
            .Append("--prefix").AppendQuoted(settings.Prefix)
            .Append("--name").AppendQuoted(settings.Name);
        if (settings.DisplayName is not null)
        {
            arguments.Append("--display-name").AppendQuoted(settings.DisplayName);
        }

        return arguments;
    }

    protected override string GetToolName() => "python";

    protected override IEnumerable<string> GetToolExecutableNames() => ["python3", "python"];

    private static ProcessArgumentBuilder Pip(string command) =>
        new ProcessArgumentBuilder().Append("-m").Append("pip").Append(command).Append("--disable-pip-version-check");

    private static PythonSettings Prepared(PythonSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Python 3.11's frozen modules make debugpy (loaded by ipykernel) warn on every start.
        settings.EnvironmentVariables.TryAdd("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        return settings;
    }
}
