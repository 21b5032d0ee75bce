using Orchestration.Fingerprint;

namespace Orchestration.Tests.Fingerprint;

public sealed class DiffingInputs
{
    [Fact]
    public void Equal_inputs_have_no_differences()
    {
        Assert.Empty(InputsDiffer.Differences(SampleInputs.Of(), SampleInputs.Of()));
    }

    [Fact]
    public void Changed_added_and_removed_files_are_named_with_their_hashes()
    {
        var now = SampleInputs.Of(files:
        [
            new InputFile("train.ipynb", "9999999999999999aaaa", 100),
            new InputFile("data/a.csv", "2222222222222222bbbb", 20),
            new InputFile("helpers.py", "4444444444444444dddd", 7),
        ]);

        var differences = InputsDiffer.Differences(SampleInputs.Of(), now).Select(difference => difference.ToString());

        Assert.Equal(
        [
            "file helpers.py: added (SHA-256 444444444444)",
            "file requirements.txt: removed (was SHA-256 333333333333)",
            "file train.ipynb: SHA-256 111111111111 → SHA-256 999999999999",
        ],
            differences);
    }

    [Fact]
    public void Changed_settings_are_named_old_to_new()
    {
        var now = SampleInputs.Of(settings: SampleInputs.Settings(("parameter.alpha", "0.7"), ("data.version", "2")));

        var differences = InputsDiffer.Differences(SampleInputs.Of(), now);

        Assert.Equal(["data.version: 1 → 2", "parameter.alpha: 0.5 → 0.7"], differences.Select(difference => difference.ToString()));
        Assert.All(differences, difference => Assert.Equal(InputKind.Configuration, difference.Kind));
    }

    [Fact]
    public void Environment_changes_are_named_by_package()
    {
        var now = SampleInputs.Of(packages: ["scikit-learn==1.3.0", "pandas==2.1.0"], pythonVersion: "3.11.4");

        var differences = InputsDiffer.Differences(SampleInputs.Of(), now).Select(difference => difference.ToString());

        Assert.Equal(
        [
            "environment Python: 3.11.2 → 3.11.4",
            "environment package ipykernel: removed (was 6.17.1)",
            "environment package pandas: added (2.1.0)",
            "environment package scikit-learn: 1.2.1 → 1.3.0",
        ],
            differences);
    }

    [Fact]
    public void A_different_runner_is_named()
    {
        var differences = InputsDiffer.Differences(SampleInputs.Of(), SampleInputs.Of(runnerScript: "6b6b6b6b6b6b6b6b"));

        var difference = Assert.Single(differences);
        Assert.Equal(InputKind.Runner, difference.Kind);
        Assert.StartsWith("notebook runner runner.py: SHA-256 5a5a5a5a5a5a → 6b6b6b6b6b6b", difference.ToString(), StringComparison.Ordinal);
    }
}
