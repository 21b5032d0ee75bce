using System.Globalization;
using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Apt;

/// <summary>apt-get, which every verb's runner derives from.</summary>
internal abstract class AptGetTool<TSettings>(ICakeContext context) : CommandLineTool<TSettings>(context)
    where TSettings : AptGetSettings
{
    protected override string GetToolName() => "apt-get";

    protected override IEnumerable<string> GetToolExecutableNames() => ["apt-get"];

    /// <summary>The command, then the options every command shares: <c>-qq -o DPkg::Lock::Timeout=SECONDS</c>.</summary>
    protected static ProcessArgumentBuilder Command(string command, AptGetSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seconds = ((long)Math.Ceiling(settings.LockTimeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return new ProcessArgumentBuilder().Append(command).Append("-qq").Append("-o").Append("DPkg::Lock::Timeout=" + seconds);
    }
}
