using System.Collections.Concurrent;
using System.Globalization;
using Cake.Core.Diagnostics;

namespace Orchestration.IntegrationTests.Docker.Support;

/// <summary>A log that keeps every line at every verbosity, to assert on what a reader of the build log could see.</summary>
public sealed class CapturingLog : ICakeLog
{
    private readonly ConcurrentQueue<string> lines = new();

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public string Text => string.Join('\n', lines);

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args) =>
        lines.Enqueue(args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args));
}
