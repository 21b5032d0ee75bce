using System.Text;
using System.Text.Json;
using Orchestration.IntegrationTests.Support;
using Orchestration.Tooling;

namespace Orchestration.IntegrationTests.EndToEnd;

/// <summary>
/// The whole flow on the bundled sample, as a user runs it: a fresh clone, <c>./build.sh</c> up to Plan,
/// a refused Apply, an approved Apply, the deployed endpoint answering, then Destroy and DockerStop.
/// </summary>
public sealed class TheSamplePipeline : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-e2e");
    private readonly string clone;
    private readonly int port = LoopbackPort.Free();

    public TheSamplePipeline()
    {
        clone = folder.Combine("repository");
        new ProgramTool(RealContext.Create(), "git").Run(null, "clone", "--quiet", RepositoryRoot.Path, clone);
    }

    [Fact]
    public async Task Deploys_the_sample_model_locally_only_after_its_plan_is_approved()
    {
        Build("--target=Plan", "--environment=local", $"--endpoint-port={port}");
        var hash = File.ReadAllText(Path.Combine(clone, "artifacts", "plan", "local", "plan.sha256")).Split(' ')[0];

        var refused = Assert.Throws<ToolFailedException>(() => Build("--target=Apply", "--exclusive", "--environment=local"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"--approve={hash}", refused.Message, StringComparison.Ordinal);

        Build("--target=Apply", "--exclusive", "--environment=local", $"--approve={hash}", "--approver=e2e-test");
        var predictions = await Predict(1.5, 10);
        Assert.Equal(2, predictions.Length);
        Assert.True(predictions[1] > predictions[0], "salary grows with experience");

        Build("--target=Plan", "--exclusive", "--environment=local", $"--endpoint-port={port}");
        Assert.Equal("false", File.ReadAllText(Path.Combine(clone, "artifacts", "plan", "local", "has-changes")).Trim());
    }

    public void Dispose()
    {
        LocalDeployment.TearDown(clone, port, TryBuild);
        folder.Dispose();
    }

    private ToolResult Build(params string[] arguments) =>
        new ProgramTool(RealContext.Create(), Path.Combine(clone, "build.sh")).Run(
            new ToolRunOptions { StandardInput = string.Empty },
            clone,
            new Dictionary<string, string> { ["NO_COLOR"] = "1" },
            arguments);

    private void TryBuild(params string[] arguments)
    {
        try
        {
            Build(arguments);
        }
        catch (ToolFailedException)
        {
            // Clean-up of a test that failed half-way: what is not there cannot be removed.
        }
    }

    private async Task<double[]> Predict(params double[] years)
    {
        using var client = new HttpClient();
        var body = JsonSerializer.Serialize(new { years_of_experience = years });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"http://127.0.0.1:{port}/invocations"), content);
        response.EnsureSuccessStatusCode();
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. answer.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetDouble())];
    }
}
