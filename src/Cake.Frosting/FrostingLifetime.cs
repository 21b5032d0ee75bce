using Cake.Core;

namespace Cake.Frosting;

/// <summary>Work done once before the first task and once after the last, whatever happened.</summary>
public interface IFrostingLifetime
{
    void Setup(ICakeContext context, ISetupContext info);

    void Teardown(ICakeContext context, ITeardownContext info);
}

public abstract class FrostingLifetime<TContext> : IFrostingLifetime
    where TContext : ICakeContext
{
    public abstract void Setup(TContext context, ISetupContext info);

    public abstract void Teardown(TContext context, ITeardownContext info);

    void IFrostingLifetime.Setup(ICakeContext context, ISetupContext info) => Setup((TContext)context, info);

    void IFrostingLifetime.Teardown(ICakeContext context, ITeardownContext info) => Teardown((TContext)context, info);
}
