using System.IO.Compression;
using System.Text;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Faults.Support;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// The kernel inherits an allow-list of the build's environment (issue: TF_VAR_db_password, GITHUB_TOKEN and
/// any *_SECRET reached the kernel and appeared in the executed notebook, its HTML and the package of a notebook
/// that prints its environment). Canaries in credential-like names, a real <c>./build.sh --target=Package</c>,
/// then every place the notebook's output can go is searched. The notebook writes into models/ without creating it:
/// the folder of model.path is made before the run (a repository that git-ignores models/ has none in a fresh clone).
/// </summary>
public sealed class CanarySecretsAndTheKernel : IDisposable
{
    private static readonly string[] CanaryNames =
    [
        "TF_VAR_db_password", "GITHUB_TOKEN", "X_SECRET", "AWS_SECRET_ACCESS_KEY", "MODEL_FEED_API_KEY",
        "DOCKER_REGISTRY_PASSWORD", "MLFLOW_TRACKING_TOKEN", "MLFLOW_TRACKING_PASSWORD", "SOME_PASSWORD", "JENKINS_API_TOKEN",
    ];

    private const string Notebook = """
        {
         "cells": [
          {"cell_type": "code", "execution_count": null, "id": "env", "metadata": {}, "outputs": [],
           "source": ["import os\n", "for name, value in sorted(os.environ.items()):\n", "    print(name, '=', value)"]},
          {"cell_type": "code", "execution_count": null, "id": "model", "metadata": {}, "outputs": [],
           "source": ["open('models/demo.1.1.txt', 'w').write('a model')"]}
         ],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4,
         "nbformat_minor": 5
        }
        """;

    private readonly BuildWorkspace workspace = new();
    private readonly TestRepository repository = new();
    private readonly string run = Guid.NewGuid().ToString("N");

    public CanarySecretsAndTheKernel()
    {
        repository.Write("model/build.properties", """
            model.name=demo
            data.version=1
            model.version=1
            notebook=train.ipynb
            model.path=models/demo.1.1.txt
            environment=requirements.txt
            """);
        repository.Write("model/requirements.txt", "ipykernel\n");
        repository.Write("model/data/rows.csv", "x,y\n1,2\n");
        repository.Write("model/train.ipynb", Notebook);
        repository.Commit("A notebook that prints its environment");
    }

    [Fact]
    public void No_credential_reaches_the_log_the_notebook_its_HTML_the_package_or_the_workspace()
    {
        var environment = CanaryNames.ToDictionary(name => name, name => (string?)Canary(name));
        environment["PASSED_BY_NAME"] = $"passed-{run}";
        environment["OMP_NUM_THREADS"] = "3";

        using var build = workspace.Start(
            environment,
            "--target=Package", $"--repository={repository.Root}", "--project-dir=model", "--pass-env=PASSED_BY_NAME", "--wait-for-workspace=0");
        var exitCode = build.WaitForExit(TimeSpan.FromMinutes(20));

        Assert.True(exitCode == 0, build.Output);
        var executed = Directory.GetFiles(workspace.Combine("artifacts", "notebooks"), "*.ipynb").Single();
        var html = Directory.GetFiles(workspace.Combine("artifacts", "notebooks"), "*.html").Single();
        var package = Directory.GetFiles(workspace.Combine("artifacts", "packages"), "*.nupkg").Single();

        // The notebook did print its environment: what is allowed, and what was passed by name, is there.
        Assert.Contains($"PASSED_BY_NAME = passed-{run}", File.ReadAllText(executed), StringComparison.Ordinal);
        Assert.Contains("OMP_NUM_THREADS = 3", File.ReadAllText(executed), StringComparison.Ordinal);

        Assert.Empty(CanariesIn("the log", build.Output));
        Assert.Empty(CanariesIn("the executed notebook", File.ReadAllText(executed)));
        Assert.Empty(CanariesIn("the HTML", File.ReadAllText(html)));
        Assert.Empty(PackageEntries(package).SelectMany(entry => CanariesIn($"{Path.GetFileName(package)}!{entry.Name}", entry.Text)));
        Assert.Empty(Directory.EnumerateFiles(workspace.Root, "*", SearchOption.AllDirectories)
            .Where(file => new FileInfo(file).Length < 64 << 20)
            .SelectMany(file => CanariesIn(file, Encoding.UTF8.GetString(File.ReadAllBytes(file)))));
    }

    public void Dispose()
    {
        repository.Dispose();
        workspace.Dispose();
    }

    private string Canary(string name) => $"canary-{name}-{run}";

    private IEnumerable<string> CanariesIn(string where, string text) =>
        CanaryNames.Where(name => text.Contains(Canary(name), StringComparison.Ordinal)).Select(name => $"{name} in {where}");

    private static List<(string Name, string Text)> PackageEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return [.. zip.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return (entry.FullName, reader.ReadToEnd());
        })];
    }
}
