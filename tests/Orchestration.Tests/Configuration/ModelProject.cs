using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

/// <summary>A model project folder on disk (temporary) with a notebook and an environment file.</summary>
internal sealed class ModelProject : IDisposable
{
    public const string Display = "samples/demo";

    public const string PropertiesPath = Display + "/build.properties";

    public const string ValidProperties = """
        model.name=demo
        data.version=2
        model.version=7
        notebook=train.ipynb
        model.path=model/{model.name}.{data.version}.{model.version}.pkl
        environment=requirements.txt
        """;

    public ModelProject()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("configure-test-").FullName;
        Write("train.ipynb", "{}");
        Write("requirements.txt", "scikit-learn\n");
        Write("env/environment.yml", "name: demo\n");
    }

    public string Directory { get; }

    public void Write(string relativePath, string content)
    {
        var file = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
    }

    public ResolvedConfiguration Resolve(string properties, ConfigurationOverrides? overrides = null) =>
        new ConfigurationResolver(PropertiesFile.Parse(PropertiesPath, properties), overrides ?? ConfigurationOverrides.None, Directory, Display).Resolve();

    /// <summary>The problems as the reader sees them, one line each.</summary>
    public IReadOnlyList<string> Problems(string properties, ConfigurationOverrides? overrides = null) =>
        [.. Resolve(properties, overrides).Problems.Select(problem => problem.ToString())];

    public static ConfigurationOverrides Overrides(
        IEnumerable<(string Name, string Value)>? arguments = null,
        IEnumerable<(string Name, string Value)>? environment = null) =>
        new(
            (arguments ?? []).GroupBy(a => a.Name).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(a => a.Value)]),
            (environment ?? []).ToDictionary(e => e.Name, e => e.Value));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
