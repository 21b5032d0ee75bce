using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Orchestration.Tooling;

namespace Orchestration.PythonEnvironment;

/// <summary>
/// Where the environment of one hash lives: <c>envs/&lt;hash&gt;</c> is a symbolic link to the folder
/// a build made it in, <c>envs/&lt;hash&gt;.&lt;build&gt;</c>, switched atomically once that folder is
/// complete. A venv cannot be moved (its scripts and kernel name their own path), so the link moves
/// instead: a build stopped halfway, or a straggler of one, only ever writes into its own folder.
/// </summary>
internal sealed class EnvironmentFolder(string environmentsDirectory, string hash)
{
    /// <summary>The path other stages use: <c>envs/&lt;hash&gt;</c>.</summary>
    public string Path { get; } = System.IO.Path.Combine(environmentsDirectory, hash);

    /// <summary>A real folder at <see cref="Path"/> (not a link) without a marker: what a build before run-unique folders left.</summary>
    public bool IsHalfMade => Directory.Exists(Path) || File.Exists(Path) || new FileInfo(Path).LinkTarget is not null;

    /// <summary>A new, empty folder for this build to make the environment in.</summary>
    public string NewStaging()
    {
        Directory.CreateDirectory(environmentsDirectory);
        var staging = Path + "." + string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        Directory.CreateDirectory(staging);
        return staging;
    }

    /// <summary>Makes <paramref name="staging"/> the environment of this hash, and deletes the folders it replaces.</summary>
    public void Publish(string staging)
    {
        var link = staging + ".link";
        File.CreateSymbolicLink(link, System.IO.Path.GetFileName(staging));
        if (Directory.Exists(Path) && new FileInfo(Path).LinkTarget is null)
        {
            Directory.Delete(Path, recursive: true);
        }

        // rename(2) replaces the old link in one step: a reader sees the old environment or the new one.
        if (NativeMethods.Rename(link, Path) != 0)
        {
            throw new IOException($"Could not make {Path} point at {staging} (rename failed with errno {Marshal.GetLastPInvokeError()}).");
        }

        // By name, not a pattern: "HASH.*" would also match HASH itself.
        var prefix = System.IO.Path.GetFileName(Path) + ".";
        foreach (var stale in Directory.EnumerateFileSystemEntries(environmentsDirectory))
        {
            if (System.IO.Path.GetFileName(stale).StartsWith(prefix, StringComparison.Ordinal) && stale != staging)
            {
                Discard(stale);
            }
        }
    }

    public static void Discard(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                File.Delete(path);
            }
            else if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next build that publishes this environment to delete.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
