namespace Orchestration.Tools.Apt.Update;

/// <summary>Settings for <c>apt-get update</c>: reads the package lists anew.</summary>
internal sealed class AptGetUpdateSettings : AptGetSettings
{
}
