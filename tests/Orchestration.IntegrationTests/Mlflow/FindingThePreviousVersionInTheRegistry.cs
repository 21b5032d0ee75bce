using Cake.Core;
using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.IntegrationTests.Publishing;
using Orchestration.IntegrationTests.Support;
using Orchestration.Mlflow;
using Orchestration.Pipeline;
using Orchestration.Redeploy;
using Orchestration.Terraform;

namespace Orchestration.IntegrationTests.Mlflow;

/// <summary>--deploy=previous in a workspace whose audit log does not know: the real registry's alias history answers.</summary>
[Collection(MlflowServerTests.Name)]
public sealed class FindingThePreviousVersionInTheRegistry(MlflowServer server) : IDisposable
{
    private readonly TemporaryDirectory folder = new("orchestration-mlflow-previous");
    private readonly ICakeContext context = RealContext.Create();
    private readonly string model = "previous-" + Guid.NewGuid().ToString("N")[..12];

    [MlflowFact]
    public async Task The_version_the_environments_alias_moved_away_from_is_the_previous_one()
    {
        using (var client = new MlflowClient(Options().Connection, new Cake.Core.Diagnostics.NullLog()))
        {
            await client.EnsureRegisteredModelAsync(model);
            foreach (var version in new[] { "1.1", "1.2" })
            {
                await client.CreateModelVersionAsync(model, $"mlflow-artifacts:/packages/{model}/{version}", null, new Dictionary<string, string> { ["identity"] = $"{model}.{version}" }, null);
            }
        }

        var alias = new ServingAlias(context, Options(), "staging");
        await alias.AfterApplyAsync(Applied("1.1"), CancellationToken.None);
        await alias.AfterApplyAsync(Applied("1.2"), CancellationToken.None);
        var paths = new WorkspacePaths(folder.Combine("workspace"));

        var previous = await RedeployStage.IdentityAsync(context, DeployTarget.Previous, "staging", Values(("model-name", model)), paths, CancellationToken.None);

        Assert.Equal(new ModelIdentity(model, 1, 1), previous);
        var none = await Assert.ThrowsAsync<CakeException>(() => RedeployStage.IdentityAsync(context, DeployTarget.Previous, "production", Values(("model-name", model)), paths, CancellationToken.None));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains($"neither does the MLflow registry at {server.Uri.AbsoluteUri.TrimEnd('/')}", none.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private MlflowOptions Options() => new()
    {
        Connection = new MlflowConnection { TrackingUri = server.Uri, Retry = FastRetries.Policy() },
        Experiment = model,
    };

    private OptionValues Values(params (string Name, string Value)[] arguments)
    {
        var given = arguments.Append(("mlflow-tracking-uri", server.Uri.AbsoluteUri)).ToList();
        return new OptionValues(
            PipelineOptions.Catalog,
            name => given.Where(argument => argument.Item1 == name).Select(argument => argument.Item2),
            _ => null);
    }

    private ApplyRequest Applied(string version)
    {
        var files = new PlanFiles(folder.Combine("plan", version));
        new ApprovalJournal(files.Approval, []).Record(new ApprovalRecord
        {
            Action = "apply",
            Environment = "staging",
            Identity = $"{model}.{version}",
            PlanSha256 = new string('b', 64),
            Approver = "rollback-test",
            Method = ApprovalMethod.Hash,
            ApprovedAt = DateTimeOffset.UtcNow,
            FinishedAt = DateTimeOffset.UtcNow,
            Status = ApprovalStatus.Applied,
        });
        return new ApplyRequest
        {
            Environment = "staging",
            WorkspaceRoot = folder.Path,
            Files = files,
            Approver = "rollback-test",
            Console = new TerminalApprovalConsole(),
            ReplanCommand = "./build.sh --target=Plan",
        };
    }
}
