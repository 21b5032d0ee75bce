namespace Orchestration.Tools.Git.Init;

/// <summary>Settings for <c>git init --quiet -- DIRECTORY</c>.</summary>
internal sealed class GitInitSettings : GitSettings
{
}
