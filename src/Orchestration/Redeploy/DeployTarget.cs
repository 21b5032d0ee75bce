using Orchestration.Configuration;

namespace Orchestration.Redeploy;

/// <summary>
/// What <c>--deploy</c> names: a published identity (<c>salary-regression.1.1</c>), or <c>previous</c>, the
/// version that served the environment before the one serving it now.
/// </summary>
public sealed record DeployTarget
{
    public const string PreviousWord = "previous";

    private DeployTarget(ModelIdentity? identity) => Identity = identity;

    /// <summary>The identity named; null for <see cref="PreviousWord"/>.</summary>
    public ModelIdentity? Identity { get; }

    public bool IsPrevious => Identity is null;

    public static DeployTarget Previous { get; } = new((ModelIdentity?)null);

    /// <summary>Parses the option's text; a <see cref="FormatException"/> says what was expected.</summary>
    public static DeployTarget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Equals(PreviousWord, StringComparison.OrdinalIgnoreCase))
        {
            return Previous;
        }

        try
        {
            return new DeployTarget(ModelIdentity.Parse(trimmed));
        }
        catch (FormatException)
        {
            throw new FormatException(
                $"takes a published model identity name.dataVersion.modelVersion (e.g. salary-regression.1.1) or '{PreviousWord}', not '{text}'.");
        }
    }

    public override string ToString() => Identity?.ToString() ?? PreviousWord;
}
