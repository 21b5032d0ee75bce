using Cake.Core;

namespace Orchestration.Pipeline;

/// <summary>Turns a parser's complaint into the message a user reads, naming where the value came from.</summary>
internal static class OptionText
{
    /// <summary>
    /// Runs <paramref name="parse"/>: a <see cref="FormatException"/> says what was expected after the
    /// label (<c>--cell-timeout takes …</c>); a configuration error is a whole message already.
    /// </summary>
    public static string? Problem(Action parse, string label)
    {
        try
        {
            parse();
            return null;
        }
        catch (FormatException problem)
        {
            return $"{label} {problem.Message}";
        }
        catch (CakeException problem) when (problem.ExitCode == ConfigurationError.ExitCode)
        {
            return problem.Message;
        }
    }

    public static T Parse<T>(Func<string, T> parse, string text, string label)
    {
        try
        {
            return parse(text);
        }
        catch (FormatException problem)
        {
            throw ConfigurationError.Create($"{label} {problem.Message}");
        }
    }
}
