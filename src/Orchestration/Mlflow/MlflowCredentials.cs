using System.Net.Http.Headers;
using System.Text;
using Orchestration.Tooling;

namespace Orchestration.Mlflow;

/// <summary>
/// How the build authenticates to the tracking server, read from the environment only (the variables
/// MLflow's own clients read): <c>MLFLOW_TRACKING_TOKEN</c> as a bearer token, else
/// <c>MLFLOW_TRACKING_USERNAME</c>/<c>MLFLOW_TRACKING_PASSWORD</c> as basic authentication.
/// </summary>
public sealed class MlflowCredentials
{
    public const string TokenVariable = "MLFLOW_TRACKING_TOKEN";
    public const string UsernameVariable = "MLFLOW_TRACKING_USERNAME";
    public const string PasswordVariable = "MLFLOW_TRACKING_PASSWORD";

    private readonly AuthenticationHeaderValue? header;

    private MlflowCredentials(AuthenticationHeaderValue? header, string description)
    {
        this.header = header;
        Description = description;
    }

    public static MlflowCredentials None { get; } = new(null, "no credentials");

    /// <summary>Which kind of credentials is used, never their value (for error messages).</summary>
    public string Description { get; }

    /// <summary>The credentials in the environment, registered as secrets so that no output shows them.</summary>
    public static MlflowCredentials FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var token = read(TokenVariable);
        if (!string.IsNullOrEmpty(token))
        {
            SecretMasker.Add(token);
            return new MlflowCredentials(new AuthenticationHeaderValue("Bearer", token), $"the bearer token in {TokenVariable}");
        }

        var username = read(UsernameVariable);
        var password = read(PasswordVariable);
        if (string.IsNullOrEmpty(username) && string.IsNullOrEmpty(password))
        {
            return None;
        }

        SecretMasker.Add(password);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}"));
        SecretMasker.Add(basic);
        return new MlflowCredentials(new AuthenticationHeaderValue("Basic", basic), $"{UsernameVariable}/{PasswordVariable}");
    }

    public void Apply(HttpRequestHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.Authorization = header;
    }
}
