namespace Orchestration.Tools.Git.LsFiles;

/// <summary>
/// Settings for <c>git ls-files -z --cached [--others --exclude-standard] -- PATHSPEC...</c>: the tracked
/// files, named exactly (<c>-z</c>: no quoting of unusual names), relative to the working directory.
/// </summary>
internal sealed class GitLsFilesSettings : GitSettings
{
    /// <summary>Also the untracked files git does not ignore (<c>--others --exclude-standard</c>).</summary>
    public bool Others { get; set; }
}
