using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting.Internal;

namespace Orchestration.IntegrationTests.Support;

/// <summary>A real Cake context (real file system, processes and tool lookup) working in a folder.</summary>
public static class RealContext
{
    public static ICakeContext Create(string? workingDirectory = null, params (string Name, string Value)[] arguments)
    {
        var log = new CakeBuildLog(new CakeConsole(new CakeEnvironment(new CakePlatform(), new CakeRuntime())), Verbosity.Normal);
        return CakeContextFactory.Create(
            log,
            new CakeDataService(),
            arguments.ToLookup(a => a.Name, a => a.Value, StringComparer.OrdinalIgnoreCase),
            workingDirectory is null ? null : new Cake.Core.IO.DirectoryPath(workingDirectory));
    }
}
