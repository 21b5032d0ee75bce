using Orchestration.Testing;

namespace Orchestration.Tests.Testing;

public sealed class ReadingTestResults
{
    [Fact]
    public void Trx_counters_become_passed_failed_and_skipped()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <ResultSummary outcome="Failed">
                <Counters total="10" executed="9" passed="6" failed="2" error="1" timeout="0" aborted="0" notExecuted="1" />
              </ResultSummary>
            </TestRun>
            """);

        var summary = TestSummary.FromTrx(file);
        File.Delete(file);

        Assert.Equal(new TestSummary(6, 3, 1), summary);
        Assert.Equal("6 passed, 3 failed, 1 skipped", summary.ToString());
    }

    [Fact]
    public void Summaries_add_up()
    {
        Assert.Equal(new TestSummary(3, 1, 2), new TestSummary(1, 1, 0) + new TestSummary(2, 0, 2));
    }

    [Fact]
    public void A_failed_test_without_a_message_is_its_name_alone()
    {
        Assert.Equal("Suite.Crashed (Aborted)", new FailedTest("Suite.Crashed", "Aborted", "").ToString());
    }
}
