using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Approval;

/// <summary>
/// The gate in front of apply: a plan is approved by its exact SHA-256 (<c>--approve</c>), or — only at a
/// real terminal — by typing the first 12 hex digits of it after reading its summary. Anything else
/// refuses, before anything is touched, with the exact command that approves this plan.
/// </summary>
internal static partial class PlanApproval
{
    public const int PromptDigits = 12;

    public static ApprovalGrant Require(ApprovalRequest request, string approver, IApprovalConsole console, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        if (request.GivenHash is { } given)
        {
            var hash = Normalize(given);
            if (!Sha256().IsMatch(hash))
            {
                throw Refuse(request, $"'{given}' is not a SHA-256 (64 hex digits), so it approves nothing.");
            }

            return hash == request.PlanSha256
                ? new ApprovalGrant(approver, ApprovalMethod.Hash, now)
                : throw Refuse(request, $"the approved hash {hash} is not the hash of the saved plan ({request.PlanSha256}): the plan was made again, or changed, after it was approved.");
        }

        if (!console.IsInteractive)
        {
            throw Refuse(request, "no approval was given (--approve) and this run is not interactive (no terminal to ask on).");
        }

        var expected = request.PlanSha256[..PromptDigits];
        console.WriteLine(request.Summary);
        console.WriteLine(string.Empty);
        console.WriteLine($"To {request.Action} exactly this plan in '{request.Environment}' as {approver}, type the first {PromptDigits} hex digits of its Plan SHA-256 (above):");
        var typed = console.ReadLine()?.Trim().ToLowerInvariant();
        return typed == expected
            ? new ApprovalGrant(approver, ApprovalMethod.Prompt, now)
            : throw Refuse(request, typed is null or "" ? "nothing was typed at the prompt." : $"'{typed}' was typed at the prompt, not {expected}.");
    }

    private static string Normalize(string hash)
    {
        var trimmed = hash.Trim().ToLowerInvariant();
        return trimmed.StartsWith("sha256:", StringComparison.Ordinal) ? trimmed["sha256:".Length..] : trimmed;
    }

    private static ApprovalRefusedException Refuse(ApprovalRequest request, string reason) => new(
        $"Refusing to {request.Action} the plan for environment '{request.Environment}': {reason} Nothing was changed.\n"
        + $"Review the plan ({request.ReviewFolder}: summary.md, plan.txt), then approve exactly this plan with:\n"
        + $"  {request.ApproveCommand}");

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Sha256();
}
