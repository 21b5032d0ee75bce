namespace Orchestration.Terraform;

/// <summary>What to plan: an environment's root, what to deploy there (or destroy), where to save the plan.</summary>
public sealed record PlanRequest
{
    public required string Environment { get; init; }

    /// <summary>The workspace root; the record's paths are relative to it.</summary>
    public required string WorkspaceRoot { get; init; }

    /// <summary>The environment's Terraform root (absolute).</summary>
    public required string RootDirectory { get; init; }

    public required PlanFiles Files { get; init; }

    /// <summary>What to deploy. For a destroy plan leave it null: the state's outputs say what is deployed.</summary>
    public Deployment? Deployment { get; init; }

    public bool Destroy { get; init; }

    /// <summary>Backend configuration files or key=value pairs for init (see <see cref="BackendConfiguration"/>).</summary>
    public IReadOnlyList<string> BackendConfig { get; init; } = [];

    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Plain output, for logs that are not a terminal.</summary>
    public bool NoColor { get; init; } = true;

    /// <summary>The command that makes this plan again (named in errors).</summary>
    public string ReplanCommand =>
        BuildCommands.Replan(Destroy, Environment, EnvironmentPlanner.Relative(WorkspaceRoot, RootDirectory));
}
