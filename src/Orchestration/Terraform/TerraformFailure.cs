using System.Text.RegularExpressions;
using Orchestration.Tooling;

namespace Orchestration.Terraform;

/// <summary>
/// Turns the Terraform failures a release manager meets into what to do about them: a stale plan
/// (the state changed after the plan was made) and a state lock held by another run.
/// </summary>
internal static partial class TerraformFailure
{
    public static Exception Explain(ToolFailedException failure, string environment, string rootDirectory, TimeSpan lockTimeout, string replanCommand)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var errorOutput = failure.StandardError.Select(Clean).ToList();
        var text = string.Join('\n', errorOutput);
        if (text.Contains("Saved plan is stale", StringComparison.Ordinal)
            || text.Contains("can no longer be applied because the state was changed", StringComparison.Ordinal))
        {
            return new ToolFailedException(
                $"The plan is stale: the state of environment '{environment}' changed after the plan was made, so Terraform refused it and changed nothing. "
                + $"Run Plan again and approve the new plan: {replanCommand}",
                failure);
        }

        if (text.Contains("Error acquiring the state lock", StringComparison.Ordinal))
        {
            string Field(string name) =>
                errorOutput.Select(line => LockField().Match(line)).FirstOrDefault(m => m.Success && m.Groups["name"].Value == name)?.Groups["value"].Value.Trim() is { Length: > 0 } value
                    ? value
                    : "unknown";
            var id = Field("ID");
            return new ToolFailedException(
                $"The state of environment '{environment}' is locked by another Terraform run: lock {id}, held by {Field("Who")} "
                + $"for {Field("Operation")} since {Field("Created")} (state {Field("Path")}). Terraform waited {(long)lockTimeout.TotalSeconds}s (--lock-timeout). "
                + "Wait for that run to finish and run this again. Only if that run is dead, release its lock: "
                + $"terraform -chdir={rootDirectory} force-unlock {id}",
                failure);
        }

        return failure;
    }

    /// <summary>A line of Terraform's error output without colours and the box it draws around diagnostics.</summary>
    internal static string Clean(string line) => BoxPrefix().Replace(Ansi().Replace(line, string.Empty), string.Empty);

    [GeneratedRegex(@"\x1b\[[0-9;]*[A-Za-z]")]
    private static partial Regex Ansi();

    [GeneratedRegex(@"^[│╷╵]\s?")]
    private static partial Regex BoxPrefix();

    [GeneratedRegex(@"^\s*(?<name>ID|Path|Operation|Who|Created):\s*(?<value>.*)$")]
    private static partial Regex LockField();
}
