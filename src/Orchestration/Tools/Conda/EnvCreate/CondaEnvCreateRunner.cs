using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Conda.EnvCreate;

/// <summary>Runs <c>conda env create</c>.</summary>
internal sealed class CondaEnvCreateRunner(ICakeContext context) : CondaTool<CondaEnvCreateSettings>(context)
{
    public Task<ToolResult> CreateAsync(CondaEnvCreateSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, Arguments(settings), null, cancellationToken);

    private static ProcessArgumentBuilder Arguments(CondaEnvCreateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ProcessArgumentBuilder().Append("env").Append("create")
            .Append("--prefix").AppendQuoted(settings.Prefix)
            .Append("--file").AppendQuoted(settings.File);
    }
}
