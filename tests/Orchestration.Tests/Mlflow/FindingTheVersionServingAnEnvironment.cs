using System.Net;
using Orchestration.Configuration;
using Orchestration.Mlflow;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Mlflow;

public sealed class FindingTheVersionServingAnEnvironment : IDisposable
{
    private readonly ScriptedMlflowServer server = new();
    private readonly MlflowClient client;

    public FindingTheVersionServingAnEnvironment()
    {
        var connection = new MlflowConnection { TrackingUri = new Uri("https://mlflow.example.com/"), Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask } };
        client = new MlflowClient(connection, new RecordingLog(), server);
    }

    [Theory]
    [InlineData("local")]
    [InlineData("production")]
    [InlineData("eu_west-2")]
    public void An_environment_is_its_own_alias(string environment) => Assert.Equal(environment, RegistryAlias.ForEnvironment(environment));

    [Theory]
    [InlineData("latest")]
    [InlineData("v3")]
    [InlineData("eu.west")]
    [InlineData("")]
    public void An_environment_mlflow_would_refuse_as_an_alias_is_a_usage_error(string environment)
    {
        var error = Assert.Throws<Cake.Core.CakeException>(() => RegistryAlias.ForEnvironment(environment));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"--environment={environment} cannot name an MLflow registry alias", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("production", "Production")]
    [InlineData("Prod", "Production")]
    [InlineData("staging", "Staging")]
    [InlineData("local", null)]
    public void Environments_map_to_registry_stages(string environment, string? stage) => Assert.Equal(stage, RegistryAlias.Stage(environment));

    [Fact]
    public async Task A_published_identity_is_found_by_its_identity_tag_and_the_oldest_of_two_wins()
    {
        server.Answer("{\"model_versions\": [" + Version("7", "salary-regression.1.2") + "," + Version("5", "salary-regression.1.2") + "]}");

        var found = await client.FindVersionAsync(new ModelIdentity("salary-regression", 1, 2));

        Assert.Equal("5", found?.Version);
        Assert.Equal(
            "https://mlflow.example.com/api/2.0/mlflow/model-versions/search?filter=name%3D%27salary-regression%27%20and%20tags.identity%3D%27salary-regression.1.2%27&max_results=200",
            server.Requests[0].Url);
    }

    [Fact]
    public async Task The_serving_version_is_the_holder_of_the_environments_alias()
    {
        server.Answer("{\"model_version\": " + Version("3", "salary-regression.1.2") + "}");

        var serving = await client.ServingVersionAsync("salary-regression", "staging");

        Assert.Equal(("3", "salary-regression.1.2"), (serving?.Version, serving?.Tags["identity"]));
        Assert.Equal("https://mlflow.example.com/api/2.0/mlflow/registered-models/alias?name=salary-regression&alias=staging", server.Requests[0].Url);
    }

    [Fact]
    public async Task The_previous_version_is_the_one_the_holder_recorded_when_the_alias_moved_to_it()
    {
        server.Answer("{\"model_version\": " + Version("3", "salary-regression.1.2", ("deployed.local.previous_version", "2")) + "}");
        server.Answer("{\"model_version\": " + Version("2", "salary-regression.1.1") + "}");

        var previous = await client.PreviousServingVersionAsync("salary-regression", "local");

        Assert.Equal(("2", "salary-regression.1.1"), (previous?.Version, previous?.Tags["identity"]));
        Assert.Equal("https://mlflow.example.com/api/2.0/mlflow/model-versions/get?name=salary-regression&version=2", server.Requests[1].Url);
    }

    [Fact]
    public async Task Without_the_alias_there_is_no_previous_version()
    {
        server.Answer(HttpStatusCode.BadRequest, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Registered model alias local not found.\"}");

        Assert.Null(await client.PreviousServingVersionAsync("salary-regression", "local"));
        Assert.Single(server.Requests);
    }

    public void Dispose() => client.Dispose();

    private static string Version(string version, string identity, params (string Key, string Value)[] tags) =>
        $"{{\"name\": \"salary-regression\", \"version\": \"{version}\", \"current_stage\": \"None\", \"tags\": [{{\"key\": \"identity\", \"value\": \"{identity}\"}}"
        + string.Concat(tags.Select(t => $", {{\"key\": \"{t.Key}\", \"value\": \"{t.Value}\"}}")) + "]}";
}
