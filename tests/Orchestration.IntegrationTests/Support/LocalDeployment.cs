namespace Orchestration.IntegrationTests.Support;

/// <summary>The end of a test that deployed the sample from a clone, whether it passed or failed half-way.</summary>
internal static class LocalDeployment
{
    /// <summary>
    /// Removes what the clone deployed to <c>local</c> as a user would (a destroy plan, then the approved destroy) and
    /// stops the clone's private Docker engine. <paramref name="tryBuild"/> runs <c>./build.sh</c> in the clone and
    /// ignores its failures: what a test that failed half-way never made cannot be removed.
    /// </summary>
    public static void TearDown(string clone, int port, Action<string[]> tryBuild)
    {
        ArgumentNullException.ThrowIfNull(tryBuild);
        tryBuild(["--target=Destroy", "--environment=local", $"--endpoint-port={port}"]);
        var destroyPlan = Path.Combine(clone, "artifacts", "plan", "local", "destroy", "plan.sha256");
        if (File.Exists(destroyPlan))
        {
            tryBuild(["--target=Destroy", "--environment=local", $"--approve={File.ReadAllText(destroyPlan).Split(' ')[0]}"]);
        }

        tryBuild(["--target=DockerStop"]);
    }
}
