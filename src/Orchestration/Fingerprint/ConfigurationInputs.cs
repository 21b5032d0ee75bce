using System.Globalization;
using Orchestration.Configuration;

namespace Orchestration.Fingerprint;

/// <summary>
/// The effective configuration training depends on, as <c>key → value</c> in build.properties' terms
/// (<c>model.version</c>, <c>parameter.alpha</c>...). The Dockerfile is left out: it is a serving input,
/// and changing it must not train the model again.
/// </summary>
public sealed record ConfigurationInputs
{
    public string Sha256 => CanonicalDigest.Of(Settings.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new[] { pair.Key, pair.Value }));

    public required IReadOnlyDictionary<string, string> Settings { get; init; }

    public static ConfigurationInputs From(ModelConfiguration model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["model.name"] = model.Identity.Name,
            ["data.version"] = model.Identity.DataVersion.ToString(CultureInfo.InvariantCulture),
            ["model.version"] = model.Identity.ModelVersion.ToString(CultureInfo.InvariantCulture),
            ["notebook"] = Slashes(model.Notebook),
            ["model.path"] = Slashes(model.ModelPath),
            ["environment"] = Slashes(model.Environment),
            ["data"] = string.Join(',', model.Data),
        };
        // Only when declared: fingerprints of projects without outputs stay as they were before the key existed.
        if (model.Outputs.Count > 0)
        {
            settings["outputs"] = string.Join(',', model.Outputs);
        }

        foreach (var (name, value) in model.Parameters)
        {
            settings[ConfigurationKeys.ParameterPrefix + name] = value;
        }

        return new ConfigurationInputs { Settings = settings };
    }

    private static string Slashes(string path) => path.Replace('\\', '/');
}
