namespace Orchestration.Configuration;

/// <summary>
/// The notebook's parameters, in order: the file's <c>parameter.NAME=VALUE</c> lines — or, when the
/// file has none, the classic job's <c>data_ver={data.version}</c> and <c>model_ver={model.version}</c> —
/// then every <c>--parameter NAME=VALUE</c> on top (replacing a same-named one in place, else added).
/// </summary>
internal sealed class NotebookParameters(
    PropertiesFile file,
    IReadOnlyList<string> arguments,
    IReadOnlyDictionary<string, string> placeholders,
    List<ConfigurationProblem> problems)
{
    public static readonly IReadOnlyList<(string Name, string Value)> Defaults =
        [("data_ver", "{data.version}"), ("model_ver", "{model.version}")];

    public IReadOnlyList<ResolvedSetting> Resolve()
    {
        var parameters = new List<ResolvedSetting>();
        var fileLines = file.Lines.Where(line => line.Key.StartsWith(ConfigurationKeys.ParameterPrefix, StringComparison.Ordinal)).ToList();
        foreach (var line in fileLines)
        {
            parameters.Add(Make(line.Key[ConfigurationKeys.ParameterPrefix.Length..], line.Value, SettingSource.File(file.Path, line.LineNumber)));
        }

        if (fileLines.Count == 0)
        {
            parameters.AddRange(Defaults.Select(parameter => Make(parameter.Name, parameter.Value, SettingSource.Default)));
        }

        var given = new HashSet<string>(StringComparer.Ordinal);
        var source = SettingSource.Argument(ConfigurationKeys.ParameterArgument);
        foreach (var argument in arguments)
        {
            var separator = argument.IndexOf('=', StringComparison.Ordinal);
            if (separator < 0)
            {
                problems.Add(new(source, $"'{argument}' has no '='; write --parameter NAME=VALUE."));
                continue;
            }

            var parameter = Make(argument[..separator].Trim(), argument[(separator + 1)..], source);
            if (!given.Add(parameter.Key))
            {
                problems.Add(new(source, $"{parameter.Key} is given more than once; give it once."));
                continue;
            }

            var existing = parameters.FindIndex(p => p.Key == parameter.Key);
            if (existing >= 0)
            {
                parameters[existing] = parameter;
            }
            else
            {
                parameters.Add(parameter);
            }
        }

        return parameters;
    }

    private ResolvedSetting Make(string name, string value, SettingSource source)
    {
        var key = ConfigurationKeys.ParameterPrefix + name;
        if (PythonIdentifier.Problem(name) is { } problem)
        {
            problems.Add(new(source, $"{key}: {problem}; a notebook parameter is a Python variable."));
        }

        var (expanded, unknown) = Placeholders.Expand(value, placeholders);
        problems.AddRange(unknown.Select(placeholder =>
            new ConfigurationProblem(source, $"{key} uses the unknown placeholder {placeholder}; the placeholders are {Placeholders.Listed}.")));
        return new ResolvedSetting(key, expanded, source);
    }
}
