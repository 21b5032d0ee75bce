using Cake.Core;

namespace Orchestration.Pipeline;

/// <summary>
/// Bad input — a configuration file, an argument, an environment variable — that the user must fix.
/// The host ends the run with exit code 2 and this message only.
/// </summary>
internal static class ConfigurationError
{
    public const int ExitCode = 2;

    public static CakeException Create(string message) => new(ExitCode, message);
}
