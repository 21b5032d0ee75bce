using System.Globalization;
using System.Xml.Linq;

namespace Orchestration.Testing;

/// <summary>How many tests passed, failed and were skipped, as a TRX file counts them.</summary>
public sealed record TestSummary(int Passed, int Failed, int Skipped)
{
    public static TestSummary Empty { get; } = new(0, 0, 0);

    public int Total => Passed + Failed + Skipped;

    public static TestSummary FromTrx(string path)
    {
        var counters = XDocument.Load(path).Descendants().FirstOrDefault(e => e.Name.LocalName == "Counters")
            ?? throw new InvalidDataException($"{path} has no <Counters> element: not a TRX results file.");
        var passed = Count(counters, "passed");
        var failed = Count(counters, "failed") + Count(counters, "error") + Count(counters, "timeout") + Count(counters, "aborted");
        return new TestSummary(passed, failed, Count(counters, "total") - passed - failed);
    }

    public static TestSummary operator +(TestSummary left, TestSummary right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Passed + right.Passed, left.Failed + right.Failed, left.Skipped + right.Skipped);
    }

    /// <summary>The closing line CI systems read: <c>12 passed, 0 failed, 1 skipped</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Passed} passed, {Failed} failed, {Skipped} skipped");

    private static int Count(XElement counters, string name) =>
        int.Parse(counters.Attribute(name)?.Value ?? "0", CultureInfo.InvariantCulture);
}
