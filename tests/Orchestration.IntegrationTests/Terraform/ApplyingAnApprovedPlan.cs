using System.Diagnostics;
using Orchestration.Approval;
using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.Terraform;

public sealed class ApplyingAnApprovedPlan : IDisposable
{
    private readonly TerraformWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    [Fact]
    public async Task The_plan_approved_by_its_hash_is_applied_and_recorded_as_approved_before_and_applied_after()
    {
        var plan = workspace.Plan('1');

        var outcome = await workspace.Apply(plan.Sha256);

        Assert.Equal(ApplyOutcome.Applied, outcome);
        Assert.Equal(["deployed salary-regression.2.7"], workspace.Deployed);
        var record = ApprovalJournal.Read(workspace.Files().Approval)!;
        Assert.Equal((ApprovalStatus.Applied, "release-manager", ApprovalMethod.Hash, plan.Sha256, "test", "salary-regression.2.7"),
            (record.Status, record.Approver, record.Method, record.PlanSha256, record.Environment, record.Identity));
        Assert.Equal(SmokeTestOutcome.Skipped, record.SmokeTest);
        var audit = File.ReadAllLines(ApprovalJournal.AuditLogs(workspace.Paths)[0]);
        Assert.Contains("\"status\":\"approved\"", audit[0], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"applied\"", audit[1], StringComparison.Ordinal);
        Assert.Equal(audit, File.ReadAllLines(ApprovalJournal.AuditLogs(workspace.Paths)[1]));
    }

    [Fact]
    public async Task The_docker_engine_of_the_image_is_the_one_terraforms_provisioners_talk_to()
    {
        var plan = workspace.Plan('1', dockerHost: "unix:///run/elsewhere/docker.sock");

        await workspace.Apply(plan.Sha256);

        Assert.Equal("unix:///run/elsewhere/docker.sock", workspace.DockerHostSeen);
    }

    [Fact]
    public async Task A_plan_without_changes_applies_nothing_and_needs_no_approval()
    {
        await workspace.Apply(workspace.Plan('1').Sha256);
        workspace.Plan('1');

        var outcome = await workspace.Apply(approvedHash: null);

        Assert.Equal(ApplyOutcome.NothingToApply, outcome);
        Assert.Single(workspace.Deployed);
        Assert.False(File.Exists(workspace.Files().Approval));
    }

