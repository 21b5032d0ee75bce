namespace Orchestration.Tests.Fakes;

/// <summary>A temporary folder for the whole test run (stand-in executables), deleted when the test process exits.</summary>
internal static class TestRunFolder
{
    public static string Create(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Gone already, or in use at exit: nothing worth failing the run for.
            }
        };
        return folder;
    }
}
