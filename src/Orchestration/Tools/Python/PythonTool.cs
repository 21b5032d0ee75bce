using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Python;

/// <summary>A Python interpreter: the verbs the Environment and Train stages need, as arguments.</summary>
internal sealed class PythonTool(ICakeContext context) : CommandLineTool<PythonSettings>(context)
{
    public ToolResult Evaluate(PythonSettings settings, string code, ToolRunOptions? options = null) =>
        Run(settings, new ProcessArgumentBuilder().Append("-c").AppendQuoted(code), options);

    public ToolResult CreateVenv(PythonVenvSettings settings, string directory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("-m").Append("venv");
        if (settings.SystemSitePackages)
        {
            arguments.Append("--system-site-packages");
        }

        return Run(settings, arguments.AppendQuoted(directory));
    }

    public ToolResult PipInstall(PipInstallSettings settings, ToolRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Run(settings, Pip("install").Append("--no-input").Append("-r").AppendQuoted(settings.Requirements), options);
    }

    public ToolResult PipFreeze(PythonSettings settings) =>
        Run(settings, Pip("freeze"), new ToolRunOptions { EchoOutput = false });

    public ToolResult IPyKernelInstall(IPyKernelInstallSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append("-m").Append("ipykernel").Append("install")
            .Append("--prefix").AppendQuoted(settings.Prefix)
            .Append("--name").AppendQuoted(settings.Name);
        if (settings.DisplayName is not null)
        {
            arguments.Append("--display-name").AppendQuoted(settings.DisplayName);
        }

        return Run(settings, arguments);
    }

    public ToolResult RunScript(PythonSettings settings, string script, ProcessArgumentBuilder arguments, ToolRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var command = new ProcessArgumentBuilder().AppendQuoted(script);
        foreach (var argument in arguments)
        {
            command.Append(argument);
        }

        return Run(settings, command, options);
    }

    protected override string GetToolName() => "python";

    protected override IEnumerable<string> GetToolExecutableNames() => ["python3", "python"];

    private static ProcessArgumentBuilder Pip(string command) =>
        new ProcessArgumentBuilder().Append("-m").Append("pip").Append(command).Append("--disable-pip-version-check");

    private ToolResult Run(PythonSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Python 3.11's frozen modules make debugpy (loaded by ipykernel) warn on every start.
        settings.EnvironmentVariables.TryAdd("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        return Execute(settings, arguments, options);
    }
}
