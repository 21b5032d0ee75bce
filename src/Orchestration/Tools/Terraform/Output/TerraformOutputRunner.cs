using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Output;

internal sealed class TerraformOutputRunner(ICakeContext context) : TerraformTool<TerraformOutputSettings>(context)
{
    /// <summary>What <c>terraform output</c> prints (captured, not echoed).</summary>
    public string Output(TerraformOutputSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("output", settings);
        if (settings.Json)
        {
            arguments.Append("-json");
        }

        if (settings.Raw)
        {
            arguments.Append("-raw");
        }

        if (settings.OutputName is { } name)
        {
            arguments.Append(name);
        }

        return Run(settings, arguments, new ToolRunOptions { EchoOutput = false }, cancellationToken).Output;
    }
}
