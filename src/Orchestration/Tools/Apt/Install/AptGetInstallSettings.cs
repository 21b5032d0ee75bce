namespace Orchestration.Tools.Apt.Install;

/// <summary>Settings for <c>apt-get install [-y] [--no-install-recommends] PACKAGE...</c>.</summary>
internal sealed class AptGetInstallSettings : AptGetSettings
{
    /// <summary>Answer yes to apt-get's questions (<c>-y</c>).</summary>
    public bool AssumeYes { get; set; }

    /// <summary>Install only the packages' dependencies, not what they recommend (<c>--no-install-recommends</c>).</summary>
    public bool NoInstallRecommends { get; set; }
}
