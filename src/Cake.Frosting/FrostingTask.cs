using Cake.Core;

namespace Cake.Frosting;

/// <summary>A synchronous task that runs with the build's context.</summary>
public abstract class FrostingTask<TContext> : IFrostingTask
    where TContext : ICakeContext
{
    public virtual void Run(TContext context)
    {
    }

    public virtual bool ShouldRun(TContext context) => true;

    public virtual void OnError(Exception exception, TContext context)
    {
    }

    public virtual void Finally(TContext context)
    {
    }

    Task IFrostingTask.RunAsync(ICakeContext context)
    {
        Run((TContext)context);
        return Task.CompletedTask;
    }

    bool IFrostingTask.ShouldRun(ICakeContext context) => ShouldRun((TContext)context);

    void IFrostingTask.OnError(Exception exception, ICakeContext context) => OnError(exception, (TContext)context);

    void IFrostingTask.Finally(ICakeContext context) => Finally((TContext)context);
}

/// <summary>A task with no body of its own: a name that groups its dependencies.</summary>
public abstract class FrostingTask : FrostingTask<ICakeContext>
{
}
