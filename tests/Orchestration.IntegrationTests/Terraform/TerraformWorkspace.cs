using Cake.Core;
using Orchestration.Approval;
using Orchestration.Configuration;
using Orchestration.IntegrationTests.Support;
using Orchestration.Pipeline;
using Orchestration.Terraform;
using Orchestration.Tools.Docker;

namespace Orchestration.IntegrationTests.Terraform;

/// <summary>
/// A workspace with one environment root, <c>terraform/environments/test</c>, that uses only Terraform's
/// built-in provider: a <c>terraform_data</c> "endpoint" replaced whenever the image digest changes,
/// whose provisioners write to <c>deployed.log</c>, with local state under <c>.work/</c> as the local
/// environment has it.
/// </summary>
internal sealed class TerraformWorkspace : IDisposable
{
    public const string Environment = "test";
    public const string Identity = "salary-regression.2.7";

    private const string Root = """
        terraform {
          backend "local" {
            path = "../../../.work/terraform/test/terraform.tfstate"
          }
        }

        variable "model_name" { type = string }
        variable "model_identity" { type = string }
        variable "data_version" { type = string }
        variable "model_version" { type = string }
        variable "image" { type = string }
        variable "image_digest" { type = string }

        variable "endpoint_url" {
          type    = string
          default = "http://127.0.0.1:9"
        }

        variable "hold_seconds" {
          type    = number
          default = 0
        }

        resource "terraform_data" "endpoint" {
          triggers_replace = [var.image_digest]
          input            = { identity = var.model_identity, image = var.image }

          provisioner "local-exec" {
            command     = "echo \"deployed $IDENTITY\" >> ../../../deployed.log && echo \"$${DOCKER_HOST:-}\" > ../../../docker-host.txt && sleep \"$HOLD\""
            environment = { IDENTITY = self.input.identity, HOLD = tostring(var.hold_seconds) }
          }

          provisioner "local-exec" {
            when        = destroy
            command     = "echo \"destroyed $IDENTITY\" >> ../../../deployed.log"
            environment = { IDENTITY = self.input.identity }
          }
        }

        output "endpoint_url" { value = var.endpoint_url }
        output "model_identity" { value = terraform_data.endpoint.input.identity }
        output "image" { value = terraform_data.endpoint.input.image }
        output "image_digest" { value = var.image_digest }
        """;

    private readonly TemporaryDirectory folder = new("orchestration-terraform");

    public TerraformWorkspace()
    {
        RootDirectory = folder.Write("terraform/environments/test/main.tf", Root);
        RootDirectory = System.IO.Path.GetDirectoryName(RootDirectory)!;
        Paths = new WorkspacePaths(folder.Path);
        // Not a context of folder.Path: that moves the whole test process into a folder deleted
        // at the end. The release code takes the workspace root explicitly.
        (Context, Log) = RecordedContext.Create();
    }

    public string RootDirectory { get; }

    public WorkspacePaths Paths { get; }

    public ICakeContext Context { get; }

    public RecordedLog Log { get; }

    /// <summary>Writes a file of the workspace, e.g. a module beside the root: <c>terraform/modules/x/main.tf</c>.</summary>
    public void Write(string relativePath, string content) => folder.Write(relativePath, content);

    public string StateDirectory => folder.Combine(".work", "terraform", "test");

    /// <summary>What the provisioners did, one line per create or destroy.</summary>
    public IReadOnlyList<string> Deployed =>
        File.Exists(folder.Combine("deployed.log")) ? File.ReadAllLines(folder.Combine("deployed.log")) : [];

    public PlanFiles Files(string? name = null) =>
        name is null ? PlanFiles.For(Paths, Environment) : new PlanFiles(folder.Combine("artifacts", "plan", name));

    /// <summary>The DOCKER_HOST the create-time provisioner saw.</summary>
    public string DockerHostSeen => File.ReadAllText(folder.Combine("docker-host.txt")).Trim();

    public PlanRecord Plan(
        char digest,
        string? endpointUrl = null,
        int holdSeconds = 0,
        PlanFiles? files = null,
        string image = "salary-regression:2.7",
        string? dockerHost = null,
        IReadOnlyList<string>? backendConfig = null) =>
        new EnvironmentPlanner(Context).Plan(PlanRequest(files ?? Files()) with
        {
            BackendConfig = backendConfig ?? [],
            Deployment = new Deployment
            {
                Identity = ModelIdentity.Parse(Identity),
                Image = image,
                ImageDigest = Digest(digest),
                DockerHost = dockerHost,
                Variables = new Dictionary<string, string>
                {
                    ["model_name"] = "salary-regression",
                    ["model_identity"] = Identity,
                    ["data_version"] = "2",
                    ["model_version"] = "7",
                    ["image"] = image,
                    ["image_digest"] = Digest(digest),
                    ["endpoint_url"] = endpointUrl ?? "http://127.0.0.1:9",
                    ["hold_seconds"] = holdSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                },
            },
        }, CancellationToken.None);

    public PlanRecord PlanDestroy() =>
        new EnvironmentPlanner(Context).Plan(PlanRequest(PlanFiles.For(Paths, Environment, destroy: true)) with { Destroy = true }, CancellationToken.None);

    public Task<ApplyOutcome> Apply(
        string? approvedHash,
        IApprovalConsole? console = null,
        PlanFiles? files = null,
        bool smokeTest = false,
        TimeSpan? lockTimeout = null) =>
        new EnvironmentApplier(Context).ApplyAsync(new ApplyRequest
        {
            Environment = Environment,
            WorkspaceRoot = Paths.Root,
            Files = files ?? Files(),
            ApprovedHash = approvedHash,
            Approver = "release-manager",
            Console = console ?? new TerminalApprovalConsole(),
            AuditLogs = ApprovalJournal.AuditLogs(Paths),
            LockTimeout = lockTimeout ?? TimeSpan.FromSeconds(10),
            SkipSmokeTest = !smokeTest,
            SmokeTestTimeout = TimeSpan.FromSeconds(2),
            ReplanCommand = "./build.sh --target=Plan --environment=test",
        }, CancellationToken.None);

    public static string Digest(char digit) => "sha256:" + new string(digit, 64);

    public void Dispose() => folder.Dispose();

    private PlanRequest PlanRequest(PlanFiles files) => new()
    {
        Environment = Environment,
        WorkspaceRoot = Paths.Root,
        RootDirectory = RootDirectory,
        Files = files,
        LockTimeout = TimeSpan.FromSeconds(10),
    };
}
