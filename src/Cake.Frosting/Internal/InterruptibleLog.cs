using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>The build's log, silent once the build is interrupted: the host's closing line is the last word.</summary>
internal sealed class InterruptibleLog(ICakeLog inner, CancellationToken interrupted) : ICakeLog
{
    public Verbosity Verbosity
    {
        get => inner.Verbosity;
        set => inner.Verbosity = value;
    }

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        if (!interrupted.IsCancellationRequested)
        {
            inner.Write(verbosity, level, format, args);
        }
    }
}
