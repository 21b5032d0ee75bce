using Orchestration.MachineServices.Prerequisites;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Apt;
using Orchestration.Tools.Apt.DpkgQueryShow;
using Orchestration.Tools.Apt.Install;
using Orchestration.Tools.Apt.Update;

namespace Orchestration.Tests.MachineServices;

public static class AptToolArguments
{
    public sealed class AptGetUpdate
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Updates_quietly_waiting_ten_minutes_for_the_dpkg_lock()
        {
            fixture.Context.AptGetUpdate(new AptGetUpdateSettings(), CancellationToken.None);

            Assert.Equal("update -qq -o DPkg::Lock::Timeout=600", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Never_asks_a_question()
        {
            fixture.Context.AptGetUpdate(new AptGetUpdateSettings { LockTimeout = TimeSpan.FromSeconds(30) }, CancellationToken.None);

            Assert.Equal("update -qq -o DPkg::Lock::Timeout=30", fixture.Runner.LastArguments);
            Assert.Equal("noninteractive", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["DEBIAN_FRONTEND"]);
        }
    }

    public sealed class AptGetInstall
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Installs_the_packages_without_questions_or_recommended_extras()
        {
            fixture.Context.AptGetInstall(new AptGetInstallSettings { AssumeYes = true, NoInstallRecommends = true }, ["python3-venv", "python3-sklearn"], CancellationToken.None);

            Assert.Equal("install -qq -o DPkg::Lock::Timeout=600 -y --no-install-recommends \"python3-venv\" \"python3-sklearn\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Passes_only_the_packages_by_default()
        {
            fixture.Context.AptGetInstall(new AptGetInstallSettings(), ["git"], CancellationToken.None);

            Assert.Equal("install -qq -o DPkg::Lock::Timeout=600 \"git\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void A_failure_names_the_command_line_the_folder_the_exit_code_and_apts_error()
        {
            fixture.Runner.Answer(exitCode: 100, error: ["E: Unable to locate package python3-nope"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.AptGetInstall(
                new AptGetInstallSettings { WorkingDirectory = "/tmp" }, ["python3-nope"], CancellationToken.None));

            Assert.Equal(
                ["apt-get exited with code 100.", "> apt-get install -qq -o DPkg::Lock::Timeout=600 \"python3-nope\"", "@ /tmp", "  E: Unable to locate package python3-nope"],
                failure.Message.Split('\n'));
        }
    }

    public sealed class DpkgQueryShow
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Shows_the_packages_in_the_given_format()
        {
            fixture.Runner.Answer(output: ["bash installed"]);

            var lines = fixture.Context.DpkgQueryShow(new DpkgQueryShowSettings { ShowFormat = "${Package} ${db:Status-Status}\\n" }, ["bash"], CancellationToken.None);

            Assert.Equal("--show \"--showformat=${Package} ${db:Status-Status}\\n\" \"bash\"", fixture.Runner.LastArguments);
            Assert.Equal(["bash installed"], lines);
        }

        [Fact]
        public void Unknown_packages_are_left_out_not_a_failure()
        {
            fixture.Runner.Answer(exitCode: 1, output: ["bash installed"], error: ["dpkg-query: no packages found matching nope"]);

            var lines = fixture.Context.DpkgQueryShow(new DpkgQueryShowSettings(), ["bash", "nope"], CancellationToken.None);

            Assert.Equal("--show \"bash\" \"nope\"", fixture.Runner.LastArguments);
            Assert.Equal(["bash installed"], lines);
        }
    }

    public sealed class MissingPackages
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Are_the_ones_dpkg_does_not_report_installed_in_the_order_asked()
        {
            fixture.Runner.Answer(exitCode: 1, output: ["bash installed", "python3-venv config-files", "libc6:amd64 installed"]);

            var missing = SystemPackages.Missing(fixture.Context, ["python3-venv", "bash", "nope", "libc6"], CancellationToken.None);

            Assert.Equal(["python3-venv", "nope"], missing);
        }
    }
}
