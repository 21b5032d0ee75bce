namespace Orchestration.Tools.Git;

/// <summary>Options of <c>git fetch</c>.</summary>
internal sealed class GitFetchSettings : GitSettings
{
    /// <summary>Fetch only this many commits of history (<c>--depth</c>).</summary>
    public int? Depth { get; set; }

    /// <summary>Do not fetch the tags pointing into the fetched history (<c>--no-tags</c>).</summary>
    public bool NoTags { get; set; }
}
