using System.Net;
using System.Text.Json.Nodes;
using Orchestration.Mlflow;
using Orchestration.Publishing;
using Orchestration.Tests.Fakes;
using Orchestration.Tests.Publishing;
using Orchestration.Tests.Terraform;

namespace Orchestration.Tests.Mlflow;

public sealed class RegisteringAPublishedModel : IDisposable
{
    private const string RunJson = """{"run": {"info": {"run_id": "r1", "experiment_id": "4", "artifact_uri": "mlflow-artifacts:/4/r1/artifacts", "status": "FINISHED"}}}""";
    private readonly ScriptedMlflowServer server = new();
    private readonly RecordingLog log = new();
    private readonly TempFolder folder = new();
    private readonly string package;

    public RegisteringAPublishedModel() => package = folder.Write("salary-regression.2.7.0.nupkg", "package bytes");

    [Fact]
    public async Task A_new_identity_becomes_a_version_linked_to_its_run_with_the_package_in_the_runs_artifacts()
    {
        server.Answer("""{"registered_model": {"name": "salary-regression"}}""");
        server.Answer("{}");
        server.Answer(RunJson);
        server.Answer("{}");
        server.Answer("""{"model_version": {"name": "salary-regression", "version": "1"}}""");

        await Register(Feed("/srv/feed"), new TrackedRun { TrackingUri = "https://mlflow.example.com", ExperimentId = "4", RunId = "r1" });

        Assert.Equal(
            [
                "GET https://mlflow.example.com/api/2.0/mlflow/registered-models/get?name=salary-regression",
                "GET https://mlflow.example.com/api/2.0/mlflow/model-versions/search?filter=name%3D%27salary-regression%27%20and%20tags.identity%3D%27salary-regression.2.7%27&max_results=200",
                "GET https://mlflow.example.com/api/2.0/mlflow/runs/get?run_id=r1",
                "PUT https://mlflow.example.com/api/2.0/mlflow-artifacts/artifacts/4/r1/artifacts/package/salary-regression.2.7.0.nupkg",
                "POST https://mlflow.example.com/api/2.0/mlflow/model-versions/create",
            ],
            server.Requests.Select(r => $"{r.Method} {r.Url}"));
        var created = JsonNode.Parse(server.Requests[4].Body!)!;
        Assert.Equal(("salary-regression", "mlflow-artifacts:/4/r1/artifacts/package", "r1"), ((string?)created["name"], (string?)created["source"], (string?)created["run_id"]));
        var tags = created["tags"]!.AsArray().ToDictionary(t => (string)t!["key"]!, t => (string)t!["value"]!);
        Assert.Equal(("salary-regression.2.7", "2", "7", "/srv/feed", "aa11"), (tags["identity"], tags["data.version"], tags["model.version"], tags["feed"], tags["model.sha256"]));
        Assert.Equal(Orchestration.Pipeline.Sha256.OfFile(package), tags["package.sha256"]);
        Assert.Equal("Metrics of salary-regression.2.7:\n- r2: 0.9", (string?)created["description"]);
        Assert.Contains("MLflow: registered salary-regression.2.7 as version 1 of 'salary-regression' (source mlflow-artifacts:/4/r1/artifacts/package; run r1).", log.Lines);
    }

    [Fact]
    public async Task An_identity_already_registered_adds_no_version()
    {
        server.Answer("""{"registered_model": {"name": "salary-regression"}}""");
        server.Answer("""{"model_versions": [{"name": "salary-regression", "version": "3", "tags": [{"key": "identity", "value": "salary-regression.2.7"}]}]}""");

        await Register(Feed("/srv/feed"), training: null);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains("MLflow: salary-regression.2.7 is version 3 of registered model 'salary-regression'; nothing registered.", log.Lines);
    }

