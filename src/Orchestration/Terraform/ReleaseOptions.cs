using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// What Plan, Apply and Destroy were asked to do (bound from <see cref="TerraformOptions"/>). Secrets
/// are not among them: backend and cloud credentials come from the environment, straight to Terraform.
/// </summary>
public sealed record ReleaseOptions
{
    public required string Environment { get; init; }

    /// <summary>The environment's Terraform root (absolute).</summary>
    public required string RootDirectory { get; init; }

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public IReadOnlyList<string> BackendConfig { get; init; } = [];

    public int? EndpointPort { get; init; }

    public string? ApprovedHash { get; init; }

    public required string Approver { get; init; }

    public bool SkipSmokeTest { get; init; }

    public TimeSpan SmokeTestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    public string? RunUrl { get; init; }

    /// <summary>Terraform's colours only when this build writes to a terminal.</summary>
    public bool NoColor { get; init; } = true;

    public PlanRequest PlanRequest(WorkspacePaths paths, Deployment? deployment, bool destroy = false)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new PlanRequest
        {
            Environment = Environment,
            WorkspaceRoot = paths.Root,
            RootDirectory = RootDirectory,
            Files = PlanFiles.For(paths, Environment, destroy),
            Deployment = deployment,
            Destroy = destroy,
            BackendConfig = BackendConfig,
            LockTimeout = LockTimeout,
            NoColor = NoColor,
        };
    }

    public ApplyRequest ApplyRequest(WorkspacePaths paths, IApprovalConsole console, bool destroy = false) => new()
    {
        Environment = Environment,
        WorkspaceRoot = paths?.Root ?? throw new ArgumentNullException(nameof(paths)),
        Files = PlanFiles.For(paths, Environment, destroy),
        ApprovedHash = ApprovedHash,
        Approver = Approver,
        Console = console,
        AuditLogs = ApprovalJournal.AuditLogs(paths),
        BackendConfig = BackendConfig,
        LockTimeout = LockTimeout,
        NoColor = NoColor,
        SkipSmokeTest = SkipSmokeTest,
        SmokeTestTimeout = SmokeTestTimeout,
        RunUrl = RunUrl,
        ReplanCommand = PlanRequest(paths, null, destroy).ReplanCommand,
    };
}
