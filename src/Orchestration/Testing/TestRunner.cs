using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.DotNet;
using Orchestration.Tools.DotNet.Test;

namespace Orchestration.Testing;

/// <summary>Runs one test project with <c>dotnet test</c> and reads its TRX results: the counts and the tests that failed.</summary>
public sealed class TestRunner(ICakeContext context)
{
    public TestResults Run(TestRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var test = new DotNetTestSettings { NoLogo = true, Filter = settings.Filter };
        test.Loggers.Add("console;verbosity=normal");
        test.Loggers.Add("trx;LogFileName=" + settings.ResultsFile);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.ResultsFile))!);
        File.Delete(settings.ResultsFile);

        // Exit code 1 with results means failed tests, which the summary counts; without results the run itself broke.
        context.DotNetTest(test, settings.Project, new ToolRunOptions
        {
            ExpectedFailure = result => result.ExitCode == 1 && File.Exists(settings.ResultsFile),
            FailureHint = $"dotnet test wrote no results ({settings.ResultsFile}): the test project did not build or run.",
        }, cancellationToken);
        return File.Exists(settings.ResultsFile)
            ? TestResults.FromTrx(settings.ResultsFile)
            : throw new ToolFailedException($"dotnet test {settings.Project} passed but wrote no results ({settings.ResultsFile}).");
    }
}
