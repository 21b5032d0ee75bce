using System.Globalization;
using System.Xml.Linq;

namespace Orchestration.Publishing.MavenFeeds;

/// <summary>
/// An artifact's <c>maven-metadata.xml</c>: the versions it lists are the published ones. It is
/// written last, so a version appears there only once all its files are uploaded.
/// </summary>
internal static class MavenMetadata
{
    public static IReadOnlyList<string> Versions(string? xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            return [];
        }

        return [.. XDocument.Parse(xml).Descendants("versions").Elements("version").Select(version => version.Value.Trim())];
    }

    public static string With(string? existing, MavenCoordinates coordinates, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        var versions = Versions(existing).Append(coordinates.Version).Distinct(StringComparer.Ordinal).Order(MavenVersionComparer.Instance).ToList();
        var document = new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(
                "metadata",
                new XElement("groupId", coordinates.GroupId),
                new XElement("artifactId", coordinates.ArtifactId),
                new XElement(
                    "versioning",
                    new XElement("latest", versions[^1]),
                    new XElement("release", versions[^1]),
                    new XElement("versions", versions.Select(version => new XElement("version", version))),
                    new XElement("lastUpdated", now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)))));
        return document.Declaration + "\n" + document.Root + "\n";
    }
}

/// <summary>Orders versions as Maven does for plain ones: numeric parts as numbers (2.10 after 2.9).</summary>
internal sealed class MavenVersionComparer : IComparer<string>
{
    public static readonly MavenVersionComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        var left = (x ?? string.Empty).Split('.', '-');
        var right = (y ?? string.Empty).Split('.', '-');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "0";
            var b = i < right.Length ? right[i] : "0";
            var order = long.TryParse(a, CultureInfo.InvariantCulture, out var m) && long.TryParse(b, CultureInfo.InvariantCulture, out var n)
                ? m.CompareTo(n)
                : string.CompareOrdinal(a, b);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
