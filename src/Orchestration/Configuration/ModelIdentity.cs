using System.Diagnostics.CodeAnalysis;
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

    public static ModelIdentity Parse(string identity) =>
        TryParse(identity, out var parsed)
            ? parsed
            : throw new FormatException($"'{identity}' is not a model identity of the form name.dataVersion.modelVersion.");

    /// <summary>The one parse of the text form: records, feeds and Terraform state all come through here.</summary>
    public static bool TryParse([NotNullWhen(true)] string? identity, [NotNullWhen(true)] out ModelIdentity? parsed)
    {
        var match = identity is null ? null : IdentityPattern().Match(identity);
        parsed = match is { Success: true }
            && int.TryParse(match.Groups["data"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var data)
            && int.TryParse(match.Groups["model"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var model)
                ? new ModelIdentity(match.Groups["name"].Value, data, model)
                : null;
        return parsed is not null;
    }

    /// <summary>
    /// The identity a feed's version <paramref name="version"/> (<c>dataVersion.modelVersion</c>) of model
    /// <paramref name="name"/> stands for; null when the version is not one Orchestration makes (e.g. <c>1.0-SNAPSHOT</c>).
    /// </summary>
    public static ModelIdentity? OfVersion(string name, string version) =>
        TryParse($"{name}.{version}", out var identity) && identity.Name == name ? identity : null;

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?<name>[A-Za-z0-9_-]+)\.(?<data>\d+)\.(?<model>\d+)$")]
    private static partial Regex IdentityPattern();
}
