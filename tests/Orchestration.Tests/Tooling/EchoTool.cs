using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Orchestration.Tooling;

namespace Orchestration.Tests.Tooling;

internal sealed class EchoSettings : ToolSettings
{
    public string Text { get; set; } = string.Empty;

    public string? Secret { get; set; }
}

/// <summary>The smallest possible tool: says its settings as arguments.</summary>
internal sealed class EchoTool(ICakeContext context) : CommandLineTool<EchoSettings>(context)
{
    public ToolResult Say(EchoSettings settings, ToolRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        var arguments = new ProcessArgumentBuilder().AppendQuoted(settings.Text);
        if (settings.Secret is not null)
        {
            arguments.AppendSwitchQuotedSecret("--token", "=", settings.Secret);
        }

        return Execute(settings, arguments, options, cancellationToken);
    }

    protected override string GetToolName() => "echo";

    protected override IEnumerable<string> GetToolExecutableNames() => ["echo"];
}
