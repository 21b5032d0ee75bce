using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Tooling;

internal sealed class ShellSettings : ToolSettings
{
}

/// <summary>Runs a real /bin/sh script through the project's process layer.</summary>
internal sealed class ShellTool(ICakeContext context) : CommandLineTool<ShellSettings>(context)
{
    public ToolResult Run(string script, ShellSettings? settings = null, ToolRunOptions? options = null, CancellationToken cancellationToken = default) =>
        Execute(settings ?? new ShellSettings(), new ProcessArgumentBuilder().Append("-c").AppendQuoted(script), options, cancellationToken);

    protected override string GetToolName() => "sh";

    protected override IEnumerable<string> GetToolExecutableNames() => ["sh"];
}
