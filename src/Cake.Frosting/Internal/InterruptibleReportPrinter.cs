using Cake.Core;
using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>The task headers and the closing table, left out once the build is interrupted (as the log is).</summary>
internal sealed class InterruptibleReportPrinter(ICakeReportPrinter inner, CancellationToken interrupted) : ICakeReportPrinter
{
    public void Write(CakeReport report)
    {
        if (!interrupted.IsCancellationRequested)
        {
            inner.Write(report);
        }
    }

    public void WriteLifeCycleStep(string name, Verbosity verbosity)
    {
        if (!interrupted.IsCancellationRequested)
        {
            inner.WriteLifeCycleStep(name, verbosity);
        }
    }

    public void WriteStep(string name, Verbosity verbosity)
    {
        if (!interrupted.IsCancellationRequested)
        {
            inner.WriteStep(name, verbosity);
        }
    }

    public void WriteSkippedStep(string name, Verbosity verbosity)
    {
        if (!interrupted.IsCancellationRequested)
        {
            inner.WriteSkippedStep(name, verbosity);
        }
    }
}
