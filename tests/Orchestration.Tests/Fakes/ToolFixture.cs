using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;
using Microsoft.Extensions.DependencyInjection;

namespace Orchestration.Tests.Fakes;

/// <summary>A Cake context whose tools resolve to stand-in files (see <see cref="FakeToolLocator"/>) and whose processes are fake.</summary>
public sealed class ToolFixture
{
    public ToolFixture()
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        var fileSystem = new FileSystem();
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        Context = new CakeContext(
            fileSystem,
            environment,
            new Globber(fileSystem, environment),
            Log,
            new CakeArguments(Array.Empty<KeyValuePair<string, string>>().ToLookup(p => p.Key, p => p.Value)),
            Runner,
            new WindowsRegistry(),
            Tools,
            new CakeDataService(),
            configuration,
            new ToolInstaller(environment, Tools, configuration, Log, Array.Empty<IPackageInstaller>()),
            new ServiceCollection().BuildServiceProvider());
    }

    public FakeProcessRunner Runner { get; } = new();

    public FakeToolLocator Tools { get; } = new();

    public RecordingLog Log { get; } = new();

    public ICakeContext Context { get; }
}

/// <summary>Resolves every tool to an empty stand-in file of that name, so the process layer finds it wherever the real one lives.</summary>
public sealed class FakeToolLocator : IToolLocator
{
    private static readonly string StandIns = TestRunFolder.Create("orchestration-tools-");

    public void RegisterFile(FilePath path)
    {
    }

    public FilePath? Resolve(string tool)
    {
        var path = System.IO.Path.Combine(StandIns, tool);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, string.Empty);
        }

        return new FilePath(path);
    }

    public FilePath? Resolve(IEnumerable<string> toolExeNames) => Resolve(toolExeNames.First());
}

/// <summary>A log that keeps every line written, to assert what a reader would see.</summary>
public sealed class RecordingLog : ICakeLog
{
    public List<string> Lines { get; } = [];

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public string Text => string.Join('\n', Lines);

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args) =>
        Lines.Add(args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
