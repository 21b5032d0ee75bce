namespace Orchestration.Tools.Git.Fetch;

/// <summary>Settings for <c>git fetch [OPTIONS] -- REMOTE REFSPEC</c>.</summary>
internal sealed class GitFetchSettings : GitSettings
{
    /// <summary>Fetch only this many commits of history (<c>--depth</c>).</summary>
    public int? Depth { get; set; }

    /// <summary>Do not fetch the tags pointing into the fetched history (<c>--no-tags</c>).</summary>
    public bool NoTags { get; set; }
}
