using System.Globalization;
using System.Text.RegularExpressions;

namespace Orchestration.Configuration;

/// <summary>
/// A published model's identity, <c>name.dataVersion.modelVersion</c> (e.g. <c>salary-regression.2.7</c>).
/// The name has no dots, so the identity always parses back.
/// </summary>
public sealed partial record ModelIdentity(string Name, int DataVersion, int ModelVersion)
{
    /// <summary>The version part, <c>dataVersion.modelVersion</c>: the package and image version.</summary>
    public string Version => string.Create(CultureInfo.InvariantCulture, $"{DataVersion}.{ModelVersion}");

    public override string ToString() => $"{Name}.{Version}";

    /// <summary>
    /// The longest name accepted. NuGet allows ids of 100 characters, but the name also goes into file names
    /// (<c>train.ipynb.name.2.7.html</c>, <c>name.2.7.nupkg</c>), image tags and kernel names.
    /// </summary>
    public const int MaxNameLength = 64;

    public static bool IsValidName(string name) => NamePattern().IsMatch(name) && name.Length <= MaxNameLength;

    public static ModelIdentity Parse(string identity)
    {
        var match = IdentityPattern().Match(identity);
        return match.Success
            ? new ModelIdentity(
                match.Groups["name"].Value,
                int.Parse(match.Groups["data"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["model"].Value, CultureInfo.InvariantCulture))
            : throw new FormatException($"'{identity}' is not a model identity of the form name.dataVersion.modelVersion.");
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_-]+)\.(?<data>\d+)\.(?<model>\d+)$")]
    private static partial Regex IdentityPattern();
}
