namespace Orchestration.IntegrationTests.Support;

/// <summary>
/// A fresh folder under the system temp folder, deleted with everything in it at the end; claimed for this test
/// run by an owner file beside it, so that a later run cleans it up (and stops what runs in it) when this one is
/// killed before its end (see <see cref="LeftoversOfDeadRuns"/>).
/// </summary>
public sealed class TemporaryDirectory : IDisposable
{
    static TemporaryDirectory()
    {
        // The first folder a run makes: before it, what killed runs left.
        try
        {
            foreach (var folder in LeftoversOfDeadRuns.Reap(System.IO.Path.GetTempPath()))
            {
                Console.Error.WriteLine($"Cleaned up {folder}, left by a test run that was killed.");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"Could not clean up what killed test runs left: {exception.Message}");
        }
    }

    public TemporaryDirectory(string prefix = "orchestration-test")
    {
        Path = Directory.CreateTempSubdirectory(prefix + "-").FullName;
        LeftoversOfDeadRuns.Claim(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relativePath, string content)
    {
        var file = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
            LeftoversOfDeadRuns.Release(Path);
        }
        catch (IOException)
        {
            // A process the test started may still hold a file; the temp folder is cleaned by the OS (or by the next run, once this one has ended).
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
