namespace Cake.Frosting.Internal;

/// <summary>
/// The task graph, checked before anything runs: every dependency is a known task, names are unique,
/// there is no cycle, and the target exists. Each failure is a usage error with a readable message.
/// </summary>
internal sealed class TaskGraph
{
    private readonly Dictionary<string, TaskDefinition> tasks;
    private readonly Dictionary<string, List<string>> edges;

    private TaskGraph(Dictionary<string, TaskDefinition> tasks, Dictionary<string, List<string>> edges)
    {
        this.tasks = tasks;
        this.edges = edges;
    }

    public IReadOnlyCollection<TaskDefinition> Tasks => tasks.Values;

    public IReadOnlyList<string> DependenciesOf(string name) => edges[name];

    public static TaskGraph Build(IEnumerable<TaskDefinition> definitions)
    {
        var tasks = new Dictionary<string, TaskDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in definitions)
        {
            if (!tasks.TryAdd(task.Name, task))
            {
                throw Usage.Error(
                    $"Two tasks are named '{task.Name}': {tasks[task.Name].Type.FullName} and {task.Type.FullName}.");
            }
        }

        var byType = tasks.Values.ToDictionary(t => t.Type);
        var edges = tasks.Keys.ToDictionary(name => name, _ => new List<string>(), StringComparer.OrdinalIgnoreCase);
        foreach (var task in tasks.Values)
        {
            edges[task.Name].AddRange(task.DependsOn.Select(type => Resolve(byType, type, task)));
            foreach (var dependee in task.DependeeOf)
            {
                edges[Resolve(byType, dependee, task)].Add(task.Name);
            }
        }

        var graph = new TaskGraph(tasks, edges);
        graph.ThrowOnCycle();
        return graph;
    }

    public string Canonical(string target)
    {
        if (tasks.TryGetValue(target, out var task))
        {
            return task.Name;
        }

        var known = string.Join(", ", tasks.Keys.Order(StringComparer.OrdinalIgnoreCase));
        var suggestion = tasks.Keys.FirstOrDefault(name => name.StartsWith(target, StringComparison.OrdinalIgnoreCase));
        var hint = suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?";
        throw Usage.Error($"Target '{target}' does not exist.{hint} Targets: {known}. Run with --description to see what each does.");
    }

    private static string Resolve(Dictionary<Type, TaskDefinition> byType, Type type, TaskDefinition requiredBy) =>
        byType.TryGetValue(type, out var found)
            ? found.Name
            : throw Usage.Error($"{TaskDefinition.NameOf(type)}, required by {requiredBy.Name}, is not a registered task.");

    private void ThrowOnCycle()
    {
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in tasks.Keys)
        {
            Visit(name, [], done);
        }
    }

    private void Visit(string name, List<string> path, HashSet<string> done)
    {
        var start = path.FindIndex(p => string.Equals(p, name, StringComparison.OrdinalIgnoreCase));
        if (start >= 0)
        {
            throw Usage.Error($"Circular dependency: {string.Join(" -> ", path.Skip(start).Append(name))}");
        }

        if (done.Contains(name))
        {
            return;
        }

        path.Add(name);
        foreach (var dependency in edges[name])
        {
            Visit(dependency, path, done);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(name);
    }
}
