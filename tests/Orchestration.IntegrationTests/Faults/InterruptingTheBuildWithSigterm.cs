using System.Security.Cryptography;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// SIGTERM to the build's own process (what a CI abort or a timeout sends) in the middle of a stage (issue:
/// during Train, runner.py and the kernel survived, re-parented to PID 1, and when the cell ended overwrote the
/// next successful run's executed notebook, HTML and result.json; during Publish a temporary file stayed in the
/// feed). Real <c>./build.sh</c> runs on a small model project whose notebook sleeps in a cell; each test waits
/// for the stage to be busy (a marker the cell writes, pip's connection, the upload's first megabyte) before it
/// signals, then counts the processes left and looks at what was written.
/// </summary>
public sealed class InterruptingTheBuildWithSigterm : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>Writes started-N, sleeps N seconds, writes finished-N and the model: a straggler would leave finished-N.</summary>
    private const string Notebook = """
        {
         "cells": [
          {"cell_type": "code", "execution_count": null, "id": "parameters", "metadata": {"tags": ["parameters"]}, "outputs": [],
           "source": ["seconds = 0\n", "markers = '.'\n", "model_megabytes = 0"]},
          {"cell_type": "code", "execution_count": null, "id": "sleeps", "metadata": {}, "outputs": [],
           "source": ["import os, pathlib, time\n",
                      "pathlib.Path(markers, f'started-{seconds}').write_text('started')\n",
                      "time.sleep(seconds)\n",
                      "pathlib.Path(markers, f'finished-{seconds}').write_text('finished')\n",
                      "with open('models/demo.1.1.bin', 'wb') as model:\n",
                      "    model.write(os.urandom(model_megabytes << 20) + f'trained for {seconds} s'.encode())"]}
         ],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    private readonly BuildWorkspace workspace = new();
    private readonly TestRepository repository = new();
    private readonly TemporaryDirectory markers = new("orchestration-sigterm-markers");

    public InterruptingTheBuildWithSigterm()
    {
        repository.Write("model/build.properties", $"""
            model.name=demo
            data.version=1
            model.version=1
            notebook=train.ipynb
            model.path=models/demo.1.1.bin
            environment=requirements.txt
            parameter.markers={markers.Path}
            """);
        repository.Write("model/requirements.txt", "ipykernel\n");
        repository.Write("model/data/rows.csv", "x,y\n1,2\n");
        repository.Write("model/train.ipynb", Notebook);
        repository.Commit("A notebook that sleeps in a cell");
    }

    private string Started(int seconds) => markers.Combine($"started-{seconds}");

    private string Finished(int seconds) => markers.Combine($"finished-{seconds}");

    [Fact]
    public void During_Train_the_kernel_is_stopped_nothing_is_kept_and_no_straggler_overwrites_the_next_run()
    {
        const int KilledCellSeconds = 20;
        using var build = Start("--target=Train", $"--parameter=seconds={KilledCellSeconds}");
        WaitFor(build, () => File.Exists(Started(KilledCellSeconds)), "the sleeping cell to start");
        var cellStarted = File.GetLastWriteTimeUtc(Started(KilledCellSeconds));
        var children = ProcessCensus.DescendantsOf(build.Id);
        Assert.Contains(children, process => process.CommandLine.Contains("runner.py", StringComparison.Ordinal));
        Assert.Contains(children, process => process.CommandLine.Contains("ipykernel", StringComparison.Ordinal));

        AssertInterrupted(build, "Train", children);
        Assert.False(Directory.Exists(workspace.Combine("artifacts", "notebooks")), "no executed notebook or HTML of the killed run");
        Assert.False(Directory.Exists(workspace.Combine("artifacts", "models")), "no model of the killed run");
        Assert.Empty(Directory.EnumerateFiles(workspace.Combine(".work", "train"), "result.json", SearchOption.AllDirectories));
        Assert.False(File.Exists(workspace.Combine("artifacts", "records", "train.json")), "no Train record");

        var (exitCode, output) = workspace.Run(Arguments("--target=Train", "--parameter=seconds=0"));
        Assert.True(exitCode == 0, output);
        var outputs = Snapshot();
        Assert.Contains(outputs.Keys, file => file.EndsWith(".ipynb", StringComparison.Ordinal));
        Assert.Contains(outputs.Keys, file => file.EndsWith(".html", StringComparison.Ordinal));

        // Past the moment the killed cell would have ended (and written finished-20 and its model), with room to spare.
        var strayEnd = cellStarted + TimeSpan.FromSeconds(KilledCellSeconds + 10);
        if (strayEnd > DateTime.UtcNow)
        {
            Thread.Sleep(strayEnd - DateTime.UtcNow);
        }

        Assert.False(File.Exists(Finished(KilledCellSeconds)), "the killed run's cell never finished");
        Assert.Equal(outputs, Snapshot());
    }

    [Fact]
    public void During_Environment_pip_is_stopped_and_no_environment_is_left_for_a_later_build_to_take()
    {
        using var index = new SilentHttpServer();
        repository.Write("model/requirements.txt", $"--index-url {index.Url}simple/\nnot-installed-anywhere==1.0\n");
        repository.Commit("A requirement pip must download");

        using var build = Start("--target=Environment");
        WaitFor(build, () => index.ConnectionCount > 0, "pip to ask the package index");
        var children = ProcessCensus.DescendantsOf(build.Id);
        Assert.Contains(children, process => process.CommandLine.Contains(" -m pip install", StringComparison.Ordinal));
        var environments = workspace.Combine(".work", "envs");
        Assert.NotEmpty(Directory.EnumerateFileSystemEntries(environments)); // the half-made venv pip is installing into
        // pip's temporary folders, which a pip stopped by a signal leaves behind, are inside it rather than in /tmp.
        Assert.NotEmpty(Directory.EnumerateDirectories(environments, "pip-*", SearchOption.AllDirectories));

        AssertInterrupted(build, "Environment", children);
        Assert.False(File.Exists(workspace.Combine("artifacts", "records", "environment.json")), "no Environment record");
        Assert.Empty(Directory.EnumerateFileSystemEntries(environments));
    }

    [Fact]
    public void During_Publish_the_upload_is_abandoned_and_the_feed_keeps_nothing_of_the_version()
    {
        using var feed = new StallingMavenRepository();
        using var build = Start("--target=Publish", "--parameter=model_megabytes=64", "--feed-type=maven", $"--feed={feed.Url}");
        WaitFor(build, () => feed.UploadStalled.IsCompleted, "the package upload to start");
        Assert.Contains(feed.Files, file => file.EndsWith("-provenance.json", StringComparison.Ordinal));
        var children = ProcessCensus.DescendantsOf(build.Id);

        AssertInterrupted(build, "Publish", children);
        Assert.Empty(feed.Files);
        Assert.DoesNotContain(feed.Requests, request => request.StartsWith("PUT", StringComparison.Ordinal) && request.Contains("maven-metadata.xml", StringComparison.Ordinal));
        Assert.False(File.Exists(workspace.Combine("artifacts", "records", "publish.json")), "no Publish record");
    }

    public void Dispose()
    {
        repository.Dispose();
        workspace.Dispose();
        markers.Dispose();
    }

    private string[] Arguments(params string[] more) =>
        [$"--repository={repository.Root}", $"--project-dir={TestRepository.Project}", "--wait-for-workspace=0", .. more];

    private BuildProcess Start(params string[] arguments) => workspace.Start(Arguments(arguments));

    private static void WaitFor(BuildProcess build, Func<bool> busy, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!busy())
        {
            Assert.False(build.HasExited, $"the build ended before {what}:\n{build.Output}");
            Assert.True(DateTime.UtcNow < deadline, $"no sign of {what}:\n{build.Output}");
            Thread.Sleep(50);
        }
    }

    /// <summary>SIGTERM; then exit 143, the one line, and no process of the build's left (those seen before, or any in the workspace).</summary>
    private void AssertInterrupted(BuildProcess build, string stage, IReadOnlyList<ProcessCensus.Entry> children)
    {
        build.Terminate();

        Assert.Equal(143, build.WaitForExit(Patience));
        var interrupted = Assert.Single(build.Output.Split('\n'), line => line.Contains("Interrupted by", StringComparison.Ordinal));
        Assert.StartsWith($"Interrupted by SIGTERM during {stage}: stopped it with every process it started, nothing more was written; kept what ", interrupted.Trim(), StringComparison.Ordinal);
        Assert.Empty(ProcessCensus.StillAlive(children));
        Assert.Empty(ProcessCensus.Mentioning(workspace.Root));
    }

    /// <summary>The SHA-256 of every file the Train stage keeps under artifacts/ (notebook, HTML, model, record).</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(workspace.Combine("artifacts"), "*", SearchOption.AllDirectories)
            .ToDictionary(file => file, file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file))), StringComparer.Ordinal);
}
