namespace Orchestration.Tools.Git.Clone;

/// <summary>Settings for <c>git clone --quiet [OPTIONS] -- SOURCE DIRECTORY</c>, named as in Cake.Git's where they exist.</summary>
internal sealed class GitCloneSettings : GitSettings
{
    /// <summary>Check the files out after cloning (false: <c>--no-checkout</c>).</summary>
    public bool Checkout { get; set; } = true;

    /// <summary>The branch or tag to check out instead of the remote's HEAD (<c>--branch</c>).</summary>
    public string? BranchName { get; set; }

    /// <summary>Fetch only this many commits of history (<c>--depth</c>).</summary>
    public int? Depth { get; set; }
}
