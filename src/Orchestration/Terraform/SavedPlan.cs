using System.Text.Json;
using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// A plan as Apply finds it in its folder. Loading checks that the folder is whole and untouched: the
/// plan file still hashes to what plan.sha256 and record.json say, and has-changes agrees with the record.
/// </summary>
internal static class SavedPlan
{
    public static PlanRecord Load(PlanFiles files, string environment, string replanCommand)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!File.Exists(files.Record) || !File.Exists(files.Plan))
        {
            throw ConfigurationError.Create(
                $"There is no saved plan for environment '{environment}' in {files.Directory} (record.json or tfplan is missing). Make one first: {replanCommand}");
        }

        var plan = Read(files.Record);
        if (plan.Environment != environment)
        {
            throw ConfigurationError.Create($"{files.Record} is a plan for environment '{plan.Environment}', not '{environment}'.");
        }

        var actual = Sha256.OfFile(files.Plan);
        var written = File.Exists(files.Sha256) ? PlanHash.Read(files.Sha256) : "(missing)";
        if (actual != plan.Sha256 || actual != written)
        {
            throw new ApprovalRefusedException(
                $"Refusing to apply: the saved plan in {files.Directory} changed after Plan wrote it: tfplan hashes to {actual}, "
                + $"plan.sha256 says {written}, record.json says {plan.Sha256}. Nothing was changed. Make a new plan: {replanCommand}");
        }

        var hasChanges = File.Exists(files.HasChanges) ? File.ReadAllText(files.HasChanges).Trim() : "(missing)";
        if (hasChanges != (plan.HasChanges ? "true" : "false"))
        {
            throw new ApprovalRefusedException(
                $"Refusing to apply: {files.HasChanges} says '{hasChanges}' but the plan record says {plan.HasChanges.ToString().ToLowerInvariant()}. Nothing was changed. Make a new plan: {replanCommand}");
        }

        return plan;
    }

    private static PlanRecord Read(string file)
    {
        try
        {
            return JsonSerializer.Deserialize<PlanRecord>(File.ReadAllText(file), StageRecordStore.JsonOptions)
                ?? throw ConfigurationError.Create($"{file} is empty.");
        }
        catch (JsonException exception)
        {
            throw ConfigurationError.Create($"{file} is not a plan record ({exception.Message}).");
        }
    }
}
