using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>The message for a version that is already published with different content: published versions never change.</summary>
internal static class VersionConflict
{
    public static CakeException Create(ModelIdentity identity, string feed, IReadOnlyList<string> differences, bool dataChanged) =>
        Create(identity, feed, "different content", differences, dataChanged);

    /// <param name="what">How it differs, e.g. <c>different inputs (fingerprint 3f9a… in the feed, 7b2c… now)</c>.</param>
    public static CakeException Create(ModelIdentity identity, string feed, string what, IReadOnlyList<string> differences, bool dataChanged)
    {
        var bump = dataChanged
            ? "Bump data.version (the data changed), or model.version,"
            : "Bump model.version (or data.version)";
        return ConfigurationError.Create(
            $"{identity} is already published in {feed} with {what}:\n" +
            string.Join('\n', differences.Select(difference => "  - " + difference)) + "\n" +
            $"Published versions are immutable, so nothing was uploaded. {bump} in build.properties, commit, and publish again.");
    }

    /// <summary>The same inputs gave another model: worth saying plainly, as the feed keeps the first one.</summary>
    public static CakeException NotReproducible(ModelIdentity identity, string feed, string inputs, Provenance published, Provenance candidate) =>
        ConfigurationError.Create(
            $"training is not reproducible: {identity} in {feed} was trained from the same inputs ({inputs}) at commit {Short(published.Source.Commit)}, " +
            $"yet its model SHA-256 is {published.Model.Sha256} and this run's is {candidate.Model.Sha256}.\n" +
            "Published versions are immutable, so nothing was uploaded. Make the notebook deterministic (fix its random seeds), " +
            "or bump model.version in build.properties, commit, and publish again.");

    private static string Short(string commit) => commit[..Math.Min(12, commit.Length)];
}
