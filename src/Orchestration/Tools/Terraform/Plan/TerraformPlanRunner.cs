using System.Globalization;
using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform.Plan;

internal sealed class TerraformPlanRunner(ICakeContext context) : TerraformTool<TerraformPlanSettings>(context)
{
    private const int NoChanges = 0;
    private const int Changes = 2;

    /// <summary>Runs the plan; true when it has changes (exit code 2, which is not a failure).</summary>
    public bool Plan(TerraformPlanSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = Command("plan", settings)
            .Append("-input=false")
            .Append(LockTimeout(settings.LockTimeout))
            .Append("-detailed-exitcode");
        if (settings.Destroy)
        {
            arguments.Append("-destroy");
        }

        if (settings.Parallelism is { } parallelism)
        {
            arguments.Append("-parallelism=" + parallelism.ToString(CultureInfo.InvariantCulture));
        }

        if (settings.OutFile is { } outFile)
        {
            arguments.AppendSwitchQuoted("-out", "=", outFile.FullPath);
        }

        if (settings.InputVariablesFile is { } variablesFile)
        {
            arguments.AppendSwitchQuoted("-var-file", "=", variablesFile.FullPath);
        }

        foreach (var (name, value) in settings.Variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var secret = settings.IsSensitive(name);
            if (secret)
            {
                SecretMasker.Add(value);
            }

            arguments.Append("-var").Append(new TerraformArgument(name, value, secret));
        }

        var result = Run(settings, arguments, new ToolRunOptions { SuccessExitCodes = [NoChanges, Changes] }, cancellationToken);
        return result.ExitCode == Changes;
    }
}
