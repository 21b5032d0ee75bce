namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
