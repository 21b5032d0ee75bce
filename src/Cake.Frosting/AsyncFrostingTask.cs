using Cake.Core;

namespace Cake.Frosting;

/// <summary>An asynchronous task that runs with the build's context.</summary>
public abstract class AsyncFrostingTask<TContext> : IFrostingTask
    where TContext : ICakeContext
{
    public virtual Task RunAsync(TContext context) => Task.CompletedTask;

    public virtual bool ShouldRun(TContext context) => true;

    public virtual void OnError(Exception exception, TContext context)
    {
    }

    public virtual void Finally(TContext context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context) => RunAsync((TContext)context);

    bool IFrostingTask.ShouldRun(ICakeContext context) => ShouldRun((TContext)context);

    void IFrostingTask.OnError(Exception exception, ICakeContext context) => OnError(exception, (TContext)context);

    void IFrostingTask.Finally(ICakeContext context) => Finally((TContext)context);
}
