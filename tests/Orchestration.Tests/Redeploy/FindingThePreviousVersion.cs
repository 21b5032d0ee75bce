using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.Redeploy;

namespace Orchestration.Tests.Redeploy;

/// <summary>--deploy=previous is the version that served the environment before the current one, by the audit log of applies.</summary>
public sealed class FindingThePreviousVersion : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestration-unit-").FullName;

    private string ArtifactsLog => Path.Combine(folder, "artifacts", "plan", "audit.log");

    private string WorkspaceLog => Path.Combine(folder, "work", "terraform", "audit.log");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("1.1,1.2", "1.1")]
    [InlineData("1.1,1.2,1.2", "1.1")]
    [InlineData("1.1,1.2,1.1", "1.2")]
    [InlineData("1.1,1.2,-", "1.2")]
    [InlineData("1.1,-,1.2", "1.1")]
    [InlineData("1.1", null)]
    [InlineData("1.1,1.1", null)]
    [InlineData("", null)]
    public void The_previous_version_is_the_last_other_one_that_served(string history, string? previous)
    {
        var served = history.Length == 0 ? [] : history.Split(',').Select(version => version == "-" ? null : $"m.{version}").ToList();

        Assert.Equal(previous is null ? null : $"m.{previous}", DeploymentHistory.Previous(served));
    }

    [Fact]
    public void Only_applied_changes_of_that_environment_count()
    {
        var journal = Journal();
        journal.Record(Record("local", "salary-regression.1.1", ApprovalStatus.Applied));
        journal.Record(Record("staging", "salary-regression.1.5", ApprovalStatus.Applied));
        journal.Record(Record("local", "salary-regression.1.2", ApprovalStatus.Approved));
        journal.Record(Record("local", "salary-regression.1.2", ApprovalStatus.Applied));
        journal.Record(Record("local", "salary-regression.1.3", ApprovalStatus.Failed));

        var previous = DeploymentHistory.Resolve(DeployTarget.Previous, "local", [ArtifactsLog, WorkspaceLog]);

        Assert.Equal(new ModelIdentity("salary-regression", 1, 1), previous);
    }

    [Fact]
    public void The_workspace_log_is_read_when_CI_deleted_the_artifacts_one()
    {
        Journal().Record(Record("local", "salary-regression.1.1", ApprovalStatus.Applied));
        Journal().Record(Record("local", "salary-regression.1.2", ApprovalStatus.Applied));
        File.WriteAllText(ArtifactsLog, string.Empty);
        new ApprovalJournal(Path.Combine(folder, "approval.json"), [ArtifactsLog]).Record(Record("local", "salary-regression.1.2", ApprovalStatus.Applied));

        Assert.Equal("salary-regression.1.1", DeploymentHistory.Resolve(DeployTarget.Previous, "local", [ArtifactsLog, WorkspaceLog])?.ToString());
    }

    [Fact]
    public void A_named_identity_needs_no_audit_log()
    {
        Assert.Equal("salary-regression.1.4", DeploymentHistory.Resolve(DeployTarget.Parse("salary-regression.1.4"), "local", [ArtifactsLog])?.ToString());
    }

    [Fact]
    public void No_earlier_version_is_a_usage_error_saying_what_the_log_holds()
    {
        Journal().Record(Record("production", "salary-regression.1.1", ApprovalStatus.Applied));
        string[] logs = [ArtifactsLog, WorkspaceLog];

        Assert.Null(DeploymentHistory.Resolve(DeployTarget.Previous, "production", logs));
        var error = DeploymentHistory.NoPrevious("production", logs, registry: null);

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(
            $"--deploy=previous: the audit log {ArtifactsLog} records no earlier version in environment 'production' (only salary-regression.1.1 has served it). "
            + "Name the version instead: --deploy=name.dataVersion.modelVersion.",
            error.Message);
        Assert.Contains(", and neither does the MLflow registry at http://mlflow:5000. ", DeploymentHistory.NoPrevious("production", logs, "http://mlflow:5000").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_asked_about_in_the_registry_is_the_one_the_audit_log_last_served()
    {
        Journal().Record(Record("local", "salary-regression.1.1", ApprovalStatus.Applied));

        Assert.Equal("salary-regression", DeploymentHistory.ModelName("local", [ArtifactsLog, WorkspaceLog]));
        Assert.Null(DeploymentHistory.ModelName("production", [ArtifactsLog, WorkspaceLog]));
    }

    private ApprovalJournal Journal() => new(Path.Combine(folder, "approval.json"), [ArtifactsLog, WorkspaceLog]);

    private static ApprovalRecord Record(string environment, string identity, ApprovalStatus status) => new()
    {
        Action = "apply",
        Environment = environment,
        Identity = identity,
        PlanSha256 = new string('a', 64),
        Approver = "alice",
        Method = ApprovalMethod.Hash,
        ApprovedAt = DateTimeOffset.UnixEpoch,
        Status = status,
    };
}
