using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Support;

/// <summary>Runs any program, by name on PATH or by absolute path, through the project's process layer.</summary>
internal sealed class ProgramTool(ICakeContext context, string program) : CommandLineTool<ToolSettings>(context)
{
    public ToolResult Run(string? workingDirectory, params string[] arguments) =>
        Run(new ToolRunOptions { EchoOutput = false }, workingDirectory, new Dictionary<string, string>(), arguments);

    public ToolResult Run(ToolRunOptions options, string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var builder = new ProcessArgumentBuilder();
        foreach (var argument in arguments)
        {
            builder.AppendQuoted(argument);
        }

        var settings = new ProgramSettings { WorkingDirectory = workingDirectory, ToolTimeout = TimeSpan.FromMinutes(30) };
        foreach (var (name, value) in environment)
        {
            settings.EnvironmentVariables[name] = value;
        }

        if (System.IO.Path.IsPathRooted(program))
        {
            settings.ToolPath = program;
        }

        return Execute(settings, builder, options, CancellationToken.None);
    }

    protected override string GetToolName() => program;

    protected override IEnumerable<string> GetToolExecutableNames() => [System.IO.Path.GetFileName(program)];

    private sealed class ProgramSettings : ToolSettings;
}
