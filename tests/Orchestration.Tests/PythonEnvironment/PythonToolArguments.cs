using Orchestration.PythonEnvironment;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Python;

namespace Orchestration.Tests.PythonEnvironment;

public sealed class PythonToolArguments
{
    private readonly ToolFixture fixture = new();

    public sealed class PythonVenv
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Makes_a_venv_that_sees_the_system_packages_when_asked()
        {
            await fixture.Context.PythonVenvAsync("/ws/.work/envs/abc", new PythonVenvSettings { ToolPath = FakeExecutable.Path("python3"), SystemSitePackages = true }, CancellationToken.None);

            Assert.Equal("-m venv --system-site-packages \"/ws/.work/envs/abc\"", fixture.Runner.LastArguments);
            Assert.Equal(FakeExecutable.Path("python3"), fixture.Runner.Calls[^1].Tool.FullPath);
        }

        [Fact]
        public async Task Makes_an_isolated_venv_otherwise()
        {
            await fixture.Context.PythonVenvAsync("/ws/env", new PythonVenvSettings { ToolPath = FakeExecutable.Path("python3") }, CancellationToken.None);

            Assert.Equal("-m venv \"/ws/env\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class PipInstall
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Installs_the_requirements_without_questions_or_version_checks()
        {
            await fixture.Context.PipInstallAsync(new PipInstallSettings { ToolPath = FakeExecutable.Path("python"), Requirements = "/p/requirements.txt" }, null, CancellationToken.None);

            Assert.Equal("-m pip install --disable-pip-version-check --no-input -r \"/p/requirements.txt\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class PipFreeze
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_the_installed_packages()
        {
            fixture.Runner.Answer(output: ["joblib==1.2.0", "scikit-learn==1.2.1"]);

            var packages = fixture.Context.PipFreeze(new PythonSettings { ToolPath = FakeExecutable.Path("python") }, CancellationToken.None);

            Assert.Equal("-m pip freeze --disable-pip-version-check", fixture.Runner.LastArguments);
            Assert.Equal(["joblib==1.2.0", "scikit-learn==1.2.1"], packages);
        }
    }

    public sealed class IPyKernelInstall
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Registers_the_kernel_inside_the_environment()
        {
            fixture.Context.IPyKernelInstall(new IPyKernelInstallSettings
            {
                ToolPath = FakeExecutable.Path("python"), Prefix = "/ws/env", Name = "orchestration-abc", DisplayName = "Python (orchestration-abc)",
            }, CancellationToken.None);

            Assert.Equal(
                "-m ipykernel install --prefix \"/ws/env\" --name \"orchestration-abc\" --display-name \"Python (orchestration-abc)\"",
                fixture.Runner.LastArguments);
        }
    }

    [Fact]
    public void Every_python_call_silences_the_debugger_warning_of_frozen_modules()
    {
        fixture.Context.PythonEvaluate("print(1)", new PythonSettings { ToolPath = FakeExecutable.Path("python3") }, null, CancellationToken.None);

        Assert.Equal("-c \"print(1)\"", fixture.Runner.LastArguments);
        Assert.Equal("1", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["PYDEVD_DISABLE_FILE_VALIDATION"]);
    }
}
