using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Mlflow;

/// <summary>
/// How a deployment environment is named in the model registry: the alias of the version serving it is
/// the environment's name (<c>local</c>, <c>staging</c>, <c>production</c>), and the version that served
/// before is recorded on the new holder in the tag <see cref="PreviousVersionTag"/>. Stages
/// (<c>--mlflow-stages</c>) map <c>production</c>/<c>prod</c> to <c>Production</c>, <c>staging</c>/<c>stage</c> to <c>Staging</c>.
/// </summary>
internal static partial class RegistryAlias
{
    /// <summary>The alias for <paramref name="environment"/>; a usage error when MLflow would refuse it as an alias.</summary>
    public static string ForEnvironment(string environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!AliasName().IsMatch(environment) || environment.Equals("latest", StringComparison.OrdinalIgnoreCase) || VersionName().IsMatch(environment))
        {
            throw ConfigurationError.Create(
                $"{Terraform.TerraformOptions.Environment}={environment} cannot name an MLflow registry alias: the alias of an environment is its name, which must be letters, digits, '_' or '-' " +
                "(at most 255), and neither 'latest' nor 'v' followed by digits.");
        }

        return environment;
    }

    /// <summary>The registry stage an environment maps to with --mlflow-stages, or null for one without a stage (e.g. <c>local</c>).</summary>
    public static string? Stage(string environment) => environment.ToUpperInvariant() switch
    {
        "PRODUCTION" or "PROD" => "Production",
        "STAGING" or "STAGE" => "Staging",
        _ => null,
    };

    /// <summary>Tag keys on the version serving the environment: <c>deployed.ENV.plan_sha256</c>, <c>.approver</c>, <c>.at</c>, <c>.previous_version</c>.</summary>
    public static string DeployedTag(string environment, string what) => $"deployed.{environment}.{what}";

    public static string PreviousVersionTag(string environment) => DeployedTag(environment, "previous_version");

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,255}$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasName();

    [GeneratedRegex(@"^[vV]\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionName();
}
