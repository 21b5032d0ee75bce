using System.Net;
using System.Text;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// What the approver reads before approving: environment, identity, counts, every resource with its
/// action, the plan's SHA-256 and the command that approves it. As console text, Markdown (CI summaries)
/// and a small self-contained HTML page (Jenkins' publishHTML).
/// </summary>
public static class PlanSummary
{
    private static string Gate(PlanRecord plan, string format) =>
        plan.Promotion is null ? string.Empty : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, plan.Promotion);

    public static string Text(PlanRecord plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder()
            .AppendLine(Title(plan))
            .AppendLine($"  Identity:     {plan.IdentityText}" + Gate(plan, " (promotion gate {0})"));
        if (plan.Image is not null)
        {
            text.AppendLine($"  Image:        {plan.Image}" + (plan.ImageDigest is null ? string.Empty : $" ({plan.ImageDigest})"));
        }

        text.AppendLine($"  Changes:      {Outcome(plan)}");
        if (plan.Reason is not null)
        {
            text.AppendLine($"  Why:          {plan.Reason}");
        }

        foreach (var change in plan.Changes)
        {
            text.AppendLine($"    {change.Symbol,-3} {change.Address} ({change.Verb})");
        }

        text.AppendLine($"  Plan SHA-256: {plan.Sha256}");
        if (plan.HasChanges)
        {
            text.AppendLine($"  Approve with: {BuildCommands.Approve(plan)}");
        }

        return text.ToString().TrimEnd();
    }

    public static string Markdown(PlanRecord plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var markdown = new StringBuilder()
            .AppendLine($"## {Title(plan)}")
            .AppendLine()
            .AppendLine($"- **Identity:** `{plan.IdentityText}`" + Gate(plan, " (promotion gate {0})"));
        if (plan.Image is not null)
        {
            markdown.AppendLine($"- **Image:** `{plan.Image}`" + (plan.ImageDigest is null ? string.Empty : $" (`{plan.ImageDigest}`)"));
        }

        markdown.AppendLine($"- **Changes:** {Outcome(plan)}");
        if (plan.Reason is not null)
        {
            markdown.AppendLine($"- **Why:** {plan.Reason}");
        }

        markdown.AppendLine($"- **Plan SHA-256:** `{plan.Sha256}`");
        if (plan.Changes.Count > 0)
        {
            markdown.AppendLine().AppendLine("| Action | Resource |").AppendLine("| --- | --- |");
            foreach (var change in plan.Changes)
            {
                markdown.AppendLine($"| {change.Verb} | `{change.Address}` |");
            }
        }

        if (plan.HasChanges)
        {
            markdown.AppendLine().AppendLine("Approve with:").AppendLine().AppendLine("```sh").AppendLine(BuildCommands.Approve(plan)).AppendLine("```");
        }

        return markdown.ToString();
    }

    public static string Html(PlanRecord plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        static string E(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);
        var html = new StringBuilder()
            .AppendLine("<!DOCTYPE html>")
            .AppendLine("<html><head><meta charset=\"utf-8\"><title>" + E(Title(plan)) + "</title>")
            .AppendLine("<style>body{font-family:sans-serif;margin:2em}code,td.a{font-family:monospace}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}</style>")
            .AppendLine("</head><body>")
            .AppendLine("<h2>" + E(Title(plan)) + "</h2>")
            .AppendLine("<dl>")
            .AppendLine("<dt>Identity</dt><dd><code>" + E(plan.IdentityText) + "</code>" + E(Gate(plan, " (promotion gate {0})")) + "</dd>");
        if (plan.Image is not null)
        {
            html.AppendLine("<dt>Image</dt><dd><code>" + E(plan.Image) + "</code> <code>" + E(plan.ImageDigest) + "</code></dd>");
        }

        html.AppendLine("<dt>Changes</dt><dd>" + E(Outcome(plan)) + "</dd>");
        if (plan.Reason is not null)
        {
            html.AppendLine("<dt>Why</dt><dd>" + E(plan.Reason) + "</dd>");
        }

        html.AppendLine("<dt>Plan SHA-256</dt><dd><code>" + E(plan.Sha256) + "</code></dd>")
            .AppendLine("</dl>");
        if (plan.Changes.Count > 0)
        {
            html.AppendLine("<table><tr><th>Action</th><th>Resource</th></tr>");
            foreach (var change in plan.Changes)
            {
                html.AppendLine("<tr><td>" + E(change.Verb) + "</td><td class=\"a\">" + E(change.Address) + "</td></tr>");
            }

            html.AppendLine("</table>");
        }

        if (plan.HasChanges)
        {
            html.AppendLine("<p>Approve with:</p><pre>" + E(BuildCommands.Approve(plan)) + "</pre>");
        }

        return html.AppendLine("</body></html>").ToString();
    }

    private static string Title(PlanRecord plan) =>
        $"Terraform {(plan.Destroy ? "destroy plan" : "plan")} for environment '{plan.Environment}'";

    private static string Outcome(PlanRecord plan) => plan switch
    {
        { HasChanges: false } => "none (no changes: nothing to apply, no approval needed)",
        { Changes.Count: 0 } => $"{plan.Counts}; only output values change ({string.Join(", ", plan.ChangedOutputs)})",
        _ => plan.Counts.ToString(),
    };
}
