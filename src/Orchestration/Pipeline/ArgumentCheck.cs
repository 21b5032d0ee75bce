using System.Text.RegularExpressions;

namespace Orchestration.Pipeline;

/// <summary>
/// Refuses arguments no stage reads: <c>--data-verison=2</c> would otherwise be ignored without a word,
/// and the run would train the wrong data version.
/// </summary>
public static partial class ArgumentCheck
{
    public static void ThrowOnUnknown(IEnumerable<string> given, IReadOnlyCollection<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        var knownSet = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = given
            .Where(name => !knownSet.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => Problem(name, known))
            .ToList();
        if (problems.Count > 0)
        {
            throw ConfigurationError.Create(
                string.Join('\n', problems) + "\nArguments: " + string.Join(", ", known.Order(StringComparer.Ordinal).Select(name => "--" + name)) +
                ". The README lists what each means.");
        }
    }

    private static string Problem(string name, IReadOnlyCollection<string> known) =>
        SecretLooking().IsMatch(name)
            ? $"--{name} is not accepted: secrets are never read from the command line, which shows in process lists and CI logs. " +
              "Set them in the environment: MODEL_FEED_API_KEY, MODEL_FEED_USERNAME/MODEL_FEED_PASSWORD, DOCKER_REGISTRY_USERNAME/DOCKER_REGISTRY_PASSWORD, AWS_*"
            : ClosestMatch.Find(name, known) is { } suggestion
                ? $"--{name} is not an argument of this build (did you mean --{suggestion}?)"
                : $"--{name} is not an argument of this build";

    [GeneratedRegex("password|passwd|secret|token|api-?key|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLooking();
}
