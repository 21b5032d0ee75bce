using Cake.Common.Diagnostics;
using Cake.Core;
using Cake.Frosting;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Testing;

namespace Build.Tasks;

[TaskName("Test")]
[TaskDescription("Installs what the tests need (as root), runs the unit and integration tests, prints the totals.")]
public sealed class TestTask : FrostingTask<BuildContext>
{
    private static readonly Dictionary<string, string[]> Suites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unit"] = ["tests/Cake.Frosting.Tests/Cake.Frosting.Tests.csproj", "tests/Orchestration.Tests/Orchestration.Tests.csproj"],
        ["integration"] = ["tests/Orchestration.IntegrationTests/Orchestration.IntegrationTests.csproj"],
    };

    public override void Run(BuildContext context)
    {
        var chosen = context.Options.Get(TestOptions.Suites);
        string[] suites = chosen == "all" ? [.. Suites.Keys] : [chosen];
        if (suites.Contains("integration"))
        {
            SystemPackages.Require(context, "The integration tests", TestPrerequisites.DebianPackages, context.Cancellation);
        }

        var total = TestSummary.Empty;
        var failures = new List<FailedTest>();
        foreach (var suite in suites)
        {
            var summary = TestSummary.Empty;
            foreach (var project in Suites[suite])
            {
                var results = new TestRunner(context).Run(new TestRunSettings
                {
                    Project = Path.Combine(context.Paths.Root, project),
                    ResultsFile = Path.Combine(context.Paths.Artifacts, "tests", Path.GetFileNameWithoutExtension(project) + ".trx"),
                    Filter = context.Options.Get(TestOptions.Filter),
                }, context.Cancellation);
                summary += results.Summary;
                failures.AddRange(results.Failures);
            }

            context.Information("{0} tests: {1}", suite, summary);
            total += summary;
        }

        // CI shows the end of a log first: the failed tests and the closing line come last, and are kept next to the results.
        var closing = ClosingLines(total, failures);
        foreach (var line in closing)
        {
            context.Information("{0}", line);
        }

        File.WriteAllLines(Path.Combine(context.Paths.Artifacts, "tests", "summary.txt"), closing);
        if (total.Failed > 0 || total.Total == 0)
        {
            throw new CakeException(total.Failed > 0 ? $"{total.Failed} test(s) failed{Names(failures)}." : "No test ran.");
        }
    }

    /// <summary>": A, B, C and 2 more", or nothing when the results named no test.</summary>
    private static string Names(List<FailedTest> failures) => failures.Count switch
    {
        0 => "",
        <= 3 => ": " + string.Join(", ", failures.Select(test => test.Name)),
        _ => ": " + string.Join(", ", failures.Take(3).Select(test => test.Name)) + $" and {failures.Count - 3} more",
    };

    private static List<string> ClosingLines(TestSummary total, List<FailedTest> failures)
    {
        var lines = new List<string>();
        if (failures.Count > 0)
        {
            lines.Add($"Failed tests ({failures.Count}):");
            lines.AddRange(failures.SelectMany(test => test.ToString().Split('\n')).Select(line => "  " + line));
        }

        lines.Add($"Tests: {total}");
        return lines;
    }
}
