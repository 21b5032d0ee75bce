namespace Orchestration.Tools.Git.Status;

/// <summary>
/// Settings for <c>git status --porcelain --untracked-files=all -- PATH...</c>: changed, staged and untracked
/// files as <c>XY path</c> lines, every untracked file listed rather than only its folder; ignored files are not.
/// </summary>
internal sealed class GitStatusSettings : GitSettings
{
}
