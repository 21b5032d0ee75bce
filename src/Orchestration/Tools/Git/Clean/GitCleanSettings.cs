namespace Orchestration.Tools.Git.Clean;

/// <summary>Settings for <c>git clean --quiet -ff -d [-x]</c>: every untracked file and folder, nested repositories too.</summary>
internal sealed class GitCleanSettings : GitSettings
{
    /// <summary>Also remove what .gitignore hides (<c>-x</c>): build outputs, trained models, caches.</summary>
    public bool IncludeIgnored { get; set; }
}
