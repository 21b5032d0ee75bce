using Cake.Core;
using Orchestration.Tools.Conda.List;

namespace Orchestration.Tools.Conda;

internal static partial class CondaAliases
{
    /// <summary>The packages in the environment at the settings' prefix, one line each.</summary>
    public static IReadOnlyList<string> CondaList(this ICakeContext context, CondaListSettings settings, CancellationToken cancellationToken) =>
        new CondaListRunner(context).List(settings, cancellationToken);
}
