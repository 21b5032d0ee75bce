namespace Orchestration.Pipeline;

/// <summary>An option that may be given many times (<c>--backend-config a.hcl --backend-config key=x</c>); each value is parsed alone.</summary>
public sealed class RepeatedOption<T> : OptionDeclaration
{
    private readonly Func<string, T> parse;

    internal RepeatedOption(string name, IReadOnlyList<string> environmentVariables, char separator, string defaultText, string description, Func<string, T> parse)
        : base(name, environmentVariables, defaultText, description)
    {
        Separator = separator;
        this.parse = parse;
        IsRepeatable = true;
    }

    /// <summary>Splits the environment variable's value into several values.</summary>
    public char Separator { get; }

    internal override IReadOnlyList<string> SplitVariable(string text) =>
        text.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    internal T Parse(string text) => parse(text);

    internal override string? Check(string text, string label) => OptionText.Problem(() => parse(text), label);
}
