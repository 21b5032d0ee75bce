namespace Orchestration.IntegrationTests.Support;

/// <summary>This repository's root folder (the one holding Orchestration.sln).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Orchestration.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Orchestration.sln above {AppContext.BaseDirectory}.");
    }
}
