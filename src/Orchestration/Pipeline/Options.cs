using Cake.Common;
using Cake.Core;

namespace Orchestration.Pipeline;

/// <summary>
/// Reads a stage's option: the argument (<c>--feed=...</c>) wins over the environment variable
/// (<c>MODEL_FEED</c>), which wins over the default. Secrets are never read from arguments.
/// </summary>
public static class Options
{
    public static string? Get(ICakeContext context, string argument, string? environmentVariable = null, string? defaultValue = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HasArgument(argument))
        {
            return context.Argument<string>(argument);
        }

        var fromEnvironment = environmentVariable is null ? null : context.EnvironmentVariable(environmentVariable);
        return string.IsNullOrEmpty(fromEnvironment) ? defaultValue : fromEnvironment;
    }

    public static string Require(ICakeContext context, string argument, string? environmentVariable = null) =>
        Get(context, argument, environmentVariable)
        ?? throw ConfigurationError.Create(
            $"--{argument} is required" + (environmentVariable is null ? "." : $" (or set {environmentVariable})."));

    public static bool Flag(ICakeContext context, string argument, string? environmentVariable = null)
    {
        var value = Get(context, argument, environmentVariable, "false")!;
        return value.ToLowerInvariant() switch
        {
            "true" or "1" or "yes" => true,
            "false" or "0" or "no" => false,
            _ => throw ConfigurationError.Create($"--{argument} takes true or false, not '{value}'."),
        };
    }

    public static TimeSpan Duration(ICakeContext context, string argument, string? environmentVariable, TimeSpan defaultValue)
    {
        var value = Get(context, argument, environmentVariable);
        if (value is null)
        {
            return defaultValue;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw ConfigurationError.Create($"--{argument} takes a whole number of seconds greater than 0, not '{value}'.");
    }
}
