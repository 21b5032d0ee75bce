using Cake.Core;

namespace Cake.Frosting.Internal;

internal static class TaskRegistration
{
    public static void Register(ICakeEngine engine, TaskGraph graph, ICakeContext context, TaskProgress progress, CancellationToken interrupted)
    {
        foreach (var definition in graph.Tasks)
        {
            var task = (IFrostingTask)Activator.CreateInstance(definition.Type)!;
            var builder = engine.RegisterTask(definition.Name)
                .Description(definition.Description)
                .WithCriteria(() => task.ShouldRun(context))
                .Does(async () =>
                {
                    // An interrupted build starts no further task, even one that would never look at the token.
                    interrupted.ThrowIfCancellationRequested();
                    progress.Start(definition.Name);
                    await task.RunAsync(context).ConfigureAwait(false);
                    progress.Finish(definition.Name);
                })
                .Finally(() => task.Finally(context));

            foreach (var dependency in graph.DependenciesOf(definition.Name))
            {
                builder.IsDependentOn(dependency);
            }

            // As in Cake.Frosting: an error handler marks the error handled, so only tasks that
            // override OnError get one.
            if (Overrides(definition.Type, nameof(IFrostingTask.OnError)))
            {
                builder.OnError(exception => task.OnError(exception, context));
            }
        }
    }

    private static bool Overrides(Type type, string method) =>
        type.GetMethods().Any(m => m.Name == method && m.DeclaringType == type && m.GetBaseDefinition().DeclaringType != type);
}
