using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Approval;

public sealed class ApprovingAPlan
{
    private const string Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private const string Command = "./build.sh --target=Apply --exclusive --environment=staging --approve=" + Sha256;

    [Theory]
    [InlineData(Sha256)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF")]
    [InlineData("sha256:" + Sha256)]
    public void The_plans_exact_hash_approves_it(string given)
    {
        var grant = PlanApproval.Require(Request(given), "alice", new ScriptedConsole(interactive: false));

        Assert.Equal("alice", grant.Approver);
        Assert.Equal(ApprovalMethod.Hash, grant.Method);
    }

    [Fact]
    public void Another_hash_is_refused_with_the_command_that_approves_this_plan()
    {
        var other = new string('9', 64);

        var refusal = Assert.Throws<ApprovalRefusedException>(() => PlanApproval.Require(Request(other), "alice", new ScriptedConsole(interactive: true, Sha256[..12])));

        Assert.Equal(
            $"Refusing to apply the plan for environment 'staging': the approved hash {other} is not the hash of the saved plan ({Sha256}): "
            + "the plan was made again, or changed, after it was approved. Nothing was changed.\n"
            + "Review the plan (artifacts/plan/staging: summary.md, plan.txt), then approve exactly this plan with:\n"
            + "  " + Command,
            refusal.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0123456789ab")]
    [InlineData("not-a-hash")]
    public void Something_that_is_not_a_full_sha256_approves_nothing(string given)
    {
        var refusal = Assert.Throws<ApprovalRefusedException>(() => PlanApproval.Require(Request(given), "alice", new ScriptedConsole(interactive: false)));

        Assert.Contains($"'{given}' is not a SHA-256 (64 hex digits)", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith(Command, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_approval_a_run_that_is_not_interactive_is_refused()
    {
        var console = new ScriptedConsole(interactive: false, Sha256[..12]);

        var refusal = Assert.Throws<ApprovalRefusedException>(() => PlanApproval.Require(Request(null), "alice", console));

        Assert.Contains("no approval was given (--approve) and this run is not interactive", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith(Command, refusal.Message, StringComparison.Ordinal);
        Assert.Empty(console.Shown);
    }

    [Fact]
    public void At_a_terminal_typing_the_first_12_hex_digits_after_reading_the_summary_approves()
    {
        var console = new ScriptedConsole(interactive: true, " 0123456789AB ");

        var grant = PlanApproval.Require(Request(null), "bob", console);

        Assert.Equal(ApprovalMethod.Prompt, grant.Method);
        Assert.Equal("THE SUMMARY", console.Shown[0]);
        Assert.Equal("To apply exactly this plan in 'staging' as bob, type the first 12 hex digits of its Plan SHA-256 (above):", console.Shown[^1]);
    }

    [Theory]
    [InlineData("0123456789aa", "'0123456789aa' was typed at the prompt, not 0123456789ab.")]
    [InlineData("yes", "'yes' was typed at the prompt, not 0123456789ab.")]
    [InlineData(null, "nothing was typed at the prompt.")]
    public void At_a_terminal_anything_else_is_refused(string? typed, string reason)
    {
        var console = typed is null ? new ScriptedConsole(interactive: true) : new ScriptedConsole(interactive: true, typed);

        var refusal = Assert.Throws<ApprovalRefusedException>(() => PlanApproval.Require(Request(null), "bob", console));

        Assert.Contains(reason, refusal.Message, StringComparison.Ordinal);
    }

    private static ApprovalRequest Request(string? given) => new()
    {
        Action = "apply",
        Environment = "staging",
        PlanSha256 = Sha256,
        Summary = "THE SUMMARY",
        ReviewFolder = "artifacts/plan/staging",
        ApproveCommand = Command,
        GivenHash = given,
    };
}
