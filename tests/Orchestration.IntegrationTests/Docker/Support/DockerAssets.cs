namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>The test Dockerfiles and projects under Docker/Assets, read from the source tree.</summary>
public static class DockerAssets
{
    public static string Path(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Orchestration.IntegrationTests.csproj")))
            {
                return System.IO.Path.Combine(directory.FullName, "Docker", "Assets", name);
            }
        }

        throw new InvalidOperationException("The integration test project's folder was not found above " + AppContext.BaseDirectory);
    }
}
