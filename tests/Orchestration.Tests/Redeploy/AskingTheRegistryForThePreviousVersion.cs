using System.Net;
using Orchestration.Configuration;
using Orchestration.Mlflow;
using Orchestration.Publishing;
using Orchestration.Redeploy;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Redeploy;

/// <summary>Where the audit log does not know, --deploy=previous asks the MLflow registry: the version its environment's alias moved away from.</summary>
public sealed class AskingTheRegistryForThePreviousVersion : IDisposable
{
    private readonly ScriptedMlflowServer server = new();
    private readonly MlflowClient client;

    public AskingTheRegistryForThePreviousVersion()
    {
        var connection = new MlflowConnection { TrackingUri = new Uri("https://mlflow.example.com/"), Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask } };
        client = new MlflowClient(connection, new RecordingLog(), server);
    }

    [Fact]
    public async Task The_previous_version_is_named_by_its_identity_tag()
    {
        server.Answer("{\"model_version\": " + Version("3", "salary-regression.1.2", ("deployed.production.previous_version", "2")) + "}");
        server.Answer("{\"model_version\": " + Version("2", "salary-regression.1.1") + "}");

        var previous = await RegistryHistory.PreviousAsync(client, "salary-regression", "production", CancellationToken.None);

        Assert.Equal(new ModelIdentity("salary-regression", 1, 1), previous);
        Assert.Equal("https://mlflow.example.com/api/2.0/mlflow/registered-models/alias?name=salary-regression&alias=production", server.Requests[0].Url);
    }

    [Fact]
    public async Task A_version_without_an_identity_tag_names_no_version()
    {
        server.Answer("{\"model_version\": " + Version("3", "salary-regression.1.2", ("deployed.production.previous_version", "2")) + "}");
        server.Answer("{\"model_version\": {\"name\": \"salary-regression\", \"version\": \"2\", \"current_stage\": \"None\", \"tags\": []}}");

        Assert.Null(await RegistryHistory.PreviousAsync(client, "salary-regression", "production", CancellationToken.None));
    }

    [Fact]
    public async Task Without_the_alias_there_is_none()
    {
        server.Answer(HttpStatusCode.BadRequest, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Registered model alias production not found.\"}");

        Assert.Null(await RegistryHistory.PreviousAsync(client, "salary-regression", "production", CancellationToken.None));
    }

    public void Dispose() => client.Dispose();

    private static string Version(string version, string identity, params (string Key, string Value)[] tags) =>
        $"{{\"name\": \"salary-regression\", \"version\": \"{version}\", \"current_stage\": \"None\", \"tags\": [{{\"key\": \"identity\", \"value\": \"{identity}\"}}"
        + string.Concat(tags.Select(t => $", {{\"key\": \"{t.Key}\", \"value\": \"{t.Value}\"}}")) + "]}";
}
