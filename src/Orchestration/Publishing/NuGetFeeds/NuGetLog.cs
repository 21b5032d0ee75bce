using Cake.Core.Diagnostics;
using NuGet.Common;
using Orchestration.Tooling;

namespace Orchestration.Publishing.NuGetFeeds;

/// <summary>NuGet.Protocol's log, shown at verbose level (this stage says what happened in its own words), masked.</summary>
internal sealed class NuGetLog(ICakeLog log) : LoggerBase
{
    public override void Log(ILogMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var verbosity = message.Level >= NuGet.Common.LogLevel.Information ? Verbosity.Verbose : Verbosity.Diagnostic;
        log.Write(verbosity, Cake.Core.Diagnostics.LogLevel.Verbose, "{0}", SecretMasker.Mask(message.Message));
    }

    public override Task LogAsync(ILogMessage message)
    {
        Log(message);
        return Task.CompletedTask;
    }
}
