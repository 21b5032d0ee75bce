using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Apt;

/// <summary>
/// Installs Debian packages, non-interactively and without recommended extras. Waits up to
/// <see cref="LockTimeoutSeconds"/> for another apt or dpkg run on the machine to finish instead of failing at once.
/// </summary>
internal sealed class AptGet(ICakeContext context) : CommandLineTool<PackageToolSettings>(context)
{
    public const int LockTimeoutSeconds = 600;

    public void Update(CancellationToken cancellationToken) => Execute(Settings(), Arguments("update"), null, cancellationToken);

    public void Install(IEnumerable<string> packages, CancellationToken cancellationToken)
    {
        var arguments = Arguments("install").Append("-y").Append("--no-install-recommends");
        foreach (var package in packages)
        {
            arguments.Append(package);
        }

        Execute(Settings(), arguments, null, cancellationToken);
    }

    private static ProcessArgumentBuilder Arguments(string command) =>
        new ProcessArgumentBuilder().Append(command).Append("-qq").Append("-o").Append($"DPkg::Lock::Timeout={LockTimeoutSeconds}");

    private static PackageToolSettings Settings()
    {
        var settings = new PackageToolSettings();
        settings.EnvironmentVariables["DEBIAN_FRONTEND"] = "noninteractive";
        return settings;
    }

    protected override string GetToolName() => "apt-get";

    protected override IEnumerable<string> GetToolExecutableNames() => ["apt-get"];
}
