using Cake.Core;
using Orchestration.Approval;
using Orchestration.Pipeline;
using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

public sealed class CheckingASavedPlan : IDisposable
{
    private const string Replan = "./build.sh --target=Plan --environment=staging";
    private readonly TempFolder folder = new();
    private readonly PlanFiles files;

    public CheckingASavedPlan()
    {
        files = new PlanFiles(Path.Combine(folder.Path, "plan"));
        Directory.CreateDirectory(files.Directory);
        File.WriteAllText(files.Plan, "binary plan");
        var sha256 = Sha256.OfFile(files.Plan);
        PlanHash.Write(files.Sha256, sha256, files.Plan);
        File.WriteAllText(files.HasChanges, "true");
        new StageRecordStore(files.Directory).Save("record", SamplePlans.Deployment() with { Sha256 = sha256 });
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void An_untouched_plan_loads()
    {
        var plan = SavedPlan.Load(files, "staging", Replan);

        Assert.Equal(Sha256.OfFile(files.Plan), plan.Sha256);
        Assert.Equal($"{plan.Sha256}  tfplan\n", File.ReadAllText(files.Sha256));
    }

    [Fact]
    public void A_changed_plan_file_is_refused()
    {
        File.AppendAllText(files.Plan, "!");

        var refusal = Assert.Throws<ApprovalRefusedException>(() => SavedPlan.Load(files, "staging", Replan));

        Assert.StartsWith($"Refusing to apply: the saved plan in {files.Directory} changed after Plan wrote it: tfplan hashes to {Sha256.OfFile(files.Plan)}", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("Make a new plan: " + Replan, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rewritten_plan_sha256_is_refused()
    {
        File.WriteAllText(files.Sha256, new string('b', 64) + "  tfplan\n");

        Assert.Throws<ApprovalRefusedException>(() => SavedPlan.Load(files, "staging", Replan));
    }

    [Fact]
    public void A_has_changes_file_that_contradicts_the_record_is_refused()
    {
        File.WriteAllText(files.HasChanges, "false");

        var refusal = Assert.Throws<ApprovalRefusedException>(() => SavedPlan.Load(files, "staging", Replan));

        Assert.Contains("says 'false' but the plan record says true", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_of_another_environment_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => SavedPlan.Load(files, "production", Replan));

        Assert.Equal($"{files.Record} is a plan for environment 'staging', not 'production'.", error.Message);
    }

    [Fact]
    public void No_plan_says_how_to_make_one()
    {
        var error = Assert.Throws<CakeException>(() => SavedPlan.Load(new PlanFiles(Path.Combine(folder.Path, "none")), "staging", Replan));

        Assert.Equal(2, error.ExitCode);
        Assert.EndsWith("Make one first: " + Replan, error.Message, StringComparison.Ordinal);
    }
}
