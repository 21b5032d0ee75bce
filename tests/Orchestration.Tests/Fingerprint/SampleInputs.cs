using Orchestration.Fingerprint;

namespace Orchestration.Tests.Fingerprint;

/// <summary>Inputs fingerprints for tests, built from their parts without files or processes.</summary>
public static class SampleInputs
{
    public static InputsFingerprint Of(
        IReadOnlyList<InputFile>? files = null,
        IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyList<string>? packages = null,
        string pythonVersion = "3.11.2",
        string runnerScript = "5a5a5a5a5a5a5a5a") => new()
    {
        Project = ProjectTree.Of(files ??
        [
            new InputFile("train.ipynb", "1111111111111111aaaa", 100),
            new InputFile("data/a.csv", "2222222222222222bbbb", 20),
            new InputFile("requirements.txt", "3333333333333333cccc", 30),
        ]),
        Configuration = new ConfigurationInputs
        {
            Settings = settings ?? new Dictionary<string, string>
            {
                ["model.name"] = "salary-regression",
                ["data.version"] = "1",
                ["model.version"] = "1",
                ["parameter.alpha"] = "0.5",
            },
        },
        Environment = new EnvironmentInputs
        {
            Spec = "requirements.txt",
            SpecHash = "e0e0e0",
            PythonVersion = pythonVersion,
            Packages = packages ?? ["ipykernel==6.17.1", "scikit-learn==1.2.1"],
        },
        Runner = new RunnerInputs { ScriptSha256 = runnerScript, Packages = ["nbclient==0.7.2", "nbformat==5.7.0"] },
    };

    public static Dictionary<string, string> Settings(params (string Key, string Value)[] changes)
    {
        var settings = new Dictionary<string, string>(Of().Configuration.Settings);
        foreach (var (key, value) in changes)
        {
            settings[key] = value;
        }

        return settings;
    }
}
