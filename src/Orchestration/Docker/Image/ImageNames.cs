using System.Text.RegularExpressions;
using Orchestration.Configuration;
using Orchestration.Pipeline;

namespace Orchestration.Docker.Image;

/// <summary>
/// The serving image's repository and tags. <c>name:dataVersion.modelVersion-inputs</c> (the first 12 hex
/// digits of the image-inputs digest) names one content and never moves: it is what gets pushed and
/// deployed. <c>name:dataVersion.modelVersion</c>, on the building engine only, moves to the newest image
/// of that model version (after a Dockerfile fix, say) and is never pushed.
/// </summary>
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

    /// <summary>The tag that never moves, named after the image's inputs.</summary>
    public static string Immutable(ModelIdentity identity, ImageInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return $"{Repository(identity)}:{identity.Version}-{inputs.ShortDigest}";
    }

    /// <summary>The local tag that follows the newest image of the model version.</summary>
    public static string Moving(ModelIdentity identity) => $"{Repository(identity)}:{identity!.Version}";

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
