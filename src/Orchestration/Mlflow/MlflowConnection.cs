using System.Globalization;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Tooling;

namespace Orchestration.Mlflow;

/// <summary>
/// Where the tracking server is and how to talk to it: its URI (without credentials in the text
/// form), the credentials from the environment, the time one request may take, and the retries.
/// </summary>
public sealed record MlflowConnection
{
    public const string TimeoutVariable = "MLFLOW_HTTP_REQUEST_TIMEOUT";
    public const string RetriesVariable = "MLFLOW_HTTP_REQUEST_MAX_RETRIES";

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5000/</c> (always ending in a slash).</summary>
    public required Uri TrackingUri { get; init; }

    public MlflowCredentials Credentials { get; init; } = MlflowCredentials.None;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>The URI as people should see it: no user information, secrets masked.</summary>
    public string Display => SecretMasker.Mask(new UriBuilder(TrackingUri) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri.TrimEnd('/'));

    /// <summary>
    /// A connection to an http(s) tracking URI, with credentials, timeout (<c>MLFLOW_HTTP_REQUEST_TIMEOUT</c>, seconds)
    /// and attempts (<c>MLFLOW_HTTP_REQUEST_MAX_RETRIES</c>) from the environment. Any other URI is a usage error.
    /// </summary>
    public static MlflowConnection ForTrackingUri(string trackingUri, string source, Func<string, string?>? read = null)
    {
        ArgumentNullException.ThrowIfNull(trackingUri);
        read ??= Environment.GetEnvironmentVariable;
        if (!Uri.TryCreate(trackingUri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw ConfigurationError.Create(
                $"{source} '{trackingUri}' is not an http(s) URI of an MLflow tracking server (e.g. http://mlflow.example.com:5000). " +
                "The build talks to the server's REST API; file stores and databases are not supported.");
        }

        if (uri.UserInfo.Contains(':', StringComparison.Ordinal))
        {
            SecretMasker.Add(Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        }

        return new MlflowConnection
        {
            TrackingUri = new Uri(uri.AbsoluteUri.TrimEnd('/') + "/"),
            Credentials = MlflowCredentials.FromEnvironment(read),
            RequestTimeout = TimeSpan.FromSeconds(Whole(read, TimeoutVariable, 120, minimum: 1)),
            Retry = RetryPolicy.Default with { MaxAttempts = Whole(read, RetriesVariable, 3, minimum: 0) + 1 },
        };
    }

    private static int Whole(Func<string, string?> read, string variable, int defaultValue, int minimum)
    {
        var text = read(variable);
        if (string.IsNullOrEmpty(text))
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw ConfigurationError.Create($"{variable}='{text}' is not a whole number {minimum} or greater.");
    }
}
