using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.DotNet.Test;

/// <summary>Runs <c>dotnet test</c>.</summary>
internal sealed class DotNetTestRunner(ICakeContext context) : CommandLineTool<DotNetTestSettings>(context)
{
    public ToolResult Test(DotNetTestSettings settings, string project, ToolRunOptions? options, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, project), options, cancellationToken);

    protected override string GetToolName() => "dotnet test";

    protected override IEnumerable<string> GetToolExecutableNames() => ["dotnet"];

    private static ProcessArgumentBuilder Arguments(DotNetTestSettings settings, string project)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrEmpty(project);
        var arguments = new ProcessArgumentBuilder().Append("test").AppendQuoted(project);
        if (settings.NoLogo)
        {
            arguments.Append("--nologo");
        }

        foreach (var logger in settings.Loggers)
        {
            arguments.Append("--logger").AppendQuoted(logger);
        }

        if (settings.Filter is { } filter)
        {
            arguments.Append("--filter").AppendQuoted(filter);
        }

        return arguments;
    }
}
