using System.Globalization;
using Orchestration.Configuration;
using Orchestration.Packaging;

namespace Orchestration.Docker.Image;

/// <summary>
/// The serving image's labels: the OCI annotations (title, version, revision, source, created) and
/// the model's identity and SHA-256, so an image says which model it serves and where it came from.
/// No label holds the time of the build: <c>created</c> is when the model was trained (or
/// SOURCE_DATE_EPOCH), and <c>revision</c> the commit it was trained at, so the same inputs give the same labels.
/// </summary>
internal static class ImageLabels
{
    public const string Title = "org.opencontainers.image.title";
    public const string Version = "org.opencontainers.image.version";
    public const string Revision = "org.opencontainers.image.revision";
    public const string Source = "org.opencontainers.image.source";
    public const string Created = "org.opencontainers.image.created";
    public const string ModelIdentity = "org.orchestration.model.identity";
    public const string ModelDataVersion = "org.orchestration.model.data-version";
    public const string ModelVersion = "org.orchestration.model.model-version";
    public const string ModelSha256 = "org.orchestration.model.sha256";

    /// <summary>The SHA-256 of everything the image is built from (see <see cref="ImageInputs"/>).</summary>
    public const string Inputs = "org.orchestration.image.inputs";

    public static IReadOnlyList<KeyValuePair<string, string>> For(ModelIdentity identity, string commit, string source, string modelSha256, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return
        [
            new(Title, identity.Name),
            new(Version, identity.Version),
            new(Revision, commit),
            new(Source, RepositoryUrl.WithoutCredentials(source)), // a clone URL may carry a token; anyone who can pull reads labels
            new(Created, created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new(ModelIdentity, identity.ToString()),
            new(ModelDataVersion, identity.DataVersion.ToString(CultureInfo.InvariantCulture)),
            new(ModelVersion, identity.ModelVersion.ToString(CultureInfo.InvariantCulture)),
            new(ModelSha256, modelSha256),
        ];
    }
}
