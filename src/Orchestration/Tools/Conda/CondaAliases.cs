using Cake.Core;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda;

/// <summary>Aliases for conda (or mamba).</summary>
internal static class CondaAliases
{
    public static ToolResult CondaEnvCreate(this ICakeContext context, CondaEnvCreateSettings settings, ToolRunOptions? options = null) =>
        new CondaTool(context).EnvCreate(settings, options);

    public static IReadOnlyList<string> CondaListExport(this ICakeContext context, string prefix, CondaSettings settings) =>
        new CondaTool(context).ListExport(settings, prefix);
}
