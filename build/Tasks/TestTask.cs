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
        foreach (var suite in suites)
        {
            var summary = TestSummary.Empty;
            foreach (var project in Suites[suite])
            {
                summary += new TestRunner(context).Run(new TestRunSettings
                {
                    Project = Path.Combine(context.Paths.Root, project),
                    ResultsFile = Path.Combine(context.Paths.Artifacts, "tests", Path.GetFileNameWithoutExtension(project) + ".trx"),
                    Filter = context.Options.Get(TestOptions.Filter),
                }, context.Cancellation);
            }

            context.Information("{0} tests: {1}", suite, summary);
            total += summary;
        }

        // CI reads this closing line; it is also kept next to the results.
        context.Information("Tests: {0}", total);
        File.WriteAllText(Path.Combine(context.Paths.Artifacts, "tests", "summary.txt"), $"Tests: {total}\n");
        if (total.Failed > 0 || total.Total == 0)
        {
            throw new CakeException(total.Failed > 0 ? $"{total.Failed} test(s) failed." : "No test ran.");
        }
    }
}
