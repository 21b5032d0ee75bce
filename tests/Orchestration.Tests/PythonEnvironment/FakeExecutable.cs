namespace Orchestration.Tests.PythonEnvironment;

/// <summary>An empty file standing for a program: the process layer only checks that the tool's path exists.</summary>
internal static class FakeExecutable
{
    private static readonly string Folder = Fakes.TestRunFolder.Create("orchestration-fake-tools-");

    public static string Path(string name)
    {
        var path = System.IO.Path.Combine(Folder, name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, string.Empty);
        }

        return path;
    }
}
