using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Python;
using Orchestration.Tools.Python.Evaluate;
using Orchestration.Tools.Python.IPyKernelInstall;
using Orchestration.Tools.Python.PipFreeze;
using Orchestration.Tools.Python.PipInstall;
using Orchestration.Tools.Python.Venv;

namespace Orchestration.Tests.PythonEnvironment;

public static class PythonToolArguments
{
    public sealed class PythonEvaluate
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Runs_the_code_with_dash_c_in_the_given_interpreter()
        {
            fixture.Context.PythonEvaluate(new PythonEvaluateSettings { ToolPath = FakeExecutable.Path("python3") }, "print(1)", null, CancellationToken.None);

            Assert.Equal("-c \"print(1)\"", fixture.Runner.LastArguments);
            Assert.Equal(FakeExecutable.Path("python3"), fixture.Runner.Calls[^1].Tool.FullPath);
        }

        [Fact]
        public void Arguments_follow_the_code_for_sys_argv()
        {
            var settings = new PythonEvaluateSettings { ToolPath = FakeExecutable.Path("python3") };
            settings.Arguments.Add("/w/script.py");
            settings.Arguments.Add("a b");

            fixture.Context.PythonEvaluate(settings, "import sys; print(sys.argv)", null, CancellationToken.None);

            Assert.Equal("-c \"import sys; print(sys.argv)\" \"/w/script.py\" \"a b\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void An_exit_code_the_caller_expects_is_an_answer_not_a_failure()
        {
            fixture.Runner.Answer(exitCode: 3);

            var result = fixture.Context.PythonEvaluate(
                new PythonEvaluateSettings { ToolPath = FakeExecutable.Path("python3") }, "import sys; sys.exit(3)", new ToolRunOptions { SuccessExitCodes = [0, 3] }, CancellationToken.None);

            Assert.Equal(3, result.ExitCode);
        }

        [Fact]
        public void A_failure_names_the_tool_command_line_folder_exit_code_and_the_error()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Traceback (most recent call last):", "ZeroDivisionError: division by zero"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.PythonEvaluate(
                new PythonEvaluateSettings { ToolPath = FakeExecutable.Path("python3"), WorkingDirectory = "/p" }, "1/0", null, CancellationToken.None));

            Assert.Equal(
                ["python exited with code 1.", "> python3 -c \"1/0\"", "@ /p", "  Traceback (most recent call last):", "  ZeroDivisionError: division by zero"],
                failure.Message.Split('\n'));
        }
    }

    public sealed class PythonVenv
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Makes_a_venv_that_sees_the_system_packages_when_asked()
        {
            await fixture.Context.PythonVenvAsync(new PythonVenvSettings { ToolPath = FakeExecutable.Path("python3"), SystemSitePackages = true }, "/ws/.work/envs/abc", CancellationToken.None);

            Assert.Equal("-m venv --system-site-packages \"/ws/.work/envs/abc\"", fixture.Runner.LastArguments);
            Assert.Equal(FakeExecutable.Path("python3"), fixture.Runner.Calls[^1].Tool.FullPath);
        }

        [Fact]
        public async Task Makes_an_isolated_venv_otherwise()
        {
            await fixture.Context.PythonVenvAsync(new PythonVenvSettings { ToolPath = FakeExecutable.Path("python3") }, "/ws/env", CancellationToken.None);

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
            Assert.False(fixture.Runner.Calls[^1].Settings.EnvironmentVariables?.ContainsKey("TMPDIR") ?? false, "pip uses the system's temporary folder unless told");
        }

        [Fact]
        public async Task Keeps_its_temporary_folders_where_it_is_told()
        {
            await fixture.Context.PipInstallAsync(
                new PipInstallSettings { ToolPath = FakeExecutable.Path("python"), Requirements = "/p/requirements.txt", TemporaryDirectory = "/envs/x/.pip-tmp" },
                null,
                CancellationToken.None);

            Assert.Equal("/envs/x/.pip-tmp", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["TMPDIR"]);
        }
    }

    public sealed class PipFreeze
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_the_installed_packages()
        {
            fixture.Runner.Answer(output: ["joblib==1.2.0", "scikit-learn==1.2.1"]);

            var packages = fixture.Context.PipFreeze(new PipFreezeSettings { ToolPath = FakeExecutable.Path("python") }, CancellationToken.None);

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

        [Fact]
        public void Keeps_its_temporary_folder_where_it_is_told()
        {
            fixture.Context.IPyKernelInstall(
                new IPyKernelInstallSettings { ToolPath = FakeExecutable.Path("python"), Prefix = "/ws/env", Name = "k", TemporaryDirectory = "/ws/env/.kernel-tmp" },
                CancellationToken.None);

            Assert.Equal("/ws/env/.kernel-tmp", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["TMPDIR"]);
        }

        [Fact]
        public void Without_a_display_name_jupyter_shows_the_kernel_name()
        {
            fixture.Context.IPyKernelInstall(new IPyKernelInstallSettings { ToolPath = FakeExecutable.Path("python"), Prefix = "/ws/env", Name = "k" }, CancellationToken.None);

            Assert.Equal("-m ipykernel install --prefix \"/ws/env\" --name \"k\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class EveryCall
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Silences_the_debugger_warning_of_frozen_modules()
        {
            fixture.Context.PipFreeze(new PipFreezeSettings { ToolPath = FakeExecutable.Path("python3") }, CancellationToken.None);

            Assert.Equal("1", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["PYDEVD_DISABLE_FILE_VALIDATION"]);
        }
    }
}
