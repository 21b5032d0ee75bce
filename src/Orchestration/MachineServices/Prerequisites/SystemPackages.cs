using Cake.Common.Diagnostics;
using Cake.Core;
using Orchestration.Pipeline;
using Orchestration.Tools.Apt;
using Orchestration.Tools.Apt.DpkgQueryShow;
using Orchestration.Tools.Apt.Install;
using Orchestration.Tools.Apt.Update;

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

        var missing = Missing(context, packages, cancellationToken);
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
        if (!updated)
        {
            context.AptGetUpdate(new AptGetUpdateSettings(), cancellationToken);
            updated = true;
        }

        context.AptGetInstall(new AptGetInstallSettings { AssumeYes = true, NoInstallRecommends = true }, missing, cancellationToken);
    }

    /// <summary>The packages of <paramref name="packages"/> that dpkg does not report installed (unknown ones included), in the order given.</summary>
    internal static IReadOnlyList<string> Missing(ICakeContext context, IEnumerable<string> packages, CancellationToken cancellationToken)
    {
        var wanted = packages.ToList();
        var installed = context.DpkgQueryShow(new DpkgQueryShowSettings { ShowFormat = "${Package} ${db:Status-Status}\\n" }, wanted, cancellationToken)
            .Select(line => line.Split(' ', 2))
            .Where(parts => parts.Length == 2 && parts[1] == "installed")
            .Select(parts => parts[0].Split(':')[0])
            .ToHashSet(StringComparer.Ordinal);
        return [.. wanted.Where(package => !installed.Contains(package))];
    }
}
