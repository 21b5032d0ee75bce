using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Terraform;

public sealed class ReadingReleaseOptions : IDisposable
{
    private readonly TempFolder workspace = new();
    private readonly WorkspacePaths paths;

    public ReadingReleaseOptions()
    {
        workspace.Write("terraform/environments/local/main.tf", string.Empty);
        workspace.Write("terraform/environments/staging/main.tf", string.Empty);
        paths = new WorkspacePaths(workspace.Path);
    }

    public void Dispose() => workspace.Dispose();

    [Fact]
    public void The_defaults_plan_the_local_environment()
    {
        var options = TerraformOptions.Bind(Options(), paths);

        Assert.Equal("local", options.Environment);
        Assert.Equal(Path.Combine(workspace.Path, "terraform", "environments", "local"), options.RootDirectory);
        Assert.Equal(TimeSpan.FromSeconds(60), options.LockTimeout);
        Assert.Equal(TimeSpan.FromSeconds(60), options.SmokeTestTimeout);
        Assert.Null(options.EndpointPort);
        Assert.Null(options.ApprovedHash);
        Assert.False(options.SkipSmokeTest);
    }

    [Fact]
    public void Arguments_choose_the_environment_backend_files_lock_timeout_approval_and_smoke_test()
    {
        var options = TerraformOptions.Bind(
            Options(
                ("environment", "staging"),
                ("backend-config", "a.hcl"),
                ("backend-config", "key=x"),
                ("lock-timeout", "5"),
                ("approve", "abc"),
                ("approver", "dana"),
                ("skip-smoke-test", "true"),
                ("endpoint-port", "9090")),
            paths,
            TerraformOptions.ApproveApply);

        Assert.Equal("staging", options.Environment);
        Assert.Equal(["a.hcl", "key=x"], options.BackendConfig);
        Assert.Equal(TimeSpan.FromSeconds(5), options.LockTimeout);
        Assert.Equal(("abc", "dana", true, 9090), (options.ApprovedHash, options.Approver, options.SkipSmokeTest, options.EndpointPort));
    }

    [Fact]
    public void Plan_reads_no_approval_even_when_one_is_given()
    {
        Assert.Null(TerraformOptions.Bind(Options(("approve", "abc")), paths).ApprovedHash);
    }

    [Fact]
    public void Another_terraform_folder_can_be_named()
    {
        workspace.Write("infra/envs/dev/main.tf", string.Empty);

        var options = TerraformOptions.Bind(Options(("terraform-dir", "infra/envs"), ("environment", "dev")), paths);

        Assert.Equal(Path.Combine(workspace.Path, "infra", "envs", "dev"), options.RootDirectory);
    }

    [Theory]
    [InlineData("environment", "prod", "--environment=prod: no such environment; expected one of: local, staging")]
    [InlineData("endpoint-port", "70000", "--endpoint-port takes a port number from 1 to 65535, not '70000'.")]
    [InlineData("lock-timeout", "1m", "--lock-timeout takes a whole number of seconds greater than 0, not '1m'.")]
    public void Bad_values_are_configuration_errors(string name, string value, string message)
    {
        var error = Assert.Throws<CakeException>(() => TerraformOptions.Bind(Options((name, value)), paths));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static OptionValues Options(params (string Name, string Value)[] arguments) => GivenOptions.With(arguments);
}
