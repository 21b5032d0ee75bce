using Orchestration.Pipeline;

namespace Orchestration.Configuration;

/// <summary>The Configure stage's options: one per build.properties key, and the notebook parameters.</summary>
public static class ConfigurationOptions
{
    /// <summary><c>--model-name</c>, <c>--data-version</c>, …: each overrides its key of build.properties.</summary>
    public static readonly IReadOnlyList<Option<string?>> Keys =
    [
        .. ConfigurationKeys.All.Select(key => Option.Text(
            key.Argument, key.EnvironmentVariable, null, $"overrides {key.Name} of build.properties", defaultText: "build.properties")),
    ];

    /// <summary><c>--model-name</c> (MODEL_NAME).</summary>
    public static Option<string?> ModelName => Keys[ConfigurationKeys.All.ToList().IndexOf(ConfigurationKeys.ModelName)];

    public static readonly RepeatedOption<string> Parameter = Option.Repeated(
        ConfigurationKeys.ParameterArgument, null, ',', Option.NotSet, "a notebook parameter NAME=VALUE, over parameter.NAME of build.properties", text => text);

    /// <summary>The raw values given for the keys and parameters: the resolver checks them against the file, together.</summary>
    public static ConfigurationOverrides Bind(OptionValues options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var given = Keys.Cast<OptionDeclaration>().Append(Parameter).Select(options.Given).ToList();
        return new ConfigurationOverrides(
            given.Where(g => g.Origin == OptionOrigin.Argument).ToDictionary(g => g.Option.Name!, g => g.Values, StringComparer.OrdinalIgnoreCase),
            given.Where(g => g.Origin == OptionOrigin.Environment).ToDictionary(g => g.Variable!, g => g.Values[0], StringComparer.Ordinal));
    }
}
