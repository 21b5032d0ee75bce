using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Orchestration.Tests.Architecture;

/// <summary>
/// The library has one consumer, <c>build/</c>. A type is public only when <c>build/</c> names it (or calls one of its
/// extension methods), or when a public signature exposes it; everything else is internal.
/// </summary>
public sealed partial class PublicSurface
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly Assembly Library = typeof(Orchestration.Pipeline.WorkspacePaths).Assembly;

    [Fact]
    public void Only_what_the_build_uses_is_public()
    {
        var identifiers = RepositorySources.CSharpFiles("build")
            .SelectMany(file => Identifier().Matches(File.ReadAllText(file)).Select(match => match.Value))
            .ToHashSet(StringComparer.Ordinal);
        var publicTypes = Library.GetExportedTypes().Where(type => !type.IsNested).ToList();

        var needed = Closure(publicTypes.Where(type => IsNamedBy(type, identifiers)));
        var unneeded = publicTypes.Where(type => !needed.Contains(type)).Select(type => type.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(unneeded.Count == 0, "Public, but build/ does not use them (make them internal):\n" + string.Join('\n', unneeded));
    }

    private static bool IsNamedBy(Type type, HashSet<string> identifiers) =>
        identifiers.Contains(SimpleName(type))
        || (type.IsAbstract && type.IsSealed && type
            .GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Any(method => method.IsDefined(typeof(ExtensionAttribute)) && identifiers.Contains(method.Name)));

    private static HashSet<Type> Closure(IEnumerable<Type> seeds)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(seeds);
        while (pending.TryPop(out var type))
        {
            if (type.Assembly == Library && found.Add(type))
            {
                foreach (var exposed in Exposed(type).SelectMany(Unwrap))
                {
                    pending.Push(exposed);
                }
            }
        }

        return found;
    }

    private static IEnumerable<Type> Exposed(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var candidate in type.GetInterfaces().Concat(type.GetNestedTypes(BindingFlags.Public)))
        {
            yield return candidate;
        }

        foreach (var member in type.GetMembers(Declared).Where(IsVisibleOutside))
        {
            switch (member)
            {
                case FieldInfo field:
                    yield return field.FieldType;
                    break;
                case PropertyInfo property:
                    yield return property.PropertyType;
                    break;
                case MethodBase method:
                    foreach (var parameter in method.GetParameters())
                    {
                        yield return parameter.ParameterType;
                    }

                    if (method is MethodInfo withResult)
                    {
                        yield return withResult.ReturnType;
                    }

                    break;
                case EventInfo { EventHandlerType: { } handler }:
                    yield return handler;
                    break;
            }
        }
    }

    // Public and protected members are what another assembly can see (and must be able to name).
    private static bool IsVisibleOutside(MemberInfo member) => member switch
    {
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleOutside),
        EventInfo @event => @event.AddMethod is { } add && IsVisibleOutside(add),
        _ => false,
    };

    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            return Unwrap(element);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }

    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();
}
