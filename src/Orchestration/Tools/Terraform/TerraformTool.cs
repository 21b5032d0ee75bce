using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Terraform;

/// <summary>
/// The <c>terraform</c> executable. Every command runs with <c>TF_IN_AUTOMATION=1</c> (no "run terraform
/// apply next" hints written for a human at a prompt) and never asks for input.
/// </summary>
internal abstract class TerraformTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : TerraformSettings
{
    protected override string InstallHint =>
        "Install Terraform 1.5 or later (HashiCorp's release zip or apt repository) and put it on PATH.";

    protected ToolResult Run(TSettings settings, ProcessArgumentBuilder arguments, ToolRunOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.EnvironmentVariables ??= new Dictionary<string, string>(StringComparer.Ordinal);
        settings.EnvironmentVariables["TF_IN_AUTOMATION"] = "1";
        // Terraform stopped by a signal saves its state and releases its lock; killed, it may do neither.
        options = (options ?? new ToolRunOptions()) with { InterruptGrace = TimeSpan.FromMinutes(2) };
        return Execute(settings, arguments, options, cancellationToken);
    }

    /// <summary>The subcommand, then the switches every subcommand shares.</summary>
    protected static ProcessArgumentBuilder Command(string subcommand, TerraformSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder().Append(subcommand);
        if (settings.NoColor)
        {
            arguments.Append("-no-color");
        }

        return arguments;
    }

    protected static string LockTimeout(TimeSpan timeout) =>
        FormattableString.Invariant($"-lock-timeout={(long)Math.Ceiling(timeout.TotalSeconds)}s");

    protected override string GetToolName() => "terraform";

    protected override IEnumerable<string> GetToolExecutableNames() => ["terraform"];
}
