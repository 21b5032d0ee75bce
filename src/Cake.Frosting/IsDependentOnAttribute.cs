namespace Cake.Frosting;

/// <summary>The task runs after the named task, which runs first whenever this one is targeted.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependentOnAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
