namespace Orchestration.Tools.Conda.Version;

/// <summary>Settings for <c>conda --version</c>.</summary>
internal sealed class CondaVersionSettings : CondaSettings
{
}
