using Cake.Core;
using Orchestration.Tools.Conda.Version;

namespace Orchestration.Tools.Conda;

/// <summary>Aliases for conda (or mamba).</summary>
internal static partial class CondaAliases
{
    /// <summary>What <c>conda --version</c> says.</summary>
    public static string CondaVersion(this ICakeContext context, CondaVersionSettings settings, CancellationToken cancellationToken) =>
        new CondaVersionRunner(context).Version(settings, cancellationToken);
}
