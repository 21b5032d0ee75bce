using System.Text;
using System.Xml.Linq;

namespace Orchestration.Testing;

/// <summary>A test that did not pass, with the start of its failure message, as a TRX file records it.</summary>
public sealed record FailedTest(string Name, string Outcome, string Message)
{
    /// <summary>How many lines of a failure message the closing list shows; the TRX file has the rest.</summary>
    public const int MessageLines = 6;

    public static IReadOnlyList<FailedTest> FromTrx(string path) =>
        [.. XDocument.Load(path).Descendants()
            .Where(e => e.Name.LocalName == "UnitTestResult")
            .Where(e => (string?)e.Attribute("outcome") is { } outcome && IsFailure(outcome))
            .Select(e => new FailedTest(
                (string?)e.Attribute("testName") ?? "(unnamed test)",
                (string)e.Attribute("outcome")!,
                e.Descendants().FirstOrDefault(m => m.Name.LocalName == "Message")?.Value.Trim() ?? ""))
            .OrderBy(test => test.Name, StringComparer.Ordinal)];

    /// <summary>The test's name and outcome, then the first lines of its message, indented.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Name).Append(" (").Append(Outcome).Append(')');
        string[] lines = Message.Length == 0 ? [] : Message.ReplaceLineEndings("\n").Split('\n');
        foreach (var line in lines.Take(MessageLines))
        {
            text.Append('\n').Append("    ").Append(line.TrimEnd());
        }

        if (lines.Length > MessageLines)
        {
            text.Append('\n').Append("    … ").Append(lines.Length - MessageLines).Append(" more line(s) in the TRX file");
        }

        return text.ToString();
    }

    /// <summary>The outcomes <see cref="TestSummary"/> counts as failed.</summary>
    private static bool IsFailure(string outcome) => outcome is "Failed" or "Error" or "Timeout" or "Aborted";
}
