using System.Security.Cryptography;
using System.Text;

namespace Orchestration.Docker;

/// <summary>
/// The offline Python base image: a minimal Debian (debootstrap minbase) with the serving packages.
/// Its tag carries a hash of what goes in, so a changed package list is a new image, built once.
/// </summary>
public sealed record BaseImageSpec(string Suite, IReadOnlyList<string> Packages)
{
    public const string Repository = "local/python-sklearn";

    /// <summary>Python with scikit-learn, joblib and numpy from Debian: the versions the notebooks train with on this machine.</summary>
    public static readonly IReadOnlyList<string> ServingPackages = ["python3-sklearn", "python3-joblib", "python3-numpy"];

    public static BaseImageSpec For(string suite) => new(suite, ServingPackages);

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"variant=minbase\nsuite={Suite}\npackages={string.Join(',', Packages.Order(StringComparer.Ordinal))}\n")))[..12];

    /// <summary>e.g. <c>local/python-sklearn:bookworm-0123456789ab</c>.</summary>
    public string Tag => $"{Repository}:{Suite}-{Hash}";

    /// <summary>The cached root file system tarball's file name.</summary>
    public string TarballName => $"python-sklearn-{Suite}-{Hash}.tar";
}
