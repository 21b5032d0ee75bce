using System.Net.Http.Headers;

namespace Orchestration.Mlflow;

internal sealed partial class MlflowClient
{
    /// <summary>Uploads a file as the run's artifact <paramref name="artifactPath"/> (e.g. <c>notebooks/train.ipynb</c>) through the artifact proxy.</summary>
    public Task UploadArtifactAsync(MlflowRun run, string file, string artifactPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        return UploadArtifactAsync(run.ArtifactUri, file, artifactPath, cancellationToken);
    }

    /// <summary>Uploads a file under an <c>mlflow-artifacts:/…</c> root (a run's, or one of the build's own) through the artifact proxy.</summary>
    public async Task UploadArtifactAsync(string artifactUri, string file, string artifactPath, CancellationToken cancellationToken = default)
    {
        var url = ArtifactLocation.ProxyUrl(Connection.TrackingUri, artifactUri, artifactPath);
        await transport.SendAsync(
            HttpMethod.Put,
            url,
            () =>
            {
                var content = new StreamContent(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20));
                content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                return content;
            },
            (_, _) => false,
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An artifact's content, as text.</summary>
    public async Task<string> ReadArtifactAsync(MlflowRun run, string artifactPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        var url = ArtifactLocation.ProxyUrl(Connection.TrackingUri, run.ArtifactUri, artifactPath);
        var (_, body) = await transport.SendAsync(HttpMethod.Get, url, () => null, (_, _) => false, cancellationToken).ConfigureAwait(false);
        return body;
    }
}
