using Cake.Core;

namespace Orchestration.Tools.Conda;

/// <summary>Which conda (or mamba, which takes the same arguments) this machine has.</summary>
internal static class CondaExecutable
{
    public const string MissingHint =
        "environment.yml needs conda (or mamba). Install Miniforge (https://conda-forge.org/download/) and put its bin folder on PATH, " +
        "or set CONDA_EXE; or describe the environment with a requirements.txt instead.";

    public static readonly IReadOnlyList<string> Names = ["conda", "mamba"];

    /// <summary>The conda this machine would use, or null: CONDA_EXE (set by an activated conda), then conda or mamba on PATH.</summary>
    public static string? Locate(ICakeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fromEnvironment = context.Environment.GetEnvironmentVariable("CONDA_EXE");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return fromEnvironment;
        }

        return Names.Select(name => context.Tools.Resolve(name)?.FullPath).FirstOrDefault(path => path is not null);
    }
}
