using System.Text.Json.Serialization;

namespace Orchestration.Publishing;

/// <summary>The kind of repository models are published to (<c>--feed-type</c>); records name it as the option does.</summary>
public enum ModelFeedType
{
    /// <summary>A NuGet folder feed or server (v3 service index), through NuGet.Protocol.</summary>
    [JsonStringEnumMemberName("nuget")]
    NuGet,

    /// <summary>A Maven-layout repository (a Nexus maven2 hosted repository, or a folder).</summary>
    [JsonStringEnumMemberName("maven")]
    Maven,
}

public static class ModelFeedTypes
{
    public static string Name(this ModelFeedType type) => type == ModelFeedType.Maven ? "maven" : "nuget";

    /// <summary>The type named <paramref name="value"/>; a <see cref="FormatException"/> says what was expected.</summary>
    public static ModelFeedType Parse(string value) => value?.ToLowerInvariant() switch
    {
        "nuget" => ModelFeedType.NuGet,
        "maven" => ModelFeedType.Maven,
        _ => throw new FormatException($"takes nuget or maven, not '{value}'."),
    };
}
