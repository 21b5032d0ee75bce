using Cake.Core;

namespace Orchestration.Tools.Tar;

/// <summary>Aliases for tar.</summary>
internal static class TarAliases
{
    /// <summary>Packs <paramref name="members"/> (relative to the settings' directory) into the settings' archive.</summary>
    public static void TarCreate(this ICakeContext context, TarCreateSettings settings, IEnumerable<string> members, CancellationToken cancellationToken) =>
        new TarCreateRunner(context).Create(settings, members, cancellationToken);
}
