using Orchestration.Tooling;

namespace Orchestration.Pipeline;

/// <summary>
/// The values of the declared options in this run: argument, else environment variable, else default.
/// Tasks read options only through it (never <c>context.Argument</c> or environment variables), so an
/// option nobody declared cannot be read.
/// </summary>
public sealed class OptionValues(OptionCatalog catalog, Func<string, IEnumerable<string>> arguments, Func<string, string?> environment)
{
    public OptionCatalog Catalog { get; } = catalog;

    /// <summary>The value of the option (the argument's last occurrence when given several times).</summary>
    public T Get<T>(Option<T> option)
    {
        var given = Given(option);
        return given.Values.Count == 0 ? option.Default : OptionText.Parse(option.Parse, given.Values[^1], given.Label);
    }

    /// <summary>Every value of a repeatable option, in the order given.</summary>
    public IReadOnlyList<T> Get<T>(RepeatedOption<T> option)
    {
        var given = Given(option);
        return [.. given.Values.Select(text => OptionText.Parse(option.Parse, text, given.Label))];
    }

    /// <summary>
    /// An environment variable that is not an option: a fact about the CI run (<c>BUILD_URL</c>, <c>GIT_COMMIT</c>), or
    /// one the user named in an option's value (<c>--notebook-env NAME</c> passes NAME through).
    /// </summary>
    public string? Variable(string name) => environment(name);

    /// <summary>What was given for the option, unparsed, and where it came from.</summary>
    public OptionGiven Given(OptionDeclaration option)
    {
        ArgumentNullException.ThrowIfNull(option);
        if (!Catalog.Declares(option))
        {
            throw new InvalidOperationException(
                $"{option} is read but not declared: add it to its stage's Options class and that class to {nameof(PipelineOptions)}.");
        }

        if (option.Name is not null && option.Secrecy != OptionSecrecy.Value && arguments(option.Name).ToList() is { Count: > 0 } values)
        {
            return new OptionGiven(option, values, OptionOrigin.Argument);
        }

        foreach (var variable in option.EnvironmentVariables)
        {
            if (environment(variable) is { Length: > 0 } value)
            {
                return new OptionGiven(option, option.SplitVariable(value), OptionOrigin.Environment, variable);
            }
        }

        return new OptionGiven(option, [], OptionOrigin.Default);
    }

    /// <summary>
    /// Checks every argument name and every option's value before the first task runs: all problems in
    /// one message (exit code 2), so nothing is half done when a value three stages on is wrong.
    /// </summary>
    public void Validate(IEnumerable<string> argumentNames)
    {
        ArgumentNullException.ThrowIfNull(argumentNames);
        var unknown = Catalog.UnknownArguments(argumentNames).ToList();
        var problems = new List<string>(unknown);
        foreach (var given in Catalog.Options.Select(Given))
        {
            problems.AddRange(given.Values.Select(text => given.Option.Check(text, given.Label)).OfType<string>());
        }

        if (problems.Count > 0)
        {
            throw ConfigurationError.Create(string.Join('\n', problems) + (unknown.Count > 0 ? "\n" + Catalog.ArgumentsHint() : string.Empty));
        }
    }

    /// <summary>Registers the values of every secret option (and passwords inside URL options) with the masker.</summary>
    public void RegisterSecrets()
    {
        foreach (var given in Catalog.Options.Where(o => o.Secrecy != OptionSecrecy.None).Select(Given))
        {
            foreach (var value in given.Values)
            {
                if (given.Option.Secrecy == OptionSecrecy.Value)
                {
                    SecretMasker.Add(value);
                }
                else
                {
                    SecretMasker.AddUrlPassword(value);
                }
            }
        }
    }

    /// <summary>Each option's value and where it came from, secrets masked (printed at verbose, as Configure does for build.properties).</summary>
    public IReadOnlyList<string> Table()
    {
        var rows = Catalog.Options
            .Select(Given)
            .Where(given => given.Values.Count > 0 || given.Option.DefaultText != Option.NotSet)
            .Select(given => (Option: given.Option.Flag, Value: Shown(given), given.Source))
            .Prepend((Option: "option", Value: "value", Source: "source"))
            .ToList();
        var optionWidth = rows.Max(row => row.Option.Length);
        var valueWidth = rows.Max(row => row.Value.Length);
        return [
            "Options (argument > environment > default):",
            .. rows.Select(row => $"  {row.Option.PadRight(optionWidth)}  {row.Value.PadRight(valueWidth)}  {row.Source}".TrimEnd()),
        ];
    }

    private static string Shown(OptionGiven given) => given switch
    {
        { Values.Count: 0 } => given.Option.DefaultText,
        { Option.Secrecy: OptionSecrecy.Value } => "***",
        _ => SecretMasker.Mask(string.Join(", ", given.Values)),
    };
}
