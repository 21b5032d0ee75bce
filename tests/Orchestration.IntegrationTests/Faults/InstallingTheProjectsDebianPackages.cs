using Cake.Core;
using Orchestration.IntegrationTests.Support;
using Orchestration.PythonEnvironment;
using Orchestration.MachineServices.Prerequisites;
using Orchestration.Tools.Apt;

namespace Orchestration.IntegrationTests.Faults;

/// <summary>
/// Fault: on a fresh machine `./build.sh` failed in Environment because nothing installed the Debian packages the
/// model needs (pip then looked for scikit-learn on an unreachable index). A project now declares them in apt.txt;
/// Environment installs the missing ones as root, or stops with the apt-get line, before any venv is made.
/// The tests install and purge Debian's tiny `hello` package (the test run is root).
/// </summary>
public sealed class InstallingTheProjectsDebianPackages : IDisposable
{
    private const string Package = "hello";

    private readonly TemporaryDirectory workspace = new("orchestration-apt");

    public InstallingTheProjectsDebianPackages()
    {
        Purge();
        workspace.Write("project/requirements.txt", "ipykernel\n");
        workspace.Write("project/apt.txt", $"# what this project needs from Debian\npython3-venv\npython3-ipykernel\n{Package}   # a stand-in for a model's library\n");
    }

    [Fact]
    public async Task Missing_packages_are_installed_before_the_venv_is_built()
    {
        var (context, log) = RecordedContext.Create();

        var record = await new PythonEnvironmentBuilder(context).PrepareAsync(Spec(), Options(install: true), CancellationToken.None);

        Assert.Empty(SystemPackages.Missing(context, [Package], CancellationToken.None));
        var installing = log.Lines.ToList().FindIndex(line => line.Contains($"needs {Package}: installing (apt-get install -y --no-install-recommends {Package})", StringComparison.Ordinal));
        var building = log.Lines.ToList().FindIndex(line => line.Contains(": building from requirements.txt", StringComparison.Ordinal));
        Assert.InRange(installing, 0, building - 1);
        Assert.Contains($"Debian packages from apt.txt: python3-venv, python3-ipykernel, {Package} installed.", log.Text, StringComparison.Ordinal);
        Assert.True(File.Exists(record.Python));
    }

    [Fact]
    public async Task Without_permission_to_install_the_build_stops_with_the_apt_get_line_and_builds_nothing()
    {
        var (context, _) = RecordedContext.Create();
        var options = Options(install: false);
        var missing = SystemPackages.Missing(context, ["python3-venv", "python3-ipykernel", Package], CancellationToken.None);

        var error = await Assert.ThrowsAsync<CakeException>(() => new PythonEnvironmentBuilder(context).PrepareAsync(Spec(), options, CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(
            $"The model project (apt.txt) needs Debian packages that are not installed: {string.Join(", ", missing)}. " +
            $"Install them with: sudo apt-get install -y --no-install-recommends {string.Join(' ', missing)}",
            error.Message);
        Assert.False(Directory.Exists(options.EnvironmentsDirectory));
        Assert.NotEmpty(SystemPackages.Missing(context, [Package], CancellationToken.None));
    }

    [Fact]
    public async Task The_sample_declares_every_Debian_package_its_requirements_need_without_an_index()
    {
        var (context, log) = RecordedContext.Create();
        var sample = RepositoryRoot.Combine("samples", "salary-regression");

        var record = await new PythonEnvironmentBuilder(context).PrepareAsync(EnvironmentSpec.Find(sample, "requirements.txt"), Options(install: true), CancellationToken.None);

        // No package index is reachable here: pip succeeded only because apt.txt brought every requirement.
        Assert.Contains(record.Packages, line => line.StartsWith("scikit-learn==", StringComparison.Ordinal));
        Assert.Contains(record.Packages, line => line.StartsWith("pandas==", StringComparison.Ordinal));
        Assert.Contains("Debian packages from apt.txt: python3-venv, python3-sklearn, python3-pandas, python3-joblib, python3-ipykernel installed.", log.Text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Purge();
        workspace.Dispose();
    }

    private EnvironmentSpec Spec() => EnvironmentSpec.Find(workspace.Combine("project"), "requirements.txt");

    private EnvironmentOptions Options(bool install) =>
        new() { EnvironmentsDirectory = workspace.Combine(".work", "envs"), InstallDebianPackages = install };

    private static void Purge()
    {
        var context = RealContext.Create();
        if (SystemPackages.Missing(context, [Package], CancellationToken.None).Count == 0)
        {
            new ProgramTool(context, "apt-get").Run(null, "purge", "-y", "-qq", "-o", $"DPkg::Lock::Timeout={AptGetSettings.DefaultLockTimeoutSeconds}", Package);
        }
    }
}
