using Cake.Core;
using Cake.Core.Packaging;
using Cake.Core.Tooling;
using FilePath = Cake.Core.IO.FilePath;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.PythonEnvironment;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.PythonEnvironment;

public sealed class BuildingCondaEnvironments : IDisposable
{
    private readonly string project = Directory.CreateTempSubdirectory("orchestration-conda-").FullName;

    [Fact]
    public async Task An_environment_yml_on_a_machine_without_conda_says_how_to_get_it()
    {
        File.WriteAllText(Path.Combine(project, "environment.yml"), "dependencies:\n  - python=3.11\n  - ipykernel\n");
        var spec = EnvironmentSpec.Find(project, "environment.yml");

        var error = await Assert.ThrowsAsync<CakeException>(
            () => new PythonEnvironmentBuilder(ContextWithoutTools()).PrepareAsync(spec, new EnvironmentOptions { EnvironmentsDirectory = Path.Combine(project, "envs") }, CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("environment.yml needs conda (or mamba). Install Miniforge", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(project, recursive: true);

    private static CakeContext ContextWithoutTools()
    {
        var fixture = new ToolFixture().Context;
        var tools = new NoTools();
        return new CakeContext(
            fixture.FileSystem, fixture.Environment, fixture.Globber, fixture.Log, fixture.Arguments, fixture.ProcessRunner, fixture.Registry, tools,
            new CakeDataService(), fixture.Configuration, new ToolInstaller(fixture.Environment, tools, fixture.Configuration, fixture.Log, Array.Empty<IPackageInstaller>()),
            new ServiceCollection().BuildServiceProvider());
    }

    private sealed class NoTools : IToolLocator
    {
        public void RegisterFile(FilePath path)
        {
        }

        public FilePath? Resolve(string tool) => null;

        public FilePath? Resolve(IEnumerable<string> toolExeNames) => null;
    }
}
