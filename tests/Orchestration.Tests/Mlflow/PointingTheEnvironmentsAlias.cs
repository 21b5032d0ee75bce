using System.Net;
using System.Text.Json.Nodes;
using Orchestration.Approval;
using Orchestration.Mlflow;
using Orchestration.Pipeline;
using Orchestration.Publishing;
using Orchestration.Terraform;
using Orchestration.Tests.Fakes;
using Orchestration.Tests.Terraform;

namespace Orchestration.Tests.Mlflow;

public sealed class PointingTheEnvironmentsAlias : IDisposable
{
    private static readonly DateTimeOffset Applied = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private readonly ScriptedMlflowServer server = new();
    private readonly RecordingLog log = new();
    private readonly TempFolder folder = new();

    [Fact]
    public async Task After_an_approved_apply_the_alias_moves_to_the_deployed_version_which_records_the_plan_the_approver_and_the_previous_holder()
    {
        server.Answer(Versions(Version("4", "salary-regression.1.2")));
        server.Answer("{\"model_version\": " + Version("3", "salary-regression.1.1") + "}");
        for (var i = 0; i < 5; i++)
        {
            server.Answer("{}");
        }

        await Alias("local").AfterApplyAsync(Request("local", Approval("apply", "local")), CancellationToken.None);

        var posts = server.Requests.Skip(2).Select(r => (r.Url[(r.Url.LastIndexOf("mlflow/", StringComparison.Ordinal) + 7)..], JsonNode.Parse(r.Body!)!)).ToList();
        Assert.Equal(
            [
                ("model-versions/set-tag", "deployed.local.plan_sha256", "ab12"),
                ("model-versions/set-tag", "deployed.local.approver", "release-manager"),
                ("model-versions/set-tag", "deployed.local.at", "2026-12-06T17:00:00.0000000+00:00"),
                ("model-versions/set-tag", "deployed.local.previous_version", "3"),
            ],
            posts.Take(4).Select(p => (p.Item1, (string)p.Item2["key"]!, (string)p.Item2["value"]!)));
        Assert.Equal(("registered-models/alias", "local", "4"), (posts[4].Item1, (string?)posts[4].Item2["alias"], (string?)posts[4].Item2["version"]));
        Assert.Contains("MLflow: alias 'local' of 'salary-regression' points at version 4 (salary-regression.1.2), moved from version 3.", log.Lines);
    }

