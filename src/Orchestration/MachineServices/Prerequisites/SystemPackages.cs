using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Apt;

namespace Orchestration.MachineServices.Prerequisites;

/// <summary>
/// Makes sure the Debian packages a stage needs are installed: as root it installs what is missing;
/// otherwise it stops with the exact apt-get line to run. Set ORCHESTRATION_INSTALL_PACKAGES=false to
/// never install (the check still runs). On a system without dpkg nothing is checked.
/// </summary>
public static class SystemPackages
{
    private static bool updated;

    /// <summary>Whether missing packages are installed: as root, unless ORCHESTRATION_INSTALL_PACKAGES=false.</summary>
    public static bool MayInstall =>
        Environment.IsPrivilegedProcess
        && !string.Equals(Environment.GetEnvironmentVariable("ORCHESTRATION_INSTALL_PACKAGES"), "false", StringComparison.OrdinalIgnoreCase);

    public static void Require(ICakeContext context, string purpose, IReadOnlyCollection<string> packages, CancellationToken cancellationToken) =>
        Require(context, purpose, MayInstall, packages, cancellationToken);

    public static void Require(ICakeContext context, string purpose, bool mayInstall, IReadOnlyCollection<string> packages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Tools.Resolve("dpkg-query") is null)
        {
            context.Verbose("No dpkg-query here: not checking the Debian packages {0} needs.", purpose);
            return;
        }

        var missing = new DpkgQuery(context).Missing(packages, cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        var line = "apt-get install -y --no-install-recommends " + string.Join(' ', missing);
        if (!mayInstall)
        {
            throw ConfigurationError.Create(
                $"{purpose} needs Debian packages that are not installed: {string.Join(", ", missing)}. Install them with: sudo {line}");
        }

        context.Information("{0} needs {1}: installing ({2}).", purpose, string.Join(", ", missing), line);
        var apt = new AptGet(context);
        if (!updated)
        {
            apt.Update(cancellationToken);
            updated = true;
        }

        apt.Install(missing, cancellationToken);
    }
}
