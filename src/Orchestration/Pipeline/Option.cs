using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Orchestration.Pipeline;

/// <summary>An option with one value: the argument (its last occurrence), else the first environment variable set, else the default.</summary>
// "Option" is a Visual Basic keyword; this library's one consumer is the C# build project.
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "C# only")]
public sealed class Option<T> : OptionDeclaration
{
    private readonly Func<string, T> parse;

    internal Option(string? name, IReadOnlyList<string> environmentVariables, T defaultValue, string defaultText, string description, Func<string, T> parse)
        : base(name, environmentVariables, defaultText, description)
    {
        Default = defaultValue;
        this.parse = parse;
    }

    public T Default { get; }

    /// <summary>The value of the text; a <see cref="FormatException"/> says what was expected.</summary>
    internal T Parse(string text) => parse(text);

    internal override string? Check(string text, string label) => OptionText.Problem(() => parse(text), label);
}

/// <summary>
/// Declares options. Parsers throw <see cref="FormatException"/> with what follows the option's name
/// in the message: <c>takes a port number from 1 to 65535, not '99999'.</c>
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "C# only")]
internal static class Option
{
    /// <summary>Shown as the default of an option that has none.</summary>
    public const string NotSet = "—";

    /// <summary>Text, or null when neither given nor defaulted.</summary>
    public static Option<string?> Text(string name, string? environmentVariable, string? defaultValue, string description, string? defaultText = null) =>
        new(name, Variables(environmentVariable), defaultValue, defaultText ?? Shown(defaultValue), description, text => text);

    /// <summary>Text checked by <paramref name="check"/> (which throws <see cref="FormatException"/>).</summary>
    public static Option<T> Parsed<T>(string? name, string? environmentVariable, T defaultValue, string defaultText, string description, Func<string, T> parse) =>
        new(name, Variables(environmentVariable), defaultValue, defaultText, description, parse);

    /// <summary>true/false (also 1/0, yes/no); a bare <c>--name</c> means true.</summary>
    public static Option<bool> Flag(string name, string? environmentVariable, bool defaultValue, string description) =>
        new(name, Variables(environmentVariable), defaultValue, defaultValue ? "true" : "false", description, ParseFlag);

    /// <summary>A whole number of seconds greater than 0.</summary>
    public static Option<TimeSpan> Seconds(string name, string? environmentVariable, int defaultSeconds, string description) =>
        new(name, Variables(environmentVariable), TimeSpan.FromSeconds(defaultSeconds), defaultSeconds.ToString(CultureInfo.InvariantCulture), description, ParseSeconds);

    /// <summary>A TCP port, 1 to 65535; null when not given.</summary>
    public static Option<int?> Port(string name, string? environmentVariable, string defaultText, string description) =>
        new(name, Variables(environmentVariable), null, defaultText, description, text =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535
                ? port
                : throw new FormatException($"takes a port number from 1 to 65535, not '{text}'."));

    /// <summary>One of the given words (any case), returned as written in <paramref name="choices"/>.</summary>
    public static Option<string> OneOf(string name, string? environmentVariable, string defaultValue, string description, params string[] choices) =>
        new(name, Variables(environmentVariable), defaultValue, defaultValue, description, text =>
            choices.FirstOrDefault(choice => choice.Equals(text, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"takes {string.Join(", ", choices[..^1])} or {choices[^1]}, not '{text}'."));

    /// <summary>A secret read from the environment only, never from an argument (which shows in process lists and CI logs).</summary>
    public static Option<string?> Secret(string environmentVariable, string description) =>
        new(null, [environmentVariable], null, NotSet, description, text => text) { Secrecy = OptionSecrecy.Value };

    /// <summary>A value read from the environment only (the first of <paramref name="environmentVariables"/> that is set).</summary>
    public static Option<string?> Environment(string description, params string[] environmentVariables) =>
        new(null, environmentVariables, null, NotSet, description, text => text);

    /// <summary>Repeatable <c>--name VALUE</c>; without the argument, the environment variable split at <paramref name="separator"/>.</summary>
    public static RepeatedOption<T> Repeated<T>(string name, string? environmentVariable, char separator, string defaultText, string description, Func<string, T> parse) =>
        new(name, Variables(environmentVariable), separator, defaultText, description, parse);

    /// <summary>Reads these environment variables, the first one set winning, when the argument is not given.</summary>
    public static TOption ReadingFirstOf<TOption>(this TOption option, IReadOnlyList<string> environmentVariables)
        where TOption : OptionDeclaration
    {
        ArgumentNullException.ThrowIfNull(option);
        option.EnvironmentVariables = environmentVariables;
        return option;
    }

    /// <summary>Marks the option's value as URLs (space-separated) whose passwords are masked wherever they show.</summary>
    public static TOption MaskingUrlPasswords<TOption>(this TOption option)
        where TOption : OptionDeclaration
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Secrecy = OptionSecrecy.UrlPassword;
        return option;
    }

    internal static bool ParseFlag(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw new FormatException($"takes true or false, not '{text}'."),
    };

    private static TimeSpan ParseSeconds(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"takes a whole number of seconds greater than 0, not '{text}'.");

    private static string[] Variables(string? environmentVariable) => environmentVariable is null ? [] : [environmentVariable];

    private static string Shown(string? value) => value is null ? NotSet : value;
}
