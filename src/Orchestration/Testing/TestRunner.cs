using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Testing;

/// <summary>Runs one test project with <c>dotnet test</c> and reads its TRX results.</summary>
public sealed class TestRunner(ICakeContext context) : CommandLineTool<TestRunSettings>(context)
{
    public TestSummary Run(TestRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var arguments = new ProcessArgumentBuilder()
            .Append("test")
            .AppendQuoted(settings.Project)
            .Append("--nologo")
            .Append("--logger").AppendQuoted("console;verbosity=normal")
            .Append("--logger").AppendQuoted("trx;LogFileName=" + settings.ResultsFile);
        if (settings.Filter is not null)
        {
            arguments.Append("--filter").AppendQuoted(settings.Filter);
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.ResultsFile))!);
        File.Delete(settings.ResultsFile);

        // Exit code 1 means failed tests: the summary says how many; anything else is a broken run.
        var result = Execute(settings, arguments, new ToolRunOptions { SuccessExitCodes = [0, 1] }, cancellationToken);
        if (!File.Exists(settings.ResultsFile))
        {
            throw new ToolFailedException(
                $"dotnet test exited with code {result.ExitCode} and wrote no results ({settings.ResultsFile}): the test project did not build or run.");
        }

        return TestSummary.FromTrx(settings.ResultsFile);
    }

    protected override string GetToolName() => "dotnet test";

    protected override IEnumerable<string> GetToolExecutableNames() => ["dotnet"];
}
