using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>Aliases for conda (or mamba).</summary>
internal static class CondaAliases
{
    public static Task<ToolResult> CondaEnvCreateAsync(this ICakeContext context, CondaEnvCreateSettings settings, CancellationToken cancellationToken) =>
        new CondaTool(context).EnvCreateAsync(settings, null, cancellationToken);

    public static IReadOnlyList<string> CondaListExport(this ICakeContext context, string prefix, CondaSettings settings, CancellationToken cancellationToken) =>
        new CondaTool(context).ListExport(settings, prefix, cancellationToken);
}
