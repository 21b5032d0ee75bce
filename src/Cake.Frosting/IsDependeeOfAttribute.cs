namespace Cake.Frosting;

/// <summary>The named task depends on this one: the reverse of <see cref="IsDependentOnAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class IsDependeeOfAttribute(Type task) : Attribute
{
    public Type Task { get; } = task;
}
