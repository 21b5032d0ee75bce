using System.Text.RegularExpressions;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.ContinuousIntegration;

/// <summary>The targets <c>./build.sh --description</c> lists, and the targets a CI definition calls.</summary>
internal static partial class BuildTargets
{
    private static readonly Lazy<HashSet<string>> Described = new(Describe);

    public static IReadOnlySet<string> Existing => Described.Value;

    public static IReadOnlyList<string> CalledIn(string file) =>
        [.. TargetArgument().Matches(File.ReadAllText(file)).Select(match => match.Groups[1].Value).Distinct()];

    private static HashSet<string> Describe()
    {
        var output = new ProgramTool(RealContext.Create(), RepositoryRoot.Combine("build.sh")).Run(RepositoryRoot.Path, "--description");
        return output.StandardOutput.Select(line => TaskRow().Match(line)).Where(match => match.Success)
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"--target=([A-Za-z]+)")]
    private static partial Regex TargetArgument();

    // "  Apply                 Applies the saved plan ..." (continuation lines start further right).
    [GeneratedRegex(@"^  ([A-Za-z]+) {2,}\S")]
    private static partial Regex TaskRow();
}
