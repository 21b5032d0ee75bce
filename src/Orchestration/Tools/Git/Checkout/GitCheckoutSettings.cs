namespace Orchestration.Tools.Git.Checkout;

/// <summary>Settings for <c>git checkout --quiet [--detach] COMMIT --</c>.</summary>
internal sealed class GitCheckoutSettings : GitSettings
{
    /// <summary>Check the commit out on a detached HEAD (<c>--detach</c>) rather than a branch.</summary>
    public bool Detach { get; set; }
}
