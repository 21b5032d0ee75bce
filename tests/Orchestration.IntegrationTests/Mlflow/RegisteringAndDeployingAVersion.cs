using System.Text.Json;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;
using Orchestration.Packaging;
using Orchestration.Publishing;
using Orchestration.Terraform;

namespace Orchestration.IntegrationTests.Mlflow;

/// <summary>Publish's registration and Apply's alias against the real server: what it accepts as a source, and the alias answer.</summary>
[Collection(MlflowServerTests.Name)]
public sealed class RegisteringAndDeployingAVersion(MlflowServer server) : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-mlflow-registry");
    private readonly ICakeContext context = RealContext.Create();
    private readonly string model = "registry-" + Guid.NewGuid().ToString("N")[..12];

    [MlflowFact]
    public async Task A_published_identity_is_registered_once_with_its_run_and_the_alias_follows_apply_and_destroy()
    {
        using var client = Client();
        var experiment = await client.GetOrCreateExperimentAsync(model);
        var run = await client.CreateRunAsync(experiment, $"{model}.1.2", new Dictionary<string, string> { ["identity"] = $"{model}.1.2" }, DateTimeOffset.UtcNow);
        var package = folder.Write($"{model}.1.2.0.nupkg", "package bytes");
        var tracked = new TrackedRun { TrackingUri = Options().Connection.Display, ExperimentId = experiment, RunId = run.RunId };

        await Registrar().RegisterAsync(Publication("1.2"), Provenance("1.2"), package, Feed(), tracked, CancellationToken.None);
        await Registrar().RegisterAsync(Publication("1.2") with { AlreadyPublished = true }, Provenance("1.2"), package, Feed(), training: null, CancellationToken.None);

        var version = Assert.Single(await client.SearchModelVersionsAsync($"name='{model}'"));
        Assert.Equal((run.RunId, $"{run.ArtifactUri}/package"), (version.RunId, version.Source));
        Assert.Equal(($"{model}.1.2", "1", "2", folder.Path), (version.Tags["identity"], version.Tags["data.version"], version.Tags["model.version"], version.Tags["feed"]));
        Assert.Equal("package bytes", await client.ReadArtifactAsync(run, $"package/{model}.1.2.0.nupkg"));
        Assert.Equal($"Metrics of {model}.1.2:\n- r2: 0.93", version.Description);

        await Registrar().RegisterAsync(Publication("1.3"), Provenance("1.3"), package, Feed(), training: null, CancellationToken.None);
        var second = Assert.Single(await client.SearchModelVersionsAsync($"name='{model}' and tags.identity='{model}.1.3'"));
        Assert.Equal((null, $"mlflow-artifacts:/packages/{model}/1.3"), (second.RunId, second.Source));

        await Alias().AfterApplyAsync(Applied("apply", "1.2"), CancellationToken.None);
        await Alias().AfterApplyAsync(Applied("apply", "1.3"), CancellationToken.None);
        var serving = await client.GetAliasAsync(model, "local");
        Assert.Equal((second.Version, version.Version, "e2e"), (serving?.Version, serving?.Tags["deployed.local.previous_version"], serving?.Tags["deployed.local.approver"]));
        Assert.Equal(version.Version, (await client.PreviousServingVersionAsync(model, "local"))?.Version);

        await Alias().AfterDestroyAsync(Applied("destroy", "1.3"), CancellationToken.None);
        Assert.Null(await client.GetAliasAsync(model, "local"));
    }

    public void Dispose() => folder.Dispose();

    private MlflowOptions Options() => new()
    {
        Connection = new MlflowConnection { TrackingUri = server.Uri, Retry = FastRetries.Policy() },
        Experiment = model,
    };

    private MlflowClient Client() => new(Options().Connection, new Cake.Core.Diagnostics.NullLog());

    private ModelRegistrar Registrar() => new(context, Options());

    private ServingAlias Alias() => new(context, Options(), "local");

    private FeedSettings Feed() => new() { Feed = folder.Path, WorkingDirectory = folder.Path };

    private PublicationRecord Publication(string version) => new()
    {
        Identity = Orchestration.Configuration.ModelIdentity.Parse($"{model}.{version}"),
        Feed = folder.Path,
        FeedType = ModelFeedType.NuGet,
        AlreadyPublished = false,
        ModelSha256 = "aa11",
        PublishedAt = DateTimeOffset.UtcNow,
    };

    private Provenance Provenance(string version) => new()
    {
        Identity = Orchestration.Configuration.ModelIdentity.Parse($"{model}.{version}"),
        Name = model,
        DataVersion = int.Parse(version.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture),
        ModelVersion = int.Parse(version.Split('.')[1], System.Globalization.CultureInfo.InvariantCulture),
        Source = new SourceProvenance { Repository = "https://git.example.com/models.git", Ref = "main", Commit = new string('a', 40), Dirty = false, ProjectPath = "." },
        Notebook = new FileDigest("train.ipynb", "cc33", 10),
        Data = [],
        Model = new FileDigest("model/m.joblib", "aa11", 11),
        Parameters = new Dictionary<string, JsonElement>(),
        Metrics = new Dictionary<string, JsonElement> { ["r2"] = JsonSerializer.SerializeToElement(0.93) },
        Environment = new EnvironmentProvenance { Spec = "requirements.txt", SpecHash = "5f", PythonVersion = "3.11.2", Packages = [] },
        Training = new TrainingTimes(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch),
        Tool = new ToolProvenance("Orchestration", "1.0.0"),
    };

    private ApplyRequest Applied(string action, string version)
    {
        var files = new PlanFiles(folder.Combine("plan", action, version));
        new ApprovalJournal(files.Approval, []).Record(new ApprovalRecord
        {
            Action = action,
            Environment = "local",
            Identity = $"{model}.{version}",
            PlanSha256 = new string('b', 64),
            Approver = "e2e",
            Method = ApprovalMethod.Hash,
            ApprovedAt = DateTimeOffset.UtcNow,
            FinishedAt = DateTimeOffset.UtcNow,
            Status = ApprovalStatus.Applied,
        });
        return new ApplyRequest
        {
            Environment = "local",
            WorkspaceRoot = folder.Path,
            Files = files,
            Approver = "e2e",
            Console = new TerminalApprovalConsole(),
            ReplanCommand = "./build.sh --target=Plan",
        };
    }
}
