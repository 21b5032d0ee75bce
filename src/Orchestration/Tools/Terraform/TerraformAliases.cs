using Cake.Core;
using Cake.Core.Annotations;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform.Apply;
using Orchestration.Tools.Terraform.Init;
using Orchestration.Tools.Terraform.Output;
using Orchestration.Tools.Terraform.Plan;
using Orchestration.Tools.Terraform.Show;
using Orchestration.Tools.Terraform.Version;

namespace Orchestration.Tools.Terraform;

/// <summary>Terraform commands, named like Cake.Terraform's aliases.</summary>
[CakeAliasCategory("Terraform")]
internal static class TerraformAliases
{
    [CakeMethodAlias]
    public static ToolResult TerraformInit(this ICakeContext context, TerraformInitSettings settings, CancellationToken cancellationToken) =>
        new TerraformInitRunner(context).Init(settings, cancellationToken);

    /// <summary>Plans and saves the plan; true when it has changes.</summary>
    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context, TerraformPlanSettings settings, CancellationToken cancellationToken) =>
        new TerraformPlanRunner(context).Plan(settings, cancellationToken);

    /// <summary>Applies a saved plan.</summary>
    [CakeMethodAlias]
    public static ToolResult TerraformApply(this ICakeContext context, TerraformApplySettings settings, CancellationToken cancellationToken) =>
        new TerraformApplyRunner(context).Apply(settings, cancellationToken);

    [CakeMethodAlias]
    public static string TerraformShow(this ICakeContext context, TerraformShowSettings settings, CancellationToken cancellationToken) =>
        new TerraformShowRunner(context).Show(settings, cancellationToken);

    [CakeMethodAlias]
    public static string TerraformOutput(this ICakeContext context, TerraformOutputSettings settings, CancellationToken cancellationToken) =>
        new TerraformOutputRunner(context).Output(settings, cancellationToken);

    [CakeMethodAlias]
    public static string TerraformVersion(this ICakeContext context, TerraformVersionSettings settings, CancellationToken cancellationToken) =>
        new TerraformVersionRunner(context).Version(settings, cancellationToken);

    /// <summary>Where the terraform binary these settings run is (absolute), without running it; null when there is none.</summary>
    [CakeMethodAlias]
    public static string? TerraformExecutable(this ICakeContext context, TerraformVersionSettings settings) =>
        new TerraformVersionRunner(context).Executable(settings);
}
