namespace Cake.Frosting;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class TaskDescriptionAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
