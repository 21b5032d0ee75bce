using Cake.Core;
using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Packaging;
using Cake.Core.Tooling;
using Microsoft.Extensions.DependencyInjection;

namespace Cake.Frosting.Internal;

/// <summary>Builds Cake.Core's own context from its own implementations, as Cake.Frosting does (but for the process runner).</summary>
internal static class CakeContextFactory
{
    public static CakeContext Create(ICakeLog log, ICakeDataService data, ILookup<string, string> arguments, DirectoryPath? workingDirectory, IServiceProvider services)
    {
        var environment = new CakeEnvironment(new CakePlatform(), new CakeRuntime());
        if (workingDirectory is not null)
        {
            environment.WorkingDirectory = workingDirectory.MakeAbsolute(environment);
        }

        var fileSystem = new FileSystem();
        var globber = new Globber(fileSystem, environment);
        var configuration = new CakeConfiguration(new Dictionary<string, string>());
        var tools = new ToolLocator(
            environment,
            new ToolRepository(environment),
            new ToolResolutionStrategy(fileSystem, environment, globber, configuration, log));

        return new CakeContext(
            fileSystem,
            environment,
            globber,
            log,
            new CakeArguments(arguments),
            // The build may register its own runner (ConfigureServices), as with Cake.Frosting.
            services.GetService<IProcessRunner>() ?? new ProcessRunner(fileSystem, environment, log, tools, configuration),
            new WindowsRegistry(),
            tools,
            data,
            configuration,
            new ToolInstaller(environment, tools, configuration, log, Array.Empty<IPackageInstaller>()),
            services);
    }
}
