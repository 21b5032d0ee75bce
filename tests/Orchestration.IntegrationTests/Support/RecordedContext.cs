using Cake.Core;
using Cake.Core.Diagnostics;
using Orchestration.Tests.Fakes;

namespace Orchestration.IntegrationTests.Support;

/// <summary>
/// A real Cake context, like <see cref="RealContext"/>, whose log keeps every line to assert on. It
/// keeps the process's working directory: Cake makes a context's working directory the process's
/// own, and a deleted temporary folder as the process's directory breaks every later context.
/// </summary>
public static class RecordedContext
{
    public static (ICakeContext Context, RecordedLog Log) Create(params (string Name, string Value)[] arguments)
    {
        var log = new RecordedLog();
        var context = TestCakeContext.Create(log, arguments);
        return (context, log);
    }
}

/// <summary>Keeps every line written (tools write from other threads), at every verbosity.</summary>
public sealed class RecordedLog : ICakeLog
{
    private readonly List<string> lines = [];

    public Verbosity Verbosity { get; set; } = Verbosity.Diagnostic;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public string Text => string.Join('\n', Lines);

    public void Write(Verbosity verbosity, LogLevel level, string format, params object[] args)
    {
        var line = args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
        lock (lines)
        {
            lines.Add(line);
        }
    }
}
