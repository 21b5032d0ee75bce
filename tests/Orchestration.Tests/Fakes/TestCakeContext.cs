using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Tooling;

namespace Orchestration.Tests.Fakes;

/// <summary>
/// Cake.Core's own context, made from its own implementations as the build's host makes it, with the
/// build's process runner: what the stages get when the build runs them.
/// </summary>
public static class TestCakeContext
{
    public static CakeContext Create(ICakeLog log, IEnumerable<(string Name, string Value)> arguments, string? workingDirectory = null)
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        if (workingDirectory is not null)
        {
            environment.WorkingDirectory = new DirectoryPath(workingDirectory);
        }

        var fileSystem = new FileSystem();
        var globber = new Globber(fileSystem, environment);
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var tools = new ToolLocator(environment, new ToolRepository(environment), new ToolResolutionStrategy(fileSystem, environment, globber, configuration, log));
        return new CakeContext(
            fileSystem,
            environment,
            globber,
            log,
            new CakeArguments(arguments.ToLookup(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase)),
            new ProcessTreeRunner(),
            new WindowsRegistry(),
            tools,
            new CakeDataService(),
            configuration,
            new ToolInstaller(environment, tools, configuration, log, Array.Empty<IPackageInstaller>()),
            new ServiceCollection().BuildServiceProvider());
    }
}
