using Cake.Core;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Publishing;

/// <summary>The message for a version that is already published with different content: published versions never change.</summary>
internal static class VersionConflict
{
    public static CakeException Create(ModelIdentity identity, string feed, IReadOnlyList<string> differences, bool dataChanged)
    {
        var bump = dataChanged
            ? "Bump data.version (the data changed), or model.version,"
            : "Bump model.version (or data.version)";
        return ConfigurationError.Create(
            $"{identity} is already published in {feed} with different content:\n" +
            string.Join('\n', differences.Select(difference => "  - " + difference)) + "\n" +
            $"Published versions are immutable, so nothing was uploaded. {bump} in build.properties, commit, and publish again.");
    }
}
