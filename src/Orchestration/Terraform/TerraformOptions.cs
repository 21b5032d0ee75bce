using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// The options of Plan, Apply and Destroy. Cloud and backend credentials are not among them: they go from
/// the environment straight to Terraform, and are only declared here to be masked.
/// </summary>
public static class TerraformOptions
{
    public const string DefaultEnvironment = "local";

    public static readonly Option<string?> Environment = Option.Text("environment", null, DefaultEnvironment, "the deployment environment: a folder of --terraform-dir");

    public static readonly Option<string?> ApproveApply = Option.Text("approve", "APPLY_APPROVED_PLAN", null, "Apply: the SHA-256 of the approved plan");

    public static readonly Option<string?> ApproveDestroy = Option.Text("approve", "DESTROY_APPROVED_PLAN", null, "Destroy: the SHA-256 of the approved destroy plan");

    public static readonly Option<string?> Approver = Option.Text(
        "approver", null, null, "who approves, for the audit trail", defaultText: "the OS user").ReadingFirstOf(Approval.Approver.EnvironmentVariables);

    public static readonly RepeatedOption<string> BackendConfig = Option.Repeated(
        "backend-config", "TF_BACKEND_CONFIG", ',', "the root's backend.hcl if present", "FILE or key=value for terraform init", text => text);

    public static readonly Option<TimeSpan> LockTimeout = Option.Seconds("lock-timeout", "TF_LOCK_TIMEOUT", 60, "seconds to wait for the state lock");

    public static readonly Option<int?> EndpointPort = Option.Port("endpoint-port", "ENDPOINT_PORT", "8080", "the local endpoint's port (local only)");

    public static readonly Option<bool> SkipSmokeTest = Option.Flag("skip-smoke-test", "SKIP_SMOKE_TEST", false, "do not smoke-test the endpoint after Apply");

    public static readonly Option<TimeSpan> SmokeTestTimeout = Option.Seconds("smoke-test-timeout", "SMOKE_TEST_TIMEOUT", 60, "seconds the smoke test may take");

    public static readonly Option<string?> TerraformDirectory = Option.Text(
        "terraform-dir", null, BuildCommands.DefaultTerraformDirectory, "the folder of the environments' Terraform roots");

    public static readonly IReadOnlyList<Option<string?>> CloudCredentials =
    [
        Option.Secret("AWS_SECRET_ACCESS_KEY", "read by Terraform's AWS provider"),
        Option.Secret("AWS_SESSION_TOKEN", "read by Terraform's AWS provider"),
        Option.Secret("ARM_CLIENT_SECRET", "read by Terraform's Azure provider"),
        Option.Secret("GOOGLE_CREDENTIALS", "read by Terraform's Google provider"),
    ];

    /// <param name="approval"><see cref="ApproveApply"/> or <see cref="ApproveDestroy"/>; null for Plan, which reads no approval.</param>
    public static ReleaseOptions Bind(OptionValues options, WorkspacePaths paths, Option<string?>? approval = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        var environment = options.Get(Environment)!;
        var terraformDirectory = System.IO.Path.GetFullPath(options.Get(TerraformDirectory)!, paths.Root);
        return new ReleaseOptions
        {
            Environment = environment,
            RootDirectory = new EnvironmentRoots(terraformDirectory).RootOf(environment),
            LockTimeout = options.Get(LockTimeout),
            BackendConfig = options.Get(BackendConfig),
            EndpointPort = options.Get(EndpointPort),
            ApprovedHash = approval is null ? null : options.Get(approval),
            Approver = Approval.Approver.Resolve(options.Get(Approver)),
            SkipSmokeTest = options.Get(SkipSmokeTest),
            SmokeTestTimeout = options.Get(SmokeTestTimeout),
            RunUrl = CiRun.Url(options.Variable),
            NoColor = Console.IsOutputRedirected,
        };
    }
}
