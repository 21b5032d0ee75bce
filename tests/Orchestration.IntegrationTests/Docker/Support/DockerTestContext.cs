using Cake.Core;
using Cake.Core.Diagnostics;
using Orchestration.Tests.Fakes;

using Orchestration.IntegrationTests.Support;

namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>A real Cake context whose log is captured (tools echo everything they print into it).</summary>
public static class DockerTestContext
{
    public static ICakeContext Create(ICakeLog log, string? workingDirectory = null) =>
        TestCakeContext.Create(log, [], workingDirectory);
}
