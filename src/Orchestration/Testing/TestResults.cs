namespace Orchestration.Testing;

/// <summary>What one test run counted, and the tests that did not pass.</summary>
public sealed record TestResults(TestSummary Summary, IReadOnlyList<FailedTest> Failures)
{
    public static TestResults FromTrx(string path) => new(TestSummary.FromTrx(path), FailedTest.FromTrx(path));
}