    [Fact]
    public async Task With_stages_production_also_moves_the_version_to_the_production_stage_archiving_the_one_there()
    {
        server.Answer(Versions(Version("4", "salary-regression.1.2")));
        server.Answer(HttpStatusCode.BadRequest, "{\"error_code\": \"INVALID_PARAMETER_VALUE\", \"message\": \"Registered model alias production not found.\"}");
        for (var i = 0; i < 4; i++)
        {
            server.Answer("{}");
        }

        server.Answer("{\"model_version\": " + Version("4", "salary-regression.1.2") + "}");

        await Alias("production", stages: true).AfterApplyAsync(Request("production", Approval("apply", "production")), CancellationToken.None);

        var transition = JsonNode.Parse(server.Requests[^1].Body!)!;
        Assert.EndsWith("model-versions/transition-stage", server.Requests[^1].Url, StringComparison.Ordinal);
        Assert.Equal(("4", "Production", true), ((string?)transition["version"], (string?)transition["stage"], (bool?)transition["archive_existing_versions"]));
        Assert.DoesNotContain(server.Requests, r => r.Body?.Contains("previous_version", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_deployed_identity_that_was_never_registered_leaves_the_alias_alone_with_a_warning()
    {
        server.Answer("{}");

        await Alias("local").AfterApplyAsync(Request("local", Approval("apply", "local")), CancellationToken.None);

        Assert.Single(server.Requests);
        Assert.Contains("MLflow: salary-regression.1.2 is not in the registry (it was published without --mlflow-tracking-uri): alias 'local' is left where it is.", log.Lines);
    }

    [Fact]
    public async Task A_plan_that_was_not_applied_touches_nothing()
    {
        await Alias("local").AfterApplyAsync(Request("local", Approval("apply", "local") with { Status = ApprovalStatus.Failed }), CancellationToken.None);
        await Alias("local").AfterDestroyAsync(Request("local", Approval("apply", "local")), CancellationToken.None);

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_approved_destroy_removes_the_alias()
    {
        server.Answer("{}");

        await Alias("local").AfterDestroyAsync(Request("local", Approval("destroy", "local")), CancellationToken.None);

        Assert.Equal(("DELETE", "https://mlflow.example.com/api/2.0/mlflow/registered-models/alias"), (server.Requests[0].Method, server.Requests[0].Url));
        Assert.Equal(("salary-regression", "local"), ((string?)JsonNode.Parse(server.Requests[0].Body!)!["name"], (string?)JsonNode.Parse(server.Requests[0].Body!)!["alias"]));
    }

    [Fact]
    public async Task After_an_apply_with_nothing_to_apply_a_stray_alias_is_pointed_back_at_the_deployed_version_with_a_warning()
    {
        server.Answer(Versions(Version("4", "salary-regression.1.2")));
        server.Answer("{\"model_version\": " + Version("5", "salary-regression.1.3") + "}");
        server.Answer("{}");

        await Alias("local").AfterNothingAppliedAsync(NoChangesRequest("local", "salary-regression.1.2"), CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        var set = JsonNode.Parse(server.Requests[2].Body!)!;
        Assert.EndsWith("registered-models/alias", server.Requests[2].Url, StringComparison.Ordinal);
        Assert.Equal(("salary-regression", "local", "4"), ((string?)set["name"], (string?)set["alias"], (string?)set["version"]));
        Assert.Contains("MLflow: alias 'local' of 'salary-regression' pointed at version 5, but 'local' serves salary-regression.1.2: it points at version 4 again.", log.Lines);
    }

    [Fact]
    public async Task After_an_apply_with_nothing_to_apply_an_alias_on_the_deployed_version_is_left_as_it_is()
    {
        server.Answer(Versions(Version("4", "salary-regression.1.2")));
        server.Answer("{\"model_version\": " + Version("4", "salary-regression.1.2") + "}");

        await Alias("local").AfterNothingAppliedAsync(NoChangesRequest("local", "salary-regression.1.2"), CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.DoesNotContain(server.Requests, request => request.Method != "GET");
    }

    public void Dispose()
    {
        server.Dispose();
        folder.Dispose();
    }

    private ServingAlias Alias(string environment, bool stages = false) => new(
        TestCakeContext.Create(log, []),
        new MlflowOptions
        {
            Connection = new MlflowConnection { TrackingUri = new Uri("https://mlflow.example.com/"), Retry = new RetryPolicy { Wait = (_, _) => Task.CompletedTask } },
            Experiment = "salary-regression",
            Stages = stages,
        },
        environment,
        server);

    private static ApprovalRecord Approval(string action, string environment) => new()
    {
        Action = action,
        Environment = environment,
        Identity = "salary-regression.1.2",
        PlanSha256 = "ab12",
        Approver = "release-manager",
        Method = ApprovalMethod.Hash,
        ApprovedAt = Applied.AddMinutes(-1),
        FinishedAt = Applied,
        Status = ApprovalStatus.Applied,
    };

    private ApplyRequest Request(string environment, ApprovalRecord approval)
    {
        var files = new PlanFiles(Path.Combine(folder.Path, "plan", environment));
        new ApprovalJournal(files.Approval, []).Record(approval);
        return ApplyIn(environment, files);
    }

    /// <summary>An Apply request whose saved plan (whole and untouched, as Apply checks) has no changes for <paramref name="identity"/>.</summary>
    private ApplyRequest NoChangesRequest(string environment, string identity)
    {
        var files = new PlanFiles(Path.Combine(folder.Path, "plan", environment));
        Directory.CreateDirectory(files.Directory);
        File.WriteAllText(files.Plan, "binary plan");
        var sha256 = Sha256.OfFile(files.Plan);
        PlanHash.Write(files.Sha256, sha256, files.Plan);
        File.WriteAllText(files.HasChanges, "false");
        new StageRecordStore(files.Directory).Save("record", SamplePlans.Deployment(hasChanges: false) with
        {
            Environment = environment,
            Sha256 = sha256,
            Identity = Orchestration.Configuration.ModelIdentity.Parse(identity),
        });
        return ApplyIn(environment, files);
    }

    private ApplyRequest ApplyIn(string environment, PlanFiles files) => new()
    {
        Environment = environment,
        WorkspaceRoot = folder.Path,
        Files = files,
        Approver = "release-manager",
        Console = new TerminalApprovalConsole(),
        ReplanCommand = "./build.sh --target=Plan",
    };

    private static string Versions(params string[] versions) => "{\"model_versions\": [" + string.Join(',', versions) + "]}";

    private static string Version(string version, string identity) =>
        $"{{\"name\": \"salary-regression\", \"version\": \"{version}\", \"current_stage\": \"None\", \"tags\": [{{\"key\": \"identity\", \"value\": \"{identity}\"}}]}}";
}
