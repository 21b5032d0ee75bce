using System.Text.Json;
using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Tests.Approval;

public sealed class KeepingTheAuditTrail : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestration-unit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Every_change_of_the_record_replaces_approval_json_and_adds_a_line_to_each_audit_log()
    {
        var approval = Path.Combine(folder, "plan", "local", "approval.json");
        string[] logs = [Path.Combine(folder, "plan", "audit.log"), Path.Combine(folder, "work", "audit.log")];
        var journal = new ApprovalJournal(approval, logs);
        var approved = new ApprovalRecord
        {
            Action = "apply",
            Environment = "local",
            Identity = "salary-regression.2.7",
            PlanSha256 = new string('a', 64),
            Approver = "alice",
            Method = ApprovalMethod.Hash,
            ApprovedAt = DateTimeOffset.UnixEpoch,
            Status = ApprovalStatus.Approved,
        };

        journal.Record(approved);
        journal.Record(approved with { Status = ApprovalStatus.Applied, SmokeTest = SmokeTestOutcome.Passed });

        Assert.Equal(ApprovalStatus.Applied, ApprovalJournal.Read(approval)!.Status);
        foreach (var log in logs)
        {
            var lines = File.ReadAllLines(log);
            Assert.Equal(2, lines.Length);
            Assert.Equal(approved, JsonSerializer.Deserialize<ApprovalRecord>(lines[0], StageRecordStore.JsonOptions));
            Assert.Contains("\"status\":\"applied\"", lines[1], StringComparison.Ordinal);
            Assert.Contains("\"approver\":\"alice\"", lines[1], StringComparison.Ordinal);
        }
    }
}
