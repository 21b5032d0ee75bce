using System.Text.Json;
using Orchestration.Pipeline;

namespace Orchestration.Approval;

/// <summary>
/// Keeps approval records: the current one in <c>approval.json</c> (beside the plan, archived by CI) and
/// every change as one JSON line in each audit log (<c>artifacts/plan/audit.log</c> for this run's
/// artifacts, <c>.work/terraform/audit.log</c> kept across runs in the workspace).
/// </summary>
internal sealed class ApprovalJournal(string approvalFile, IReadOnlyList<string> auditLogs)
{
    private static readonly JsonSerializerOptions LineOptions = new(StageRecordStore.JsonOptions) { WriteIndented = false };

    public static IReadOnlyList<string> AuditLogs(WorkspacePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return [Path.Combine(paths.Artifacts, "plan", "audit.log"), Path.Combine(paths.Work, "terraform", "audit.log")];
    }

    public void Record(ApprovalRecord record)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(approvalFile))!);
        var temporary = approvalFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record, StageRecordStore.JsonOptions) + "\n");
        File.Move(temporary, approvalFile, overwrite: true);

        var line = JsonSerializer.Serialize(record, LineOptions) + "\n";
        foreach (var log in auditLogs)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(log))!);
            File.AppendAllText(log, line);
        }
    }

    /// <summary>The identity the last successful apply put into the environment, from the audit logs (the first that exists); null when none did.</summary>
    public static string? ServingIdentity(IReadOnlyList<string> auditLogs, string environment)
    {
        ArgumentNullException.ThrowIfNull(auditLogs);
        var log = auditLogs.FirstOrDefault(File.Exists);
        return log is null
            ? null
            : File.ReadLines(log)
                .Where(line => line.Trim().Length > 0)
                .Select(line => JsonSerializer.Deserialize<ApprovalRecord>(line, LineOptions)!)
                .LastOrDefault(record => record.Environment == environment && record.Action == "apply" && record.Status == ApprovalStatus.Applied)
                ?.Identity;
    }

    /// <summary>
    /// What each applied change left serving in the environment, oldest first: the identity an apply deployed,
    /// null where a destroy removed it. Read from the audit log with the longest history (the workspace's
    /// <c>.work/terraform/audit.log</c> keeps every run's; CI deletes <c>artifacts/</c> between builds).
    /// </summary>
    public static IReadOnlyList<string?> ServedIdentities(IReadOnlyList<string> auditLogs, string environment)
    {
        ArgumentNullException.ThrowIfNull(auditLogs);
        return auditLogs
            .Where(File.Exists)
            .Select(log => Records(log)
                .Where(record => record.Environment == environment && record.Status == ApprovalStatus.Applied)
                .Select(record => record.Action == "destroy" ? null : record.Identity)
                .ToList())
            .MaxBy(served => served.Count) ?? [];
    }

    /// <summary>The audit log that <see cref="ServedIdentities"/> reads, for messages: the longest one.</summary>
    public static string? LongestLog(IReadOnlyList<string> auditLogs)
    {
        ArgumentNullException.ThrowIfNull(auditLogs);
        return auditLogs.Where(File.Exists).MaxBy(log => Records(log).Count());
    }

    private static IEnumerable<ApprovalRecord> Records(string log) =>
        File.ReadLines(log)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<ApprovalRecord>(line, LineOptions)!);

    public static ApprovalRecord? Read(string approvalFile) =>
        File.Exists(approvalFile) ? JsonSerializer.Deserialize<ApprovalRecord>(File.ReadAllText(approvalFile), StageRecordStore.JsonOptions) : null;
}
