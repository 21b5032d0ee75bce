namespace Orchestration.Notebooks;

/// <summary>runner.py, shipped inside this assembly so every build output has it.</summary>
internal static class RunnerScript
{
    private const string ResourceName = "Orchestration.Notebooks.runner.py";

    public static void WriteTo(string path)
    {
        using var resource = typeof(RunnerScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(RunnerScript).Assembly.GetName().Name}; rebuild it.");
        using var file = File.Create(path);
        resource.CopyTo(file);
    }
}
