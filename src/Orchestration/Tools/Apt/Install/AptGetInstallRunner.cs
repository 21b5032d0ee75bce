using Cake.Core;
using Cake.Core.IO;

namespace Orchestration.Tools.Apt.Install;

/// <summary>Runs <c>apt-get install</c>.</summary>
internal sealed class AptGetInstallRunner(ICakeContext context) : AptGetTool<AptGetInstallSettings>(context)
{
    public void Install(AptGetInstallSettings settings, IEnumerable<string> packages, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, packages), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(AptGetInstallSettings settings, IEnumerable<string> packages)
    {
        ArgumentNullException.ThrowIfNull(packages);
        var arguments = Command("install", settings);
        if (settings.AssumeYes)
        {
            arguments.Append("-y");
        }

        if (settings.NoInstallRecommends)
        {
            arguments.Append("--no-install-recommends");
        }

        var count = 0;
        foreach (var package in packages)
        {
            arguments.AppendQuoted(package);
            count++;
        }

        return count > 0 ? arguments : throw new ArgumentException("apt-get install needs at least one package.", nameof(packages));
    }
}
