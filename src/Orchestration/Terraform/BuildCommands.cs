using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>The exact <c>./build.sh</c> lines that messages and summaries tell a release manager to run.</summary>
internal static class BuildCommands
{
    public const string DefaultTerraformDirectory = "terraform/environments";

    /// <summary>Approves and applies exactly this plan.</summary>
    public static string Approve(PlanRecord plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var target = plan.Destroy ? "--target=Destroy" : "--target=Apply --exclusive";
        return $"./build.sh {target} {Environment(plan.Environment, plan.RootDirectory)} --approve={plan.Sha256}";
    }

    /// <summary>Makes a new plan of the same kind.</summary>
    public static string Replan(bool destroy, string environment, string relativeRootDirectory) =>
        $"./build.sh --target={(destroy ? "Destroy" : "Plan")} {Environment(environment, relativeRootDirectory)}";

    private static string Environment(string environment, string relativeRootDirectory)
    {
        var terraformDirectory = Path.GetDirectoryName(relativeRootDirectory)?.Replace('\\', '/');
        return terraformDirectory is null or "" or DefaultTerraformDirectory
            ? $"{TerraformOptions.Environment}={environment}"
            : $"{TerraformOptions.Environment}={environment} {TerraformOptions.TerraformDirectory}={terraformDirectory}";
    }
}
