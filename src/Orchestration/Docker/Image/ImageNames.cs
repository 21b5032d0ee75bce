using System.Text.RegularExpressions;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Docker.Image;

/// <summary>The serving image's repository and tags: <c>name:dataVersion.modelVersion</c> and <c>name:commit-short</c>.</summary>
internal static partial class ImageNames
{
    /// <summary>The model's name in lowercase, as Docker requires; it must be a valid repository name.</summary>
    public static string Repository(ModelIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        var name = identity.Name.ToLowerInvariant();
        return RepositoryName().IsMatch(name)
            ? name
            : throw ConfigurationError.Create(
                $"model.name '{identity.Name}' cannot name a Docker image: it must start and end with a letter or digit, "
                + "with single '.', '_' or '-' between (e.g. salary-regression).");
    }

    public static IReadOnlyList<string> Tags(ModelIdentity identity, string shortCommit)
    {
        var repository = Repository(identity);
        return [$"{repository}:{identity.Version}", $"{repository}:{shortCommit}"];
    }

    /// <summary>Splits <c>repository:tag</c> at the tag's colon.</summary>
    public static (string Repository, string Tag) Split(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var colon = reference.LastIndexOf(':');
        return colon > 0 && !reference[colon..].Contains('/', StringComparison.Ordinal)
            ? (reference[..colon], reference[(colon + 1)..])
            : (reference, "latest");
    }

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$")]
    private static partial Regex RepositoryName();
}
