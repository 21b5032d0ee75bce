using System.Text.Json;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// CI runs one target per process (<c>--exclusive</c>) in one workspace: the processes of one run read each other's
/// records (the run's id is in <c>artifacts/records/run.json</c>), and a record of an earlier run or of another model
/// is refused with exit 2 and one message, through real <c>./build.sh</c> processes.
/// </summary>
public sealed class PickingUpAnotherRunsRecord : IDisposable
{
    private readonly BuildWorkspace workspace = new();
    private readonly TestRepository repository = new();

    public PickingUpAnotherRunsRecord()
    {
        repository.Write("model/build.properties", """
            model.name=demo
            data.version=1
            model.version=1
            notebook=train.ipynb
            model.path=models/model.joblib
            environment=requirements.txt
            """);
        repository.Write("model/train.ipynb", "{}\n");
        repository.Write("model/requirements.txt", "scikit-learn\n");
        repository.Write("model/data/salaries.csv", "years,salary\n1,40000\n");
        repository.Write("model/Dockerfile", "FROM scratch\n");
        repository.Commit("A model project");
    }

    private string ConfigureRecord => workspace.Combine("artifacts", "records", "configure.json");

    [Fact]
    public void A_later_exclusive_target_of_the_same_run_reads_the_earlier_processes_record()
    {
        Build("--target=Checkout");

        var output = Build("--target=Configure", "--exclusive");

        Assert.Contains("Model demo.1.1 from model", output, StringComparison.Ordinal);
        Assert.Equal((RunId(), "demo.1.1"), Stamp(ConfigureRecord));
    }

    [Fact]
    public void A_record_an_earlier_run_left_is_refused_naming_both_runs_and_the_target_to_run_again()
    {
        Build("--target=Configure");
        var earlier = (Run: RunId(), Record: File.ReadAllText(ConfigureRecord));
        Build("--target=Configure");
        File.WriteAllText(ConfigureRecord, earlier.Record);

        var (exitCode, output) = Run("--target=Environment", "--exclusive");

        Assert.True(exitCode == 2, output);
        Assert.Contains(
            $"{ConfigureRecord} belongs to run {earlier.Run} of demo.1.1, this is run {RunId()} of demo.1.1: run --target=Configure again.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_another_model_is_refused_once_configure_has_changed_the_version()
    {
        Build("--target=Configure");
        var configured = File.ReadAllText(ConfigureRecord);
        Build("--target=Configure", "--exclusive", "--model-version=2");
        File.WriteAllText(ConfigureRecord, configured);

        var (exitCode, output) = Run("--target=Environment", "--exclusive");

        Assert.True(exitCode == 2, output);
        Assert.Contains($"{ConfigureRecord} belongs to run {RunId()} of demo.1.1, this is run {RunId()} of demo.1.2: run --target=Configure again.", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        repository.Dispose();
        workspace.Dispose();
    }

    private string Build(params string[] arguments)
    {
        var (exitCode, output) = Run(arguments);
        Assert.True(exitCode == 0, output);
        return output;
    }

    private (int ExitCode, string Output) Run(params string[] arguments) =>
        workspace.Run([.. arguments, $"--repository={repository.Root}", "--project-dir=model", "--wait-for-workspace=0"]);

    private string RunId()
    {
        using var run = JsonDocument.Parse(File.ReadAllText(workspace.Combine("artifacts", "records", "run.json")));
        return run.RootElement.GetProperty("id").GetString()!;
    }

    private static (string? Run, string? Identity) Stamp(string record)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(record));
        var run = json.RootElement.GetProperty("run");
        return (run.GetProperty("id").GetString(), run.GetProperty("identity").GetString());
    }
}
