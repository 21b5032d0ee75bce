using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// The files of one saved plan: <c>artifacts/plan/&lt;env&gt;/</c> for a deployment,
/// <c>artifacts/plan/&lt;env&gt;/destroy/</c> for a destroy. CI archives and hands over this folder.
/// </summary>
public sealed record PlanFiles(string Directory)
{
    public string Plan => Path.Combine(Directory, "tfplan");

    public string Json => Path.Combine(Directory, "plan.json");

    public string Text => Path.Combine(Directory, "plan.txt");

    public string Sha256 => Path.Combine(Directory, "plan.sha256");

    public string SummaryMarkdown => Path.Combine(Directory, "summary.md");

    public string SummaryHtml => Path.Combine(Directory, "summary.html");

    public string HasChanges => Path.Combine(Directory, "has-changes");

    public string Record => Path.Combine(Directory, "record.json");

    public string Approval => Path.Combine(Directory, "approval.json");

    public static PlanFiles For(WorkspacePaths paths, string environment, bool destroy = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var directory = Path.Combine(paths.Artifacts, "plan", environment);
        return new PlanFiles(destroy ? Path.Combine(directory, "destroy") : directory);
    }

    /// <summary>Removes an earlier plan's files, so nothing of it can be mistaken for the new one.</summary>
    public void Clear()
    {
        foreach (var file in new[] { Plan, Json, Text, Sha256, SummaryMarkdown, SummaryHtml, HasChanges, Record, Approval })
        {
            File.Delete(file);
        }
    }
}
