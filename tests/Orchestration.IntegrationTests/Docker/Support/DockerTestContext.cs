using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Frosting.Internal;

namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>A real Cake context whose log is captured (tools echo everything they print into it).</summary>
public static class DockerTestContext
{
    public static ICakeContext Create(ICakeLog log, string? workingDirectory = null) =>
        CakeContextFactory.Create(
            log,
            new CakeDataService(),
            Array.Empty<(string, string)>().ToLookup(a => a.Item1, a => a.Item2),
            workingDirectory is null ? null : new Cake.Core.IO.DirectoryPath(workingDirectory));
}
