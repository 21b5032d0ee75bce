using Cake.Core;

namespace Cake.Frosting;

/// <summary>A task of a Frosting build: what the engine calls, whatever the task's context type.</summary>
public interface IFrostingTask
{
    Task RunAsync(ICakeContext context);

    bool ShouldRun(ICakeContext context);

    void OnError(Exception exception, ICakeContext context);

    void Finally(ICakeContext context);
}
