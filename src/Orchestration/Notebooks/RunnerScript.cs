using System.Security.Cryptography;

namespace Orchestration.Notebooks;

/// <summary>runner.py, shipped inside this assembly so every build output has it.</summary>
internal static class RunnerScript
{
    private const string ResourceName = "Orchestration.Notebooks.runner.py";

    /// <summary>The script's SHA-256: part of the inputs fingerprint (a changed runner may run notebooks differently).</summary>
    public static string Sha256 { get; } = HashOfResource();

    public static void WriteTo(string path)
    {
        using var resource = Open();
        using var file = File.Create(path);
        resource.CopyTo(file);
    }

    private static string HashOfResource()
    {
        using var resource = Open();
        return Pipeline.Sha256.Hex(SHA256.HashData(resource));
    }

    private static Stream Open() =>
        typeof(RunnerScript).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from {typeof(RunnerScript).Assembly.GetName().Name}; rebuild it.");
}
