using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Apt;

/// <summary>Installs Debian packages, non-interactively and without recommended extras.</summary>
internal sealed class AptGet(ICakeContext context) : CommandLineTool<PackageToolSettings>(context)
{
    public void Update() => Execute(Settings(), new ProcessArgumentBuilder().Append("update").Append("-qq"));

    public void Install(IEnumerable<string> packages)
    {
        var arguments = new ProcessArgumentBuilder().Append("install").Append("-y").Append("-qq").Append("--no-install-recommends");
        foreach (var package in packages)
        {
            arguments.Append(package);
        }

        Execute(Settings(), arguments);
    }

    private static PackageToolSettings Settings()
    {
        var settings = new PackageToolSettings();
        settings.EnvironmentVariables["DEBIAN_FRONTEND"] = "noninteractive";
        return settings;
    }

    protected override string GetToolName() => "apt-get";

    protected override IEnumerable<string> GetToolExecutableNames() => ["apt-get"];
}
