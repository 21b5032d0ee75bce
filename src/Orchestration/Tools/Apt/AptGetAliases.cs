using Cake.Core;
using Orchestration.Tools.Apt.Install;
using Orchestration.Tools.Apt.Update;

namespace Orchestration.Tools.Apt;

/// <summary>Aliases for apt-get.</summary>
internal static class AptGetAliases
{
    /// <summary>Reads the package lists anew.</summary>
    public static void AptGetUpdate(this ICakeContext context, AptGetUpdateSettings settings, CancellationToken cancellationToken) =>
        new AptGetUpdateRunner(context).Update(settings, cancellationToken);

    /// <summary>Installs the packages.</summary>
    public static void AptGetInstall(this ICakeContext context, AptGetInstallSettings settings, IEnumerable<string> packages, CancellationToken cancellationToken) =>
        new AptGetInstallRunner(context).Install(settings, packages, cancellationToken);
}
