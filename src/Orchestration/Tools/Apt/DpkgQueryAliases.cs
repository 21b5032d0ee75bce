using Cake.Core;
using Orchestration.Tools.Apt.DpkgQueryShow;

namespace Orchestration.Tools.Apt;

/// <summary>Aliases for dpkg-query.</summary>
internal static class DpkgQueryAliases
{
    /// <summary>One line per package dpkg knows, in the settings' format; packages it does not know are left out.</summary>
    public static IReadOnlyList<string> DpkgQueryShow(this ICakeContext context, DpkgQueryShowSettings settings, IEnumerable<string> packages, CancellationToken cancellationToken) =>
        new DpkgQueryShowRunner(context).Show(settings, packages, cancellationToken);
}
