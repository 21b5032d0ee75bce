using System.Net;
using Orchestration.Docker;
using Orchestration.Docker.Image;
using Orchestration.IntegrationTests.Docker.Support;
using Orchestration.IntegrationTests.Support;
using Orchestration.MachineServices.Engine;

namespace Orchestration.IntegrationTests.Docker;

[Collection(DockerEngineTests.Name)]
public sealed class RunningTheServingContainer(DockerEngineFixture fixture)
{
    [Fact]
    public async Task The_container_answers_ping_on_the_host_network_at_the_port_it_is_given()
    {
        var project = new ServingProject(fixture);
        var record = await new ServingImageBuilder(fixture.Context).BuildAsync(project.Request(), fixture.DockerEngine, project.ContextRoot, CancellationToken.None);
        var port = LoopbackPort.Free();

        var container = fixture.Cli().Run("run", "--detach", "--network", "host", "--env", $"PORT={port}", record.Tags[0]).StandardOutput[^1];
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var response = await Eventually(() => client.GetAsync(new Uri($"http://127.0.0.1:{port}/ping")));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("ok\n", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            fixture.Cli().Run("rm", "--force", container);
        }
    }

    /// <summary>Retries until the server answers (it starts in the background); bounded, so a broken image fails the test.</summary>
    private static async Task<HttpResponseMessage> Eventually(Func<Task<HttpResponseMessage>> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await request();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
