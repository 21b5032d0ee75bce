using System.Net;
using System.Text;
using Orchestration.Mlflow;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Mlflow;

public sealed class TalkingToMlflowOverHttp : IDisposable
{
    private readonly ScriptedMlflowServer server = new();
    private readonly RecordingLog log = new();

    [Fact]
    public async Task A_token_in_the_environment_goes_as_a_bearer_header_and_is_masked()
    {
        using var client = Client(("MLFLOW_TRACKING_TOKEN", "tracking-token-123"));
        server.Answer(HttpStatusCode.OK, "{\"experiment\": {\"experiment_id\": \"7\"}}");

        Assert.Equal("7", await client.GetExperimentIdAsync("salary-regression"));
        Assert.Equal("Bearer tracking-token-123", server.Requests[0].Authorization);
        Assert.Equal("Bearer ***", SecretMasker.Mask("Bearer tracking-token-123"));
    }

    [Fact]
    public async Task A_username_and_password_go_as_basic_authentication()
    {
        using var client = Client(("MLFLOW_TRACKING_USERNAME", "builder"), ("MLFLOW_TRACKING_PASSWORD", "tracking-password"));
        server.Answer(HttpStatusCode.OK, "{}");

        await client.SetTagAsync("run1", "k", "v");

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("builder:tracking-password")), server.Requests[0].Authorization);
    }

    [Fact]
    public async Task A_server_error_is_retried_with_a_warning_until_it_answers()
    {
        using var client = Client();
        server.Answer(HttpStatusCode.ServiceUnavailable, "busy");
        server.Answer(HttpStatusCode.OK, "{\"experiment_id\": \"3\"}");

        Assert.Equal("3", await client.CreateExperimentAsync("salary-regression"));
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("POST https://mlflow.example.com/api/2.0/mlflow/experiments/create: 503 ServiceUnavailable (busy); retrying", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_reported_with_its_uri_and_last_status()
    {
        using var client = Client();
        for (var i = 0; i < 4; i++)
        {
            server.Answer(HttpStatusCode.BadGateway, string.Empty);
        }

        var error = await Assert.ThrowsAsync<MlflowException>(() => client.UpdateRunAsync("run1", RunStatus.Finished, null));

        Assert.Equal(4, server.Requests.Count);
        Assert.Equal(HttpStatusCode.BadGateway, error.Status);
        Assert.StartsWith(
            "The MLflow server at https://mlflow.example.com did not answer POST https://mlflow.example.com/api/2.0/mlflow/runs/update after 4 attempt(s); last: 502 BadGateway.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_is_not_retried_and_says_what_mlflow_said()
    {
        using var client = Client();
        server.Answer(HttpStatusCode.Unauthorized, "{\"error_code\": \"UNAUTHENTICATED\", \"message\": \"Invalid token\"}");

        var error = await Assert.ThrowsAsync<MlflowException>(() => client.CreateExperimentAsync("x"));

        Assert.Single(server.Requests);
        Assert.Equal("UNAUTHENTICATED", error.ErrorCode);
        Assert.Equal(
            "The MLflow server refused POST https://mlflow.example.com/api/2.0/mlflow/experiments/create: 401 Unauthorized (UNAUTHENTICATED: Invalid token). " +
            "The build authenticated with no credentials; set MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD in the environment.",
            error.Message);
    }

    [Fact]
    public async Task A_missing_experiment_or_alias_reads_as_nothing()
    {
        using var client = Client();
        server.Answer(HttpStatusCode.NotFound, "{\"error_code\": \"RESOURCE_DOES_NOT_EXIST\", \"message\": \"Could not find experiment with name 'x'\"}");
        server.Answer(HttpStatusCode.BadRequest, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Registered model alias local not found.\"}");

        Assert.Null(await client.GetExperimentIdAsync("x"));
        Assert.Null(await client.GetAliasAsync("m", "local"));
        Assert.Equal("https://mlflow.example.com/api/2.0/mlflow/registered-models/alias?name=m&alias=local", server.Requests[1].Url);
    }

    public void Dispose() => server.Dispose();

    private MlflowClient Client(params (string Name, string Value)[] environment)
    {
        var variables = environment.ToDictionary(v => v.Name, v => v.Value);
        var connection = MlflowConnection.ForTrackingUri("https://mlflow.example.com", "--mlflow-tracking-uri", name => variables.GetValueOrDefault(name)) with
        {
            Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask },
        };
        return new MlflowClient(connection, log, server);
    }
}
