using Cake.Core;
using Orchestration.Tooling;
using Orchestration.Tools.Conda.EnvCreate;

namespace Orchestration.Tools.Conda;

internal static partial class CondaAliases
{
    /// <summary>Creates the environment the settings' file describes at the settings' prefix.</summary>
    public static Task<ToolResult> CondaEnvCreateAsync(this ICakeContext context, CondaEnvCreateSettings settings, CancellationToken cancellationToken) =>
        new CondaEnvCreateRunner(context).CreateAsync(settings, cancellationToken);
}
