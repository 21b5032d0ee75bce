using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Show;

internal sealed class TerraformShowRunner(ICakeContext context) : TerraformTool<TerraformShowSettings>(context)
{
    /// <summary>What <c>terraform show</c> prints (captured, not echoed).</summary>
    public string Show(TerraformShowSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var plan = settings.PlanFile ?? throw new ArgumentException("PlanFile is required.", nameof(settings));
        var arguments = Command("show", settings);
        if (settings.OutputFormat == TerraformOutputFormat.Json)
        {
            arguments.Append("-json");
        }

        return Run(settings, arguments.AppendQuoted(plan.FullPath), new ToolRunOptions { EchoOutput = false }, cancellationToken).Output;
    }
}
