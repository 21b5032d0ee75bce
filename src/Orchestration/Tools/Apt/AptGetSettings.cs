using Cake.Core.Tooling;

namespace Orchestration.Tools.Apt;

/// <summary>
/// What every apt-get call shares: no questions (<c>DEBIAN_FRONTEND=noninteractive</c>), quiet output, and a
/// wait of <see cref="LockTimeout"/> for another apt or dpkg run on the machine to finish instead of failing at once.
/// </summary>
internal abstract class AptGetSettings : ToolSettings
{
    public const int DefaultLockTimeoutSeconds = 600;

    protected AptGetSettings() => EnvironmentVariables["DEBIAN_FRONTEND"] = "noninteractive";

    /// <summary>How long to wait for dpkg's lock (<c>-o DPkg::Lock::Timeout=SECONDS</c>).</summary>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromSeconds(DefaultLockTimeoutSeconds);
}
