using System.Security.Cryptography;
using System.Text;

namespace Orchestration.MachineServices.BaseImage;

/// <summary>
/// The offline Python base image: a minimal Debian (debootstrap minbase) with the serving packages.
/// Its tag carries a hash of what goes in, so a changed package list is a new image, built once.
/// </summary>
internal sealed record BaseImageSpec(string Suite, IReadOnlyList<string> Packages)
{
    public const string Repository = "local/python-sklearn";

    /// <summary>Python with scikit-learn, joblib and numpy from Debian: the versions the notebooks train with on this machine.</summary>
    public static readonly IReadOnlyList<string> ServingPackages = ["python3-sklearn", "python3-joblib", "python3-numpy"];

    /// <summary>
    /// Removed from the root file system before it is packed: apt's caches, documentation and C headers
    /// (boost's come with scipy's build dependencies), nothing a model server runs. About a third of the size.
    /// </summary>
    public static readonly IReadOnlyList<string> RemovedPaths =
    [
        "var/cache/apt", "var/lib/apt/lists", "usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale", "usr/include",
    ];

    public static BaseImageSpec For(string suite) => new(suite, ServingPackages);

    public string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"variant=minbase\nsuite={Suite}\npackages={string.Join(',', Packages.Order(StringComparer.Ordinal))}\nremoved={string.Join(',', RemovedPaths)}\n")))[..12];

    /// <summary>e.g. <c>local/python-sklearn:bookworm-0123456789ab</c>.</summary>
    public string Tag => $"{Repository}:{Suite}-{Hash}";

    /// <summary>The cached root file system tarball's file name.</summary>
    public string TarballName => $"python-sklearn-{Suite}-{Hash}.tar";
}
