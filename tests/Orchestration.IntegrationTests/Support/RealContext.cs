using Cake.Core;
using Cake.Core.Diagnostics;
using Orchestration.Tests.Fakes;

namespace Orchestration.IntegrationTests.Support;

/// <summary>
/// A real Cake context: real file system, processes and tool lookup. It works in the test process's
/// current directory; tests give absolute paths (setting Cake's working directory would change the
/// current directory of every test running in parallel).
/// </summary>
public static class RealContext
{
    public static ICakeContext Create(params (string Name, string Value)[] arguments)
    {
        var log = new CakeBuildLog(new CakeConsole(new CakeEnvironment(new CakePlatform(), new CakeRuntime())), Verbosity.Normal);
        return TestCakeContext.Create(log, arguments);
    }
}
