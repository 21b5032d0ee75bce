using System.Security.Cryptography;
using System.Text;
using Orchestration.Packaging;

namespace Orchestration.Checkout;

/// <summary>
/// The parts of a clone's <c>.git</c> that make git run programs — its config (core.fsmonitor, core.sshCommand,
/// filter and diff drivers, …) and its hooks — as a SHA-256 kept beside the clone. The build's own git commands
/// never change them after the clone, so a reused clone whose state differs was changed by something else (a
/// notebook of an earlier run, which may have been another branch's, can write there) and is cloned afresh
/// rather than trusted.
/// </summary>
internal static class CloneGitState
{
    public enum Comparison
    {
        AsRecorded,
        NotRecorded,
        Changed,
    }

    /// <summary>Where the state of the clone in <paramref name="clone"/> is kept: beside it, out of reach of <c>git clean</c>.</summary>
    public static string FileOf(string clone) => Path.TrimEndingDirectorySeparator(clone) + ".git-state.sha256";

    public static void Record(string clone) =>
        AtomicFile.Write(FileOf(clone), stream => stream.Write(Encoding.ASCII.GetBytes(Compute(clone) + "\n")));

    /// <summary>Before the clone is replaced: a half-made clone has no state to trust.</summary>
    public static void Forget(string clone)
    {
        if (File.Exists(FileOf(clone)))
        {
            File.Delete(FileOf(clone));
        }
    }

    public static Comparison Compare(string clone)
    {
        var file = FileOf(clone);
        if (!File.Exists(file))
        {
            return Comparison.NotRecorded;
        }

        return string.Equals(File.ReadAllText(file).Trim(), Compute(clone), StringComparison.Ordinal) ? Comparison.AsRecorded : Comparison.Changed;
    }

    /// <summary>SHA-256 over .git/config and every file under .git/hooks (relative path and content, in ordinal order).</summary>
    private static string Compute(string clone)
    {
        var git = Path.Combine(clone, ".git");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, "config", Path.Combine(git, "config"));
        var hooks = Path.Combine(git, "hooks");
        if (Directory.Exists(hooks))
        {
            foreach (var hook in Directory.EnumerateFiles(hooks, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(hash, Path.GetRelativePath(git, hook), hook);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Add(IncrementalHash hash, string name, string file)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(name + "\0"));
        hash.AppendData(File.Exists(file) ? File.ReadAllBytes(file) : []);
        hash.AppendData("\0"u8);
    }
}
