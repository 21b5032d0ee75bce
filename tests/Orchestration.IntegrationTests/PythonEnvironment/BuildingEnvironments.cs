using System.Text.Json.Nodes;
using Orchestration.IntegrationTests.Support;
using Orchestration.Pipeline;
using Orchestration.PythonEnvironment;

namespace Orchestration.IntegrationTests.PythonEnvironment;

[Collection(SharedPythonEnvironment.Name)]
public sealed class BuildingEnvironments(PythonEnvironmentFixture fixture)
{
    [Fact]
    public void A_new_environment_is_built_in_a_folder_of_its_own_linked_from_its_hash_with_its_kernel_registered()
    {
        var record = fixture.Record;
        var hashPath = Path.Combine(fixture.Options.EnvironmentsDirectory, record.SpecHash);

        Assert.False(record.Reused);
        Assert.StartsWith(hashPath + ".", record.Directory, StringComparison.Ordinal);
        Assert.Equal(Path.GetFileName(record.Directory), new DirectoryInfo(hashPath).LinkTarget);
        Assert.Equal("orchestration-" + record.SpecHash, record.KernelName);
        var kernelSpec = JsonNode.Parse(File.ReadAllText(Path.Combine(record.JupyterPath, "kernels", record.KernelName, "kernel.json")))!;
        Assert.Equal(record.Python, kernelSpec["argv"]![0]!.GetValue<string>());
        Assert.Matches(@"^3\.\d+\.\d+$", record.PythonVersion);
        Assert.Contains(record.Packages, line => line.StartsWith("ipykernel==", StringComparison.Ordinal));
        Assert.Contains("building from requirements.txt", fixture.BuildLog.Text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(record.Directory, ".pip-tmp")), "pip's temporary folder was left in the environment");
        Assert.False(Directory.Exists(Path.Combine(record.Directory, ".kernel-tmp")), "ipykernel's temporary folder was left in the environment");
    }

    [Fact]
    public async Task Preparing_the_same_environment_again_reuses_it()
    {
        var (context, log) = RecordedContext.Create();

        var again = await new PythonEnvironmentBuilder(context).PrepareAsync(fixture.Spec, fixture.Options, CancellationToken.None);

        Assert.True(again.Reused);
        Assert.Equal(fixture.Record with { Reused = true }, again with { Packages = fixture.Record.Packages });
        Assert.Equal(fixture.Record.Packages, again.Packages);
        Assert.Contains($"Python environment {fixture.Record.Directory}: reused", log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("-m venv", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_half_made_environment_is_deleted_and_built_again()
    {
        using var workspace = new TemporaryDirectory("orchestration-env-partial");
        workspace.Write("project/requirements.txt", PythonEnvironmentFixture.Requirements);
        var leftover = workspace.Write($".work/envs/{fixture.Record.SpecHash}/bin/half-written", "stopped here");
        var options = fixture.Options with { EnvironmentsDirectory = workspace.Combine(".work", "envs") };
        var (context, log) = RecordedContext.Create();

        var record = await new PythonEnvironmentBuilder(context).PrepareAsync(EnvironmentSpec.Find(workspace.Combine("project"), "requirements.txt"), options, CancellationToken.None);

        Assert.False(record.Reused);
        Assert.Equal(fixture.Record.SpecHash, record.SpecHash);
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(record.Python));
        Assert.Contains("was left half-made by an earlier run: deleting it and building it again", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_environment_without_ipykernel_fails_saying_what_to_add()
    {
        using var workspace = new TemporaryDirectory("orchestration-env-no-kernel");
        workspace.Write("project/requirements.txt", "# nothing: the notebook forgot its kernel\n");
        var options = new EnvironmentOptions { EnvironmentsDirectory = workspace.Combine(".work", "envs"), SystemSitePackages = false };
        var (context, _) = RecordedContext.Create();

        var error = await Assert.ThrowsAnyAsync<Exception>(
            () => new PythonEnvironmentBuilder(context).PrepareAsync(EnvironmentSpec.Find(workspace.Combine("project"), "requirements.txt"), options, CancellationToken.None));

        Assert.StartsWith("ipykernel is missing from the environment built from requirements.txt; add ipykernel to it.", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, Assert.IsType<Cake.Core.CakeException>(error).ExitCode);
    }
}
