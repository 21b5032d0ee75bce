using System.Text.RegularExpressions;

namespace Orchestration.Checkout;

/// <summary>The commit a CI system checked out for this build (Jenkins: GIT_COMMIT, GitHub Actions: GITHUB_SHA).</summary>
internal sealed partial record CiCommit(string Variable, string Sha)
{
    public static readonly IReadOnlyList<string> Variables = ["GIT_COMMIT", "GITHUB_SHA"];

    public static CiCommit? Find(IReadOnlyDictionary<string, string> environment) =>
        Variables
            .Where(name => environment.TryGetValue(name, out var value) && FullSha().IsMatch(value.Trim()))
            .Select(name => new CiCommit(name, environment[name].Trim().ToLowerInvariant()))
            .FirstOrDefault();

    /// <summary>True when the ref asks for this commit: the default HEAD, the SHA, or an abbreviation of it.</summary>
    public bool IsNamedBy(string gitRef) =>
        GitRefName.IsHead(gitRef)
        || (GitRefName.LooksLikeCommit(gitRef) && gitRef.Length >= 7 && Sha.StartsWith(gitRef.ToLowerInvariant(), StringComparison.Ordinal));

    [GeneratedRegex("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$")]
    private static partial Regex FullSha();
}
