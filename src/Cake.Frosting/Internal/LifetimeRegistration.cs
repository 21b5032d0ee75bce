using Cake.Core;

namespace Cake.Frosting.Internal;

internal static class LifetimeRegistration
{
    public static void Register(ICakeEngine engine, Type? lifetimeType, ICakeContext context)
    {
        if (lifetimeType is null)
        {
            return;
        }

        var lifetime = (IFrostingLifetime)Activator.CreateInstance(lifetimeType)!;
        engine.RegisterSetupAction(info => lifetime.Setup(context, info));
        engine.RegisterTeardownAction(info => lifetime.Teardown(context, info));
    }
}
