using System.Text.RegularExpressions;

namespace Orchestration.Pipeline;

/// <summary>
/// Refuses arguments no stage reads: <c>--data-verison=2</c> would otherwise be ignored without a word,
/// and the run would train the wrong data version.
/// </summary>
internal static partial class ArgumentCheck
{
    public static void ThrowOnUnknown(IEnumerable<string> given, IReadOnlyCollection<string> known, IEnumerable<string> secretVariables)
    {
        var problems = Problems(given, known, secretVariables).ToList();
        if (problems.Count > 0)
        {
            throw ConfigurationError.Create(string.Join('\n', problems) + "\n" + Listed(known));
        }
    }

    public static IEnumerable<string> Problems(IEnumerable<string> given, IReadOnlyCollection<string> known, IEnumerable<string> secretVariables)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(known);
        var knownSet = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var secrets = string.Join(", ", secretVariables);
        return given
            .Where(name => !knownSet.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => Problem(name, known, secrets));
    }

    public static string Listed(IReadOnlyCollection<string> known) =>
        "Arguments: " + string.Join(", ", known.Order(StringComparer.Ordinal).Select(name => "--" + name)) + ". ./build.sh --help describes each.";

    private static string Problem(string name, IReadOnlyCollection<string> known, string secretVariables) =>
        SecretLooking().IsMatch(name)
            ? $"--{name} is not accepted: secrets are never read from the command line, which shows in process lists and CI logs. " +
              $"Set them in the environment: {secretVariables}"
            : ClosestMatch.Find(name, known) is { } suggestion
                ? $"--{name} is not an argument of this build (did you mean --{suggestion}?)"
                : $"--{name} is not an argument of this build";

    [GeneratedRegex("password|passwd|secret|token|api-?key|credential", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLooking();
}
