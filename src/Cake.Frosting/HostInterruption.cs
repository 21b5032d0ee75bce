using System.Runtime.InteropServices;

namespace Cake.Frosting;

/// <summary>
/// SIGINT (Ctrl+C) and SIGTERM (a CI abort, a timeout, <c>kill</c>) to the build, as a cancellation:
/// the host keeps its process alive, cancels <see cref="Token"/>, and exits with 128 + the signal number
/// (130, 143) once the running task has stopped. Tasks get it by asking for it in their context's
/// constructor. Not part of Cake.Frosting, which leaves signals to the runtime (that ends the process
/// at once, and the tools it started run on).
/// </summary>
public sealed class HostInterruption : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private int signal;

    /// <summary>Cancelled when the build is interrupted.</summary>
    public CancellationToken Token => source.Token;

    /// <summary>The signal that interrupted the build (SIGINT, SIGTERM), or null.</summary>
    public string? Signal => Volatile.Read(ref signal) switch
    {
        0 => null,
        SigInt => "SIGINT",
        SigTerm => "SIGTERM",
        var other => "signal " + other,
    };

    /// <summary>The exit code an interrupted build ends with: 128 + the signal number, as a shell reports it.</summary>
    public int ExitCode => 128 + Volatile.Read(ref signal);

    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <summary>Listens for SIGINT and SIGTERM until disposed.</summary>
    public static HostInterruption Listen()
    {
        var interruption = new HostInterruption();
        interruption.registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, context => interruption.OnSignal(context, SigInt)));
        interruption.registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => interruption.OnSignal(context, SigTerm)));
        return interruption;
    }

    /// <summary>Interrupts the build as the signal numbered <paramref name="number"/> would (tests use it).</summary>
    public void Interrupt(int number)
    {
        if (Interlocked.CompareExchange(ref signal, number, 0) == 0)
        {
            source.Cancel();
        }
    }

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        source.Dispose();
    }

    private void OnSignal(PosixSignalContext context, int number)
    {
        // Keep the process: the host stops the running task's tools first, then exits with the code above.
        context.Cancel = true;
        Interrupt(number);
    }
}
