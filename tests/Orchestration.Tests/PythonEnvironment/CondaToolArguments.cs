using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Conda;
using Orchestration.Tools.Conda.EnvCreate;
using Orchestration.Tools.Conda.List;
using Orchestration.Tools.Conda.Version;

namespace Orchestration.Tests.PythonEnvironment;

public static class CondaToolArguments
{
    public sealed class CondaVersion
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Asks_for_the_version_and_returns_what_conda_printed()
        {
            fixture.Runner.Answer(output: ["conda 24.1.2", ""]);

            var version = fixture.Context.CondaVersion(new CondaVersionSettings { ToolPath = FakeExecutable.Path("conda") }, CancellationToken.None);

            Assert.Equal("--version", fixture.Runner.LastArguments);
            Assert.Equal("conda 24.1.2", version);
        }
    }

    public sealed class CondaEnvCreate
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Creates_the_environment_at_a_prefix_from_the_file()
        {
            await fixture.Context.CondaEnvCreateAsync(new CondaEnvCreateSettings { ToolPath = FakeExecutable.Path("conda"), Prefix = "/ws/.work/envs/abc", File = "/p/environment.yml" }, CancellationToken.None);

            Assert.Equal("env create --prefix \"/ws/.work/envs/abc\" --file \"/p/environment.yml\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public async Task A_failure_names_the_command_line_the_folder_the_exit_code_and_condas_error()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["PackagesNotFoundError: The following packages are not available"]);

            var failure = await Assert.ThrowsAsync<ToolFailedException>(() => fixture.Context.CondaEnvCreateAsync(
                new CondaEnvCreateSettings { ToolPath = FakeExecutable.Path("conda"), WorkingDirectory = "/p", Prefix = "/ws/env", File = "/p/environment.yml" },
                CancellationToken.None));

            Assert.Equal(
                ["conda exited with code 1.", "> conda env create --prefix \"/ws/env\" --file \"/p/environment.yml\"", "@ /p", "  PackagesNotFoundError: The following packages are not available"],
                failure.Message.Split('\n'));
        }
    }

    public sealed class CondaList
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_the_packages_in_export_format()
        {
            fixture.Runner.Answer(output: ["python=3.11.4=h2755cc3_0"]);

            var packages = fixture.Context.CondaList(new CondaListSettings { ToolPath = FakeExecutable.Path("conda"), Prefix = "/ws/env", Export = true }, CancellationToken.None);

            Assert.Equal("list --prefix \"/ws/env\" --export", fixture.Runner.LastArguments);
            Assert.Equal(["python=3.11.4=h2755cc3_0"], packages);
        }

        [Fact]
        public void Lists_them_as_a_table_without_export()
        {
            fixture.Context.CondaList(new CondaListSettings { ToolPath = FakeExecutable.Path("conda"), Prefix = "/ws/env" }, CancellationToken.None);

            Assert.Equal("list --prefix \"/ws/env\"", fixture.Runner.LastArguments);
        }
    }
}
