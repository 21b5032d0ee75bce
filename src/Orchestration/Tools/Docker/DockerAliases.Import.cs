using Cake.Core;
using Orchestration.Tools.Docker.Import;

namespace Orchestration.Tools.Docker;

internal static partial class DockerAliases
{
    /// <summary>Imports a root file system tarball as the image <paramref name="reference"/>; returns its ID.</summary>
    public static string DockerImport(this ICakeContext context, DockerImageImportSettings settings, string tarball, string reference, CancellationToken cancellationToken) =>
        new DockerImageImporter(context).Import(settings, tarball, reference, cancellationToken);
}
