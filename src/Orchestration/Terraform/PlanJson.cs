using System.Text.Json;

namespace Orchestration.Terraform;

/// <summary>Reads what a plan does from <c>terraform show -json PLAN</c>.</summary>
internal static class PlanJson
{
    /// <summary>Every resource change that is not a no-op, in Terraform's order.</summary>
    public static IReadOnlyList<PlannedChange> ResourceChanges(string json)
    {
        using var document = Parse(json);
        if (!document.RootElement.TryGetProperty("resource_changes", out var changes))
        {
            return [];
        }

        return [.. changes.EnumerateArray()
            .Select(change => new PlannedChange(change.GetProperty("address").GetString()!, ActionOf(change)))
            .Where(change => change.Action != PlanAction.NoOp)];
    }

    /// <summary>The root outputs whose values change (they alone make a plan have changes).</summary>
    public static IReadOnlyList<string> ChangedOutputs(string json)
    {
        using var document = Parse(json);
        if (!document.RootElement.TryGetProperty("output_changes", out var outputs))
        {
            return [];
        }

        return [.. outputs.EnumerateObject()
            .Where(output => ToAction(Actions(output.Value)) != PlanAction.NoOp)
            .Select(output => output.Name)];
    }

    /// <summary>
    /// The string outputs the state held before this plan, as <c>terraform output</c> would have printed them
    /// before planning: each output change's <c>before</c> (null, so left out, for an output the state does not
    /// have yet). Not <c>prior_state</c>: Terraform writes the plan's new values of known outputs into it.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DeployedOutputs(string json)
    {
        using var document = Parse(json);
        var deployed = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.RootElement.TryGetProperty("output_changes", out var outputs))
        {
            foreach (var output in outputs.EnumerateObject())
            {
                if (output.Value.TryGetProperty("before", out var before) && before.ValueKind == JsonValueKind.String)
                {
                    deployed[output.Name] = before.GetString()!;
                }
            }
        }

        return deployed;
    }

    internal static PlanAction ToAction(IReadOnlyList<string> actions) => actions switch
    {
        ["create"] => PlanAction.Create,
        ["update"] => PlanAction.Update,
        ["delete"] => PlanAction.Delete,
        ["delete", "create"] or ["create", "delete"] => PlanAction.Replace,
        ["read"] => PlanAction.Read,
        ["forget"] => PlanAction.Forget,
        ["no-op"] or [] => PlanAction.NoOp,
        _ => throw new FormatException($"Unknown Terraform plan action [{string.Join(", ", actions)}]."),
    };

    private static PlanAction ActionOf(JsonElement resourceChange) => ToAction(Actions(resourceChange.GetProperty("change")));

    private static string[] Actions(JsonElement change) =>
        [.. change.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!)];

    private static JsonDocument Parse(string json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new FormatException("terraform show -json did not print a JSON plan: " + exception.Message, exception);
        }
    }
}