    [Fact]
    public async Task A_maven_repository_over_https_is_the_source_itself_without_its_credentials_and_a_reused_training_finds_its_run_by_identity()
    {
        server.Answer(HttpStatusCode.NotFound, """{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "Registered Model with name=salary-regression not found"}""");
        server.Answer("""{"registered_model": {"name": "salary-regression"}}""");
        server.Answer("{}");
        server.Answer("""{"experiment": {"experiment_id": "4"}}""");
        server.Answer("""{"runs": [""" + RunJson[8..^1] + "]}");
        server.Answer("""{"model_version": {"name": "salary-regression", "version": "1"}}""");

        await Register(Feed("https://deployer:s3cret@repo.example.com/releases/") with { Type = ModelFeedType.Maven }, training: null);

        Assert.Equal("POST https://mlflow.example.com/api/2.0/mlflow/registered-models/create", $"{server.Requests[1].Method} {server.Requests[1].Url}");
        var search = JsonNode.Parse(server.Requests[4].Body!)!;
        Assert.Equal("tags.identity = 'salary-regression.2.7' and attributes.status = 'FINISHED'", (string?)search["filter"]);
        var created = JsonNode.Parse(server.Requests[5].Body!)!;
        Assert.Equal(("https://repo.example.com/releases/models/salary-regression/2.7/salary-regression-2.7.zip", "r1"), ((string?)created["source"], (string?)created["run_id"]));
        Assert.DoesNotContain(server.Requests, request => request.Body?.Contains("s3cret", StringComparison.Ordinal) == true || request.Url.Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_any_run_the_package_goes_to_the_servers_artifact_store()
    {
        server.Answer("""{"registered_model": {"name": "salary-regression"}}""");
        server.Answer("{}");
        server.Answer(HttpStatusCode.NotFound, """{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "no experiment"}""");
        server.Answer("{}");
        server.Answer("""{"model_version": {"name": "salary-regression", "version": "1"}}""");

        await Register(Feed("/srv/feed"), training: null);

        Assert.Equal("PUT https://mlflow.example.com/api/2.0/mlflow-artifacts/artifacts/packages/salary-regression/2.7/salary-regression.2.7.0.nupkg", $"{server.Requests[3].Method} {server.Requests[3].Url}");
        var created = JsonNode.Parse(server.Requests[4].Body!)!;
        Assert.Equal(("mlflow-artifacts:/packages/salary-regression/2.7", null), ((string?)created["source"], (string?)created["run_id"]));
    }

    [Fact]
    public async Task A_server_that_refuses_fails_the_publish_and_optional_mlflow_only_warns()
    {
        server.Answer(HttpStatusCode.Forbidden, """{"error_code": "PERMISSION_DENIED", "message": "no"}""");
        var error = await Assert.ThrowsAsync<MlflowException>(() => Register(Feed("/srv/feed"), training: null));

        using var optionalServer = new ScriptedMlflowServer();
        optionalServer.Answer(HttpStatusCode.Forbidden, """{"error_code": "PERMISSION_DENIED", "message": "no"}""");
        await new ModelRegistrar(TestCakeContext.Create(log, []), Options() with { Optional = true }, optionalServer)
            .RegisterAsync(Publication("/srv/feed"), SampleProvenance.Of(), package, Feed("/srv/feed"), null, CancellationToken.None);

        Assert.StartsWith(
            "MLflow registry could not register salary-regression.2.7 (the package is published; Publish again registers it): The MLflow server refused GET",
            error.Message,
            StringComparison.Ordinal);
        Assert.EndsWith("(--mlflow-optional turns this into a warning.)", error.Message, StringComparison.Ordinal);
        Assert.Contains(log.Lines, line => line.StartsWith("MLflow registry could not register salary-regression.2.7 (the package is published; Publish again registers it), continuing without it (--mlflow-optional)", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }

    private Task Register(FeedSettings feed, TrackedRun? training) =>
        new ModelRegistrar(TestCakeContext.Create(log, []), Options(), server)
            .RegisterAsync(Publication(feed.Feed), SampleProvenance.Of(), package, feed, training, CancellationToken.None);

    private static MlflowOptions Options() => new()
    {
        Connection = new MlflowConnection { TrackingUri = new Uri("https://mlflow.example.com/"), Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask } },
        Experiment = "salary-regression",
    };

    private static FeedSettings Feed(string location) => new() { Feed = location, WorkingDirectory = "/work" };

    private static PublicationRecord Publication(string feed) => new()
    {
        Identity = new Orchestration.Configuration.ModelIdentity("salary-regression", 2, 7),
        Feed = feed,
        FeedType = ModelFeedType.NuGet,
        AlreadyPublished = false,
        ModelSha256 = "aa11",
        PublishedAt = DateTimeOffset.UnixEpoch,
    };
}
