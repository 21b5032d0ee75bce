namespace Orchestration.MachineServices.Registry;

/// <summary>How a <see cref="LocalRegistry"/> behaves (tests use the refusing kinds).</summary>
public sealed record LocalRegistryOptions
{
    /// <summary>The port on 127.0.0.1; null picks a free one when the registry is first started.</summary>
    public int? Port { get; init; }

    /// <summary>Refuse every push (the registry's read-only maintenance mode).</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Require logins checked against this htpasswd file (bcrypt entries, <c>htpasswd -B</c>).</summary>
    public string? HtpasswdFile { get; init; }
}
