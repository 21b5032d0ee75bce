namespace Orchestration.Tools.Git.RevParse;

/// <summary>Settings for <c>git rev-parse</c>; the runner asks one question per call.</summary>
internal sealed class GitRevParseSettings : GitSettings
{
}
