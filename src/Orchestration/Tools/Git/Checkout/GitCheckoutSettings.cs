namespace Orchestration.Tools.Git.Checkout;

/// <summary>Settings for <c>git checkout --quiet [--force] [--detach] COMMIT --</c>.</summary>
internal sealed class GitCheckoutSettings : GitSettings
{
    /// <summary>Check the commit out on a detached HEAD (<c>--detach</c>) rather than a branch.</summary>
    public bool Detach { get; set; }

    /// <summary>Throw away changes of tracked files in the index and the working tree (<c>--force</c>).</summary>
    public bool Force { get; set; }
}
