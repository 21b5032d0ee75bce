using System.Globalization;
using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Apply;

internal sealed class TerraformApplyRunner(ICakeContext context) : TerraformTool<TerraformApplySettings>(context)
{
    public ToolResult Apply(TerraformApplySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var plan = settings.Plan
            ?? throw new ArgumentException("A saved plan file is required: only approved plans are applied.", nameof(settings));
        var arguments = Command("apply", settings)
            .Append("-input=false")
            .Append(LockTimeout(settings.LockTimeout));
        if (settings.Parallelism is { } parallelism)
        {
            arguments.Append("-parallelism=" + parallelism.ToString(CultureInfo.InvariantCulture));
        }

        return Run(settings, arguments.AppendQuoted(plan.FullPath), null, cancellationToken);
    }
}
