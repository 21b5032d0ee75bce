using Cake.Core;
using Cake.Core.Annotations;
using Orchestration.Tooling;
using Orchestration.Tools.Terraform.Apply;
using Orchestration.Tools.Terraform.Destroy;
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
    public static ToolResult TerraformInit(this ICakeContext context, TerraformInitSettings settings) =>
        new TerraformInitRunner(context).Init(settings);

    /// <summary>Plans and saves the plan; true when it has changes.</summary>
    [CakeMethodAlias]
    public static bool TerraformPlan(this ICakeContext context, TerraformPlanSettings settings) =>
        new TerraformPlanRunner(context).Plan(settings);

    /// <summary>Applies a saved plan.</summary>
    [CakeMethodAlias]
    public static ToolResult TerraformApply(this ICakeContext context, TerraformApplySettings settings) =>
        new TerraformApplyRunner(context).Apply(settings);

    [CakeMethodAlias]
    public static string TerraformShow(this ICakeContext context, TerraformShowSettings settings) =>
        new TerraformShowRunner(context).Show(settings);

    [CakeMethodAlias]
    public static string TerraformOutput(this ICakeContext context, TerraformOutputSettings settings) =>
        new TerraformOutputRunner(context).Output(settings);

    /// <summary>Saves a destroy plan (<c>plan -destroy</c>); apply it with <see cref="TerraformApply"/>. True when it destroys anything.</summary>
    [CakeMethodAlias]
    public static bool TerraformDestroy(this ICakeContext context, TerraformDestroySettings settings) =>
        new TerraformPlanRunner(context).Plan(settings);

    [CakeMethodAlias]
    public static string TerraformVersion(this ICakeContext context, TerraformVersionSettings settings) =>
        new TerraformVersionRunner(context).Version(settings);
}
