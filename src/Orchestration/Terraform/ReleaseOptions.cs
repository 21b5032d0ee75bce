using System.Globalization;
using Cake.Core;
using Orchestration.Approval;
using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// The options of Plan, Apply and Destroy (argument, then environment variable, then default). Secrets
/// are not among them: backend and cloud credentials come from the environment, straight to Terraform.
/// </summary>
public sealed record ReleaseOptions
{
    public const string DefaultEnvironment = "local";
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan DefaultSmokeTestTimeout = TimeSpan.FromSeconds(60);

    public required string Environment { get; init; }

    /// <summary>The environment's Terraform root (absolute).</summary>
    public required string RootDirectory { get; init; }

    public TimeSpan LockTimeout { get; init; } = DefaultLockTimeout;

    public IReadOnlyList<string> BackendConfig { get; init; } = [];

    public int? EndpointPort { get; init; }

    public string? ApprovedHash { get; init; }

    public required string Approver { get; init; }

    public bool SkipSmokeTest { get; init; }

    public TimeSpan SmokeTestTimeout { get; init; } = DefaultSmokeTestTimeout;

    public string? RunUrl { get; init; }

    /// <summary>Terraform's colours only when this build writes to a terminal.</summary>
    public bool NoColor { get; init; } = true;

    /// <param name="approvalVariable">The environment variable that may carry the approved hash (APPLY_APPROVED_PLAN, DESTROY_APPROVED_PLAN).</param>
    public static ReleaseOptions Read(ICakeContext context, WorkspacePaths paths, string? approvalVariable = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(paths);
        string? Variable(string name) => context.Environment.GetEnvironmentVariable(name);
        TerraformVariableSecrets.Register(System.Environment.GetEnvironmentVariables());
        var environment = Options.Get(context, "environment", null, DefaultEnvironment)!;
        var terraformDirectory = Path.GetFullPath(Options.Get(context, "terraform-dir", null, BuildCommands.DefaultTerraformDirectory)!, paths.Root);
        var backendConfig = context.Arguments.GetArguments("backend-config") is { Count: > 0 } given
            ? given
            : (Variable("TF_BACKEND_CONFIG") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new ReleaseOptions
        {
            Environment = environment,
            RootDirectory = new EnvironmentRoots(terraformDirectory).RootOf(environment),
            LockTimeout = Options.Duration(context, "lock-timeout", "TF_LOCK_TIMEOUT", DefaultLockTimeout),
            BackendConfig = [.. backendConfig],
            EndpointPort = Port(Options.Get(context, "endpoint-port", "ENDPOINT_PORT")),
            ApprovedHash = approvalVariable is null ? null : Options.Get(context, "approve", approvalVariable),
            Approver = Orchestration.Approval.Approver.Resolve(Options.Get(context, "approver"), Variable),
            SkipSmokeTest = Options.Flag(context, "skip-smoke-test", "SKIP_SMOKE_TEST"),
            SmokeTestTimeout = Options.Duration(context, "smoke-test-timeout", "SMOKE_TEST_TIMEOUT", DefaultSmokeTestTimeout),
            RunUrl = CiRun.Url(Variable),
            NoColor = Console.IsOutputRedirected,
        };
    }

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

    private static int? Port(string? value) => value switch
    {
        null => null,
        _ when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535 => port,
        _ => throw ConfigurationError.Create($"--endpoint-port takes a port number from 1 to 65535, not '{value}'."),
    };
}
