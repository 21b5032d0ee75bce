using Orchestration.Tests.Fakes;
using Orchestration.Tools.StartStopDaemon;
using Orchestration.Tools.StartStopDaemon.Start;
using Orchestration.Tools.StartStopDaemon.Stop;

namespace Orchestration.Tests.MachineServices;

public static class StartStopDaemonToolArguments
{
    public sealed class StartStopDaemonStart
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void A_server_starts_detached_with_its_output_in_a_file_and_its_arguments_after_a_double_dash()
        {
            fixture.Context.StartStopDaemonStart(
                new StartStopDaemonStartSettings { Background = true, PidFile = "/w/registry.pid", Output = "/w/registry.log", MakePidFile = true },
                "/usr/bin/docker-registry",
                ["serve", "/w/config.yml"],
                CancellationToken.None);

            Assert.Equal(
                "--start --background --pidfile \"/w/registry.pid\" --output \"/w/registry.log\" --make-pidfile --exec \"/usr/bin/docker-registry\" -- \"serve\" \"/w/config.yml\"",
                fixture.Runner.LastArguments);
        }

        [Fact]
        public void Without_options_only_the_pid_file_and_the_program_are_passed()
        {
            fixture.Context.StartStopDaemonStart(new StartStopDaemonStartSettings { PidFile = "/w/d.pid" }, "/usr/bin/dockerd", [], CancellationToken.None);

            Assert.Equal("--start --pidfile \"/w/d.pid\" --exec \"/usr/bin/dockerd\" --", fixture.Runner.LastArguments);
        }
    }

    public sealed class StartStopDaemonStop
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Stops_the_pid_files_process_only_if_it_runs_the_program_term_then_kill()
        {
            fixture.Context.StartStopDaemonStop(
                new StartStopDaemonStopSettings
                {
                    PidFile = "/w/registry.pid", Executable = "/usr/bin/docker-registry", TermGrace = TimeSpan.FromSeconds(29.5), RemovePidFile = true, OkNoDo = true,
                },
                CancellationToken.None);

            Assert.Equal(
                "--stop --pidfile \"/w/registry.pid\" --exec \"/usr/bin/docker-registry\" --retry TERM/30/KILL/5 --remove-pidfile --oknodo",
                fixture.Runner.LastArguments);
        }

        [Fact]
        public void Without_options_sends_term_once_to_the_pid_files_process()
        {
            fixture.Context.StartStopDaemonStop(new StartStopDaemonStopSettings { PidFile = "/w/d.pid" }, CancellationToken.None);

            Assert.Equal("--stop --pidfile \"/w/d.pid\"", fixture.Runner.LastArguments);
        }
    }
}
