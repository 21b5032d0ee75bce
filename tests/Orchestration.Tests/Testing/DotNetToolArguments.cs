using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.DotNet;
using Orchestration.Tools.DotNet.Test;

namespace Orchestration.Tests.Testing;

public static class DotNetToolArguments
{
    public sealed class DotNetTest
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void The_project_then_nologo_the_loggers_and_the_filter()
        {
            var settings = new DotNetTestSettings { NoLogo = true, Filter = "FullyQualifiedName~Checkout" };
            settings.Loggers.Add("console;verbosity=normal");
            settings.Loggers.Add("trx;LogFileName=/a/tests/u.trx");

            fixture.Context.DotNetTest(settings, "/r/tests/U/U.csproj", null, CancellationToken.None);

            Assert.Equal(
                "test \"/r/tests/U/U.csproj\" --nologo --logger \"console;verbosity=normal\" --logger \"trx;LogFileName=/a/tests/u.trx\" --filter \"FullyQualifiedName~Checkout\"",
                fixture.Runner.LastArguments);
        }

        [Fact]
        public void Without_options_only_the_project_is_passed()
        {
            fixture.Context.DotNetTest(new DotNetTestSettings(), "U.csproj", null, CancellationToken.None);

            Assert.Equal("test \"U.csproj\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void A_broken_run_names_the_command_line_the_folder_the_exit_code_and_the_error()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["error CS1002: ; expected"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.DotNetTest(
                new DotNetTestSettings { WorkingDirectory = "/r" }, "U.csproj", new ToolRunOptions { ExpectedFailure = _ => false, FailureHint = "It did not build." }, CancellationToken.None));

            Assert.Equal(["dotnet test exited with code 1.", "> dotnet test \"U.csproj\"", "@ /r", "  error CS1002: ; expected", "It did not build."], failure.Message.Split('\n'));
        }

        [Fact]
        public void An_expected_failure_is_returned_for_the_caller_to_read()
        {
            fixture.Runner.Answer(exitCode: 1);

            var result = fixture.Context.DotNetTest(new DotNetTestSettings(), "U.csproj", new ToolRunOptions { ExpectedFailure = r => r.ExitCode == 1 }, CancellationToken.None);

            Assert.Equal(1, result.ExitCode);
        }
    }
}
