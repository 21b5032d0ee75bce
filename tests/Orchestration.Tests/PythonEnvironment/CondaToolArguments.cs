using Orchestration.PythonEnvironment;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Conda;

namespace Orchestration.Tests.PythonEnvironment;

public sealed class CondaToolArguments
{
    public sealed class CondaEnvCreate
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Creates_the_environment_at_a_prefix_from_the_file()
        {
            await fixture.Context.CondaEnvCreateAsync(new CondaEnvCreateSettings { ToolPath = FakeExecutable.Path("conda"), Prefix = "/ws/.work/envs/abc", File = "/p/environment.yml" }, CancellationToken.None);

            Assert.Equal("env create --prefix \"/ws/.work/envs/abc\" --file \"/p/environment.yml\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class CondaListExport
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_the_packages_in_export_format()
        {
            fixture.Runner.Answer(output: ["python=3.11.4=h2755cc3_0"]);

            var packages = fixture.Context.CondaListExport("/ws/env", new CondaSettings { ToolPath = FakeExecutable.Path("conda") }, CancellationToken.None);

            Assert.Equal("list --prefix \"/ws/env\" --export", fixture.Runner.LastArguments);
            Assert.Equal(["python=3.11.4=h2755cc3_0"], packages);
        }
    }
}
