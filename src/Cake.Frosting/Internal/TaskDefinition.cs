using System.Reflection;

namespace Cake.Frosting.Internal;

/// <summary>A task class as the host sees it: its name, description and declared edges.</summary>
internal sealed record TaskDefinition(Type Type, string Name, string Description, IReadOnlyList<Type> DependsOn, IReadOnlyList<Type> DependeeOf)
{
    public static TaskDefinition From(Type type) => new(
        type,
        NameOf(type),
        type.GetCustomAttribute<TaskDescriptionAttribute>()?.Description ?? string.Empty,
        [.. type.GetCustomAttributes<IsDependentOnAttribute>().Select(a => a.Task)],
        [.. type.GetCustomAttributes<IsDependeeOfAttribute>().Select(a => a.Task)]);

    public static string NameOf(Type type) => type.GetCustomAttribute<TaskNameAttribute>()?.Name ?? type.Name;

    public static bool IsTask(Type type) =>
        typeof(IFrostingTask).IsAssignableFrom(type) && type is { IsAbstract: false, IsInterface: false };
}
