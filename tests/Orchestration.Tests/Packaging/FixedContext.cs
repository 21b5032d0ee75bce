using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Packaging;

/// <summary>A Cake context with exactly the given arguments and environment variables: the test runner's own (CI, credentials) must not leak in.</summary>
public static class FixedContext
{
    public static CakeContext With((string Name, string Value)[]? arguments = null, (string Name, string Value)[]? variables = null, RecordingLog? log = null)
    {
        var environment = new FixedEnvironment((variables ?? []).ToDictionary(v => v.Name, v => v.Value));
        var fileSystem = new FileSystem();
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        log ??= new RecordingLog();
        var tools = new FakeToolLocator();
        return new CakeContext(
            fileSystem,
            environment,
            new Globber(fileSystem, environment),
            log,
            new CakeArguments((arguments ?? []).ToLookup(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase)),
            new FakeProcessRunner(),
            new WindowsRegistry(),
            tools,
            new CakeDataService(),
            configuration,
            new ToolInstaller(environment, tools, configuration, log, Array.Empty<IPackageInstaller>()),
            new ServiceCollection().BuildServiceProvider());
    }

    private sealed class FixedEnvironment(Dictionary<string, string> variables) : ICakeEnvironment
    {
        private readonly CakeEnvironment real = new(new CakePlatform(), new CakeRuntime());

        public DirectoryPath WorkingDirectory { get => real.WorkingDirectory; set => throw new NotSupportedException("Tests must not change the process's working directory."); }

        public DirectoryPath UserHomeDirectory => real.UserHomeDirectory;

        public DirectoryPath ApplicationRoot => real.ApplicationRoot;

        public ICakePlatform Platform => real.Platform;

        public ICakeRuntime Runtime => real.Runtime;

        public DirectoryPath GetSpecialPath(SpecialPath path) => real.GetSpecialPath(path);

        public string? GetEnvironmentVariable(string variable) => variables.GetValueOrDefault(variable);

        public IDictionary<string, string> GetEnvironmentVariables() => new Dictionary<string, string>(variables);
    }
}
