using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Fingerprint;
using Orchestration.IntegrationTests.Checkout;
using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Incremental;

/// <summary>The project tree part of the inputs fingerprint, read from real git checkouts of a real repository.</summary>
public sealed class FingerprintingTheProjectTree : IDisposable
{
    private readonly TestRepository repository = new();

    public FingerprintingTheProjectTree()
    {
        repository.Write($"{TestRepository.Project}/data/a.csv", "x,y\n1,2\n");
        repository.Write($"{TestRepository.Project}/helpers.py", "def f():\n    return 1\n");
        repository.Write($"{TestRepository.Project}/Dockerfile", "FROM scratch\n");
        repository.Commit("Add data, a helper and a Dockerfile");
    }

    [Fact]
    public void A_commit_outside_the_project_folder_does_not_change_it()
    {
        var before = Read(repository.Checkout());

        repository.Write("README.md", "A model, documented better.\n");
        repository.Write("other-model/train.ipynb", "{\"cells\": []}\n");
        var commit = repository.Commit("Touch only files outside the model project");
        var after = Read(repository.Checkout());

        Assert.Equal(commit, repository.Head);
        Assert.Equal(before.Sha256, after.Sha256);
        Assert.Equal(["build.properties", "data/a.csv", "helpers.py", "train.ipynb"], after.Files.Select(file => file.Path));
    }

    [Fact]
    public void A_commit_inside_the_project_folder_changes_it_and_names_the_file()
    {
        var before = Read(repository.Checkout());

        repository.Write($"{TestRepository.Project}/helpers.py", "def f():\n    return 2\n");
        repository.Commit("Change a helper module");
        var after = Read(repository.Checkout());

        Assert.NotEqual(before.Sha256, after.Sha256);
        var inputs = (Before: SampleFingerprint(before), After: SampleFingerprint(after));
        var difference = Assert.Single(InputsDiffer.Differences(inputs.Before, inputs.After));
        Assert.Equal(InputKind.File, difference.Kind);
        Assert.Equal("helpers.py", difference.Subject);
    }

    [Fact]
    public void The_model_file_the_notebook_writes_and_the_dockerfile_are_not_inputs()
    {
        var before = Read(repository.Checkout());

        // Uncommitted, in the working tree, so that they would be listed if they were inputs.
        repository.Write($"{TestRepository.Project}/models/demo.1.1.joblib", "trained");
        repository.Write($"{TestRepository.Project}/Dockerfile", "FROM scratch\nLABEL changed=yes\n");
        var dirty = Read(repository.Checkout(new CheckoutRequest { ProjectDirectory = TestRepository.Project, AllowDirty = true }));

        Assert.True(dirty.Files.Count > 0);
        Assert.Equal(before.Sha256, dirty.Sha256);
        Assert.DoesNotContain(dirty.Files, file => file.Path is "Dockerfile" or "models/demo.1.1.joblib");
    }

    [Fact]
    public void Files_declared_as_outputs_are_not_inputs_unless_they_are_data_too()
    {
        repository.Write($"{TestRepository.Project}/serve.py", "print('serving')\n");
        repository.Write($"{TestRepository.Project}/reports/summary.md", "r2 0.9\n");
        repository.Commit("Add serving code and a report");
        var checkout = repository.Checkout();

        var tree = Read(checkout, outputs: ["serve.py", "reports/**", "data/a.csv"]);

        Assert.Equal(["build.properties", "data/a.csv", "helpers.py", "train.ipynb"], tree.Files.Select(file => file.Path));
    }

    [Fact]
    public void Declared_data_that_git_ignores_is_an_input_all_the_same()
    {
        repository.Write($"{TestRepository.Project}/.gitignore", "big/\n");
        repository.Commit("Ignore the big data folder");
        var checkout = repository.Checkout();
        var big = Path.Combine(checkout.ProjectDirectory, "big", "weights.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        File.WriteAllText(big, "fetched by other means");

        var tree = Read(checkout, data: ["data/**", "big/**"]);

        Assert.Contains(tree.Files, file => file.Path == "big/weights.bin");
    }

    [Fact]
    public void With_allow_dirty_uncommitted_and_untracked_files_count_as_they_are_on_disk()
    {
        var clean = Read(repository.Checkout());
        repository.Write($"{TestRepository.Project}/helpers.py", "def f():\n    return 3\n");
        repository.Write($"{TestRepository.Project}/scratch.py", "print('new')\n");

        var dirty = Read(repository.Checkout(new CheckoutRequest { ProjectDirectory = TestRepository.Project, AllowDirty = true }));

        Assert.NotEqual(clean.Sha256, dirty.Sha256);
        Assert.Contains(dirty.Files, file => file.Path == "scratch.py");
    }

    public void Dispose() => repository.Dispose();

    private static ProjectTree Read(CheckoutRecord checkout, IReadOnlyList<string>? data = null, IReadOnlyList<string>? outputs = null) =>
        new ProjectTreeReader(RealContext.Create()).Read(checkout, Model(data, outputs), CancellationToken.None);

    private static ModelConfiguration Model(IReadOnlyList<string>? data, IReadOnlyList<string>? outputs) => new()
    {
        Identity = new ModelIdentity("demo", 1, 1),
        Notebook = "train.ipynb",
        ModelPath = "models/demo.1.1.joblib",
        Environment = "requirements.txt",
        Data = data ?? ["data/**"],
        Outputs = outputs ?? [],
        Parameters = [],
    };

    private static InputsFingerprint SampleFingerprint(ProjectTree tree) => new()
    {
        Project = tree,
        Configuration = new ConfigurationInputs { Settings = new Dictionary<string, string> { ["model.name"] = "demo" } },
        Environment = new EnvironmentInputs { Spec = "requirements.txt", SpecHash = "e0", PythonVersion = "3.11.2", Packages = [] },
        Runner = new RunnerInputs { ScriptSha256 = "5a", Packages = [] },
    };
}
