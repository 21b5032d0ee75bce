namespace Orchestration.Mlflow;

/// <summary>
/// Where a run's artifacts are uploaded: a run whose artifact URI is <c>mlflow-artifacts:/1/abc/artifacts</c>
/// (or <c>mlflow-artifacts://host:port/1/abc/artifacts</c>) stores them through the server's artifact proxy at
/// <c>api/2.0/mlflow-artifacts/artifacts/1/abc/artifacts/FILE</c>. Other stores (s3://, a shared folder) need
/// MLflow's own clients: the build cannot upload there.
/// </summary>
internal static class ArtifactLocation
{
    public const string Scheme = "mlflow-artifacts";
    private const string ProxyPath = "api/2.0/mlflow-artifacts/artifacts/";

    /// <summary>The proxy URL (relative to the tracking URI, or absolute when the URI names another server) of one artifact.</summary>
    public static Uri ProxyUrl(Uri trackingUri, string artifactUri, string artifactPath)
    {
        ArgumentNullException.ThrowIfNull(trackingUri);
        if (!Uri.TryCreate(artifactUri, UriKind.Absolute, out var uri) || uri.Scheme != Scheme)
        {
            throw new MlflowException(
                $"The run's artifacts go to '{artifactUri}', which the build cannot upload to: only runs whose artifact URI is {Scheme}:/… " +
                "(a server started with --serve-artifacts) take artifacts through the REST API.");
        }

        var root = string.IsNullOrEmpty(uri.Authority) ? trackingUri : new Uri($"{trackingUri.Scheme}://{uri.Authority}/");
        var path = uri.AbsolutePath.Trim('/');
        var file = string.Join('/', artifactPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString));
        return new Uri(root, ProxyPath + (path.Length == 0 ? string.Empty : path + "/") + file);
    }
}
