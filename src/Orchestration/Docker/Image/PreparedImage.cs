namespace Orchestration.Docker.Image;

/// <summary>A serving image ready to build: its context on disk, what goes into docker build, and the digest of it all.</summary>
internal sealed record PreparedImage
{
    public required ServingImageRequest Request { get; init; }

    public required string ContextDirectory { get; init; }

    /// <summary>The Dockerfile docker build reads (inside the context when the project has it there).</summary>
    public required string Dockerfile { get; init; }

    public required IReadOnlyList<string> BuildArguments { get; init; }

    /// <summary>Every label, <see cref="ImageLabels.Inputs"/> included.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Labels { get; init; }

    public required ImageInputs Inputs { get; init; }

    /// <summary><c>name:d.m-inputs</c>: pushed and deployed, never moves.</summary>
    public required string ImmutableTag { get; init; }

    /// <summary><c>name:d.m</c>: local only, follows the newest build of the model version.</summary>
    public required string MovingTag { get; init; }

    public IReadOnlyList<string> Tags => [ImmutableTag, MovingTag];
}
