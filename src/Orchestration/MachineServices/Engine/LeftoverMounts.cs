using Cake.Core;
using Orchestration.Tools.Mount;

namespace Orchestration.MachineServices.Engine;

/// <summary>
/// What a stopped private engine can leave mounted in its own folders (dockerd's network namespace
/// file, exec-root/netns/default): unmounted so the folders can be reused or deleted. Only mount
/// points under the engine's folders are touched.
/// </summary>
internal static class LeftoverMounts
{
    public static void Unmount(ICakeContext context, IReadOnlyCollection<string> roots, CancellationToken cancellationToken)
    {
        foreach (var mountPoint in Under(File.ReadAllLines("/proc/self/mountinfo"), roots))
        {
            context.Umount(new UmountSettings(), mountPoint, cancellationToken);
        }
    }

    /// <summary>The mount points under <paramref name="roots"/>, deepest first (mountinfo's fifth field, octal escapes decoded).</summary>
    internal static IReadOnlyList<string> Under(IEnumerable<string> mountInfo, IReadOnlyCollection<string> roots) =>
        [.. mountInfo
            .Select(line => line.Split(' '))
            .Where(fields => fields.Length > 4)
            .Select(fields => Decode(fields[4]))
            .Where(point => roots.Any(root => point.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(point => point.Length)];

    private static string Decode(string field) =>
        System.Text.RegularExpressions.Regex.Replace(field, @"\\([0-7]{3})", match => ((char)Convert.ToInt32(match.Groups[1].Value, 8)).ToString());
}
