using System.Globalization;
using static Orchestration.Configuration.ConfigurationKeys;

namespace Orchestration.Configuration;

/// <summary>
/// Turns build.properties and its overrides into the effective configuration. Each key's value comes
/// from, in order: its argument, its environment variable, the file, its default. Every problem is
/// collected, so the reader fixes them all at once.
/// </summary>
internal sealed class ConfigurationResolver(PropertiesFile file, ConfigurationOverrides overrides, string projectDirectory, string projectDisplay)
{
    private readonly List<ConfigurationProblem> problems = [];
    private readonly Dictionary<string, PropertyLine> lines = file.Lines.ToDictionary(line => line.Key, StringComparer.Ordinal);

    public ResolvedConfiguration Resolve()
    {
        ArgumentNullException.ThrowIfNull(file);
        problems.AddRange(file.Problems);
        ReportUnknownKeys();

        var settings = All.ToDictionary(key => key.Name, Pick);
        var placeholders = Placeholders.Names.ToDictionary(name => name, name => settings[name].Value ?? string.Empty);
        settings[ModelPath.Name] = Expand(settings[ModelPath.Name], placeholders);

        var checks = new ValueChecks(problems, projectDirectory, projectDisplay);
        var name = checks.ModelName(settings[ModelName.Name]);
        var dataVersion = checks.Version(settings[DataVersion.Name]);
        var modelVersion = checks.Version(settings[ModelVersion.Name]);
        checks.Notebook(settings[Notebook.Name]);
        checks.Environment(settings[EnvironmentSpec.Name]);
        checks.InsideProject(settings[ModelPath.Name]);
        checks.InsideProject(settings[Dockerfile.Name]);
        var data = checks.Data(settings[Data.Name]);
        var outputs = checks.Outputs(settings[Outputs.Name]);

        var arguments = overrides.Arguments.GetValueOrDefault(ParameterArgument) ?? [];
        var parameters = new NotebookParameters(file, arguments, placeholders, problems).Resolve();

        var configuration = problems.Count > 0 ? null : new ModelConfiguration
        {
            Identity = new ModelIdentity(name, dataVersion, modelVersion),
            Notebook = settings[Notebook.Name].Value!,
            ModelPath = settings[ModelPath.Name].Value!,
            Environment = settings[EnvironmentSpec.Name].Value!,
            Data = data,
            Outputs = outputs,
            Dockerfile = settings[Dockerfile.Name].Value!,
            Parameters = [.. parameters.Select(p => KeyValuePair.Create(p.Key[ParameterPrefix.Length..], p.Value!))],
        };

        var ordered = problems.OrderBy(p => p.Source is { Kind: SettingSourceKind.File, Line: > 0 } ? p.Source.Line : int.MaxValue).ToList();
        return new ResolvedConfiguration(file.Path, [.. settings.Values, .. parameters], ordered, configuration);
    }

    private void ReportUnknownKeys()
    {
        foreach (var line in file.Lines.Where(line => !line.Key.StartsWith(ParameterPrefix, StringComparison.Ordinal) && All.All(key => key.Name != line.Key)))
        {
            var suggestion = KeySuggestion.For(line.Key) is { } closest ? $" (did you mean {closest}?)" : string.Empty;
            problems.Add(new(SettingSource.File(file.Path, line.LineNumber), $"unknown key '{line.Key}'{suggestion}. Known keys: {Listed}."));
        }
    }

    private ResolvedSetting Pick(ConfigurationKey key)
    {
        if (overrides.Arguments.TryGetValue(key.Argument, out var given) && given.Count > 0)
        {
            var source = SettingSource.Argument(key.Argument);
            if (given.Count > 1)
            {
                problems.Add(new(source, $"given {given.Count} times ({string.Join(", ", given.Select(v => $"'{v}'"))}); give it once."));
            }

            return new ResolvedSetting(key.Name, given[^1], source);
        }

        if (overrides.Environment.TryGetValue(key.EnvironmentVariable, out var fromEnvironment) && fromEnvironment.Length > 0)
        {
            return new ResolvedSetting(key.Name, fromEnvironment, SettingSource.Environment(key.EnvironmentVariable));
        }

        if (lines.TryGetValue(key.Name, out var line))
        {
            return new ResolvedSetting(key.Name, line.Value, SettingSource.File(file.Path, line.LineNumber));
        }

        if (key.DefaultValue is not null)
        {
            return new ResolvedSetting(key.Name, key.DefaultValue, SettingSource.Default);
        }

        if (key == EnvironmentSpec && EnvironmentFile.Discover(projectDirectory) is { } found)
        {
            return new ResolvedSetting(key.Name, found, SettingSource.Discovered(EnvironmentFile.DiscoveryRule));
        }

        problems.Add(new(
            SettingSource.File(file.Path),
            $"{key.Name} is not set{(key == EnvironmentSpec ? $" and the project has neither {string.Join(" nor ", EnvironmentFile.DiscoveredNames)}" : string.Empty)}: add {key.Name}=... to the file, pass --{key.Argument}=..., or set {key.EnvironmentVariable}."));
        return new ResolvedSetting(key.Name, null, SettingSource.File(file.Path));
    }

    private ResolvedSetting Expand(ResolvedSetting setting, IReadOnlyDictionary<string, string> placeholders)
    {
        if (setting.Value is null)
        {
            return setting;
        }

        var (expanded, unknown) = Placeholders.Expand(setting.Value, placeholders);
        problems.AddRange(unknown.Select(placeholder => new ConfigurationProblem(
            setting.Source,
            string.Create(CultureInfo.InvariantCulture, $"{setting.Key} '{setting.Value}' uses the unknown placeholder {placeholder}; the placeholders are {Placeholders.Listed}."))));
        return setting with { Value = expanded };
    }
}
