namespace Orchestration.Pipeline;

public enum OptionOrigin
{
    Default,
    Argument,
    Environment,
}

/// <summary>
/// What was given for an option, before parsing: every occurrence of its argument, else the value of
/// the first of its environment variables that is set (split, for a repeatable option), else nothing.
/// </summary>
public sealed record OptionGiven(OptionDeclaration Option, IReadOnlyList<string> Values, OptionOrigin Origin, string? Variable = null)
{
    /// <summary>Where the value came from, as the user would look for it: <c>--feed</c>, <c>environment MODEL_FEED</c>, <c>default</c>.</summary>
    public string Source => Origin switch
    {
        OptionOrigin.Argument => Option.Flag,
        OptionOrigin.Environment => "environment " + Variable,
        _ => "default",
    };

    /// <summary>Names the option in a message: <c>--feed-type</c>, or <c>MODEL_FEED_TYPE (for --feed-type)</c>.</summary>
    public string Label => Origin == OptionOrigin.Environment && Option.Name is not null ? $"{Variable} (for {Option.Flag})" : Variable ?? Option.Flag;
}