    [Fact]
    public async Task Without_approval_a_run_that_is_not_interactive_is_refused_and_touches_nothing()
    {
        var plan = workspace.Plan('1');

        var refusal = await Assert.ThrowsAsync<ApprovalRefusedException>(() => workspace.Apply(approvedHash: null, new TerminalApprovalConsole()));

        Assert.Contains("this run is not interactive", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith($"./build.sh --target=Apply --exclusive --environment=test --approve={plan.Sha256}", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Deployed);
        Assert.False(File.Exists(workspace.Files().Approval));
        Assert.False(Directory.Exists(workspace.StateDirectory) && Directory.EnumerateFiles(workspace.StateDirectory).Any());
    }

    [Fact]
    public async Task A_hash_that_is_not_the_plans_is_refused_and_touches_nothing()
    {
        var reviewed = workspace.Plan('1');
        var current = workspace.Plan('2');

        var refusal = await Assert.ThrowsAsync<ApprovalRefusedException>(() => workspace.Apply(reviewed.Sha256));

        Assert.Contains($"the approved hash {reviewed.Sha256} is not the hash of the saved plan ({current.Sha256})", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(workspace.Deployed);
    }

    [Fact]
    public async Task At_a_terminal_typing_the_first_digits_of_the_hash_applies()
    {
        var plan = workspace.Plan('1');
        var console = new TypingConsole(plan.Sha256[..12]);

        await workspace.Apply(approvedHash: null, console);

        Assert.Contains(console.Shown, line => line.Contains("terraform_data.endpoint (create)", StringComparison.Ordinal));
        Assert.Equal(ApprovalMethod.Prompt, ApprovalJournal.Read(workspace.Files().Approval)!.Method);
        Assert.Single(workspace.Deployed);
    }

    [Fact]
    public async Task A_stale_plan_is_refused_with_the_advice_to_plan_again_and_recorded_as_failed()
    {
        var old = workspace.Plan('1', files: workspace.Files("old"));
        var newer = workspace.Plan('2', files: workspace.Files("newer"));
        await workspace.Apply(newer.Sha256, files: workspace.Files("newer"));

        var failure = await Assert.ThrowsAsync<ToolFailedException>(() => workspace.Apply(old.Sha256, files: workspace.Files("old")));

        Assert.StartsWith("The plan is stale: the state of environment 'test' changed after the plan was made", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("./build.sh --target=Plan --environment=test", failure.Message, StringComparison.Ordinal);
        var record = ApprovalJournal.Read(workspace.Files("old").Approval)!;
        Assert.Equal(ApprovalStatus.Failed, record.Status);
        Assert.StartsWith("The plan is stale", record.Error, StringComparison.Ordinal);
        Assert.Single(workspace.Deployed);
    }

    [Fact]
    public async Task A_state_lock_held_by_another_run_is_named_with_how_to_release_it()
    {
        var holding = workspace.Plan('1', holdSeconds: 60, files: workspace.Files("holding"));
        var waiting = workspace.Plan('2', files: workspace.Files("waiting"));
        using var holder = StartTerraformApply(workspace.Files("holding").Plan);
        try
        {
            WaitForLock();

            var failure = await Assert.ThrowsAsync<ToolFailedException>(
                () => workspace.Apply(waiting.Sha256, files: workspace.Files("waiting"), lockTimeout: TimeSpan.FromSeconds(1)));

            Assert.StartsWith("The state of environment 'test' is locked by another Terraform run: lock ", failure.Message, StringComparison.Ordinal);
            Assert.Contains($"held by {Environment.UserName}@", failure.Message, StringComparison.Ordinal);
            Assert.Contains("for OperationTypeApply since ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("Terraform waited 1s (--lock-timeout)", failure.Message, StringComparison.Ordinal);
            Assert.Matches($"force-unlock [0-9a-f-]{{36}}$", failure.Message);
            Assert.Equal(ApprovalStatus.Failed, ApprovalJournal.Read(workspace.Files("waiting").Approval)!.Status);
            Assert.NotNull(holding);
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            holder.WaitForExit();
        }
    }

    [Fact]
    public async Task After_apply_the_endpoint_answers_ping_and_one_invocation()
    {
        using var model = new ModelServerStub();
        var plan = workspace.Plan('1', endpointUrl: model.Url);

        await workspace.Apply(plan.Sha256, smokeTest: true);

        Assert.Equal(["GET /ping", "POST /invocations " + EndpointSmokeTest.Request], model.Requests);
        Assert.Equal(SmokeTestOutcome.Passed, ApprovalJournal.Read(workspace.Files().Approval)!.SmokeTest);
    }

    [Fact]
    public async Task A_wrong_answer_fails_the_smoke_test_and_the_record_says_applied_but_failing()
    {
        using var model = new ModelServerStub("""{"predictions": ["not a number"]}""");
        var plan = workspace.Plan('1', endpointUrl: model.Url);

        var failure = await Assert.ThrowsAsync<SmokeTestFailedException>(() => workspace.Apply(plan.Sha256, smokeTest: true));

        Assert.StartsWith($"Smoke test failed: POST {model.Url}/invocations with {EndpointSmokeTest.Request} answered HTTP 200 '{{\"predictions\": [\"not a number\"]}}'", failure.Message, StringComparison.Ordinal);
        var record = ApprovalJournal.Read(workspace.Files().Approval)!;
        Assert.Equal((ApprovalStatus.Applied, SmokeTestOutcome.Failed), (record.Status, record.SmokeTest));
    }

    [Fact]
    public async Task An_endpoint_that_never_answers_fails_the_smoke_test_after_its_timeout()
    {
        var plan = workspace.Plan('1', endpointUrl: "http://127.0.0.1:9");

        var failure = await Assert.ThrowsAsync<SmokeTestFailedException>(() => workspace.Apply(plan.Sha256, smokeTest: true));

        Assert.StartsWith("Smoke test failed: GET http://127.0.0.1:9/ping did not answer 200 within 2s", failure.Message, StringComparison.Ordinal);
    }

    private Process StartTerraformApply(string planFile)
    {
        var start = new ProcessStartInfo("terraform", ["apply", "-input=false", "-no-color", planFile])
        {
            WorkingDirectory = workspace.RootDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void WaitForLock()
    {
        // The other run holds the lock while its provisioner sleeps: wait until its lock file exists.
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (Directory.Exists(workspace.StateDirectory) && Directory.EnumerateFiles(workspace.StateDirectory, "*.lock.info", SearchOption.TopDirectoryOnly).Any()
                && workspace.Deployed.Count > 0)
            {
                return;
            }

            Thread.Sleep(100);
        }

        throw new TimeoutException("The other terraform apply never took the state lock.");
    }

    private sealed class TypingConsole(string typed) : IApprovalConsole
    {
        public List<string> Shown { get; } = [];

        public bool IsInteractive => true;

        public void WriteLine(string text) => Shown.AddRange(text.Split('\n'));

        public string? ReadLine() => typed;
    }
}
