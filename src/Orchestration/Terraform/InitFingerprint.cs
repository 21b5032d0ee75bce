using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orchestration.Pipeline;
using Orchestration.Tools.Terraform.Init;

namespace Orchestration.Terraform;

/// <summary>
/// Everything <c>terraform init</c> of a root depends on, as one SHA-256: the Terraform version, the backend
/// configuration as passed (files by content, key=value pairs — the hash alone is kept, never the values),
/// the root's <c>*.tf</c>, <c>*.tf.json</c>, test files and <c>.terraform.lock.hcl</c>, the backend settings the
/// last init saved (<c>terraform.tfstate</c> in the data directory), and the <c>*.tf</c> files of every module it
/// installed (<c>modules.json</c> there). Other files (tfvars, scripts, state) do not count: init does not read them.
/// </summary>
internal static class InitFingerprint
{
    // Changing what is hashed changes this, so no root initialised under the old rules is reused.
    private const string Recipe = "orchestration-terraform-init-1";

    public static string Of(string rootDirectory, string dataDirectory, string terraformVersion, TerraformInitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));

        Add(Recipe);
        Add("terraform " + terraformVersion);
        Add(settings.Backend ? "backend" : "no backend");
        Add(settings.ForceReconfigure ? "reconfigure" : "keep");
        foreach (var file in settings.BackendConfigFiles)
        {
            Add($"backend-config file {file} {Sha256.OfFile(file)}");
        }

        foreach (var (key, value) in settings.BackendConfigOverrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            Add($"backend-config {key}={value}");
        }

        AddFiles(Add, rootDirectory, ".", RootFiles(rootDirectory));
        // What init saved of the backend: a manual init with other settings is seen too.
        var savedBackend = Path.Combine(dataDirectory, "terraform.tfstate");
        Add("saved backend " + (File.Exists(savedBackend) ? Sha256.OfFile(savedBackend) : "none"));
        foreach (var module in ModuleDirectories(rootDirectory, dataDirectory))
        {
            var directory = Path.GetFullPath(module, rootDirectory);
            AddFiles(Add, rootDirectory, module, System.IO.Directory.Exists(directory) ? ConfigurationFiles(directory) : []);
        }

        return Sha256.Hex(hash.GetHashAndReset());
    }

    private static void AddFiles(Action<string> add, string rootDirectory, string directory, IEnumerable<string> files)
    {
        add("directory " + directory);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            add($"file {Path.GetRelativePath(rootDirectory, file).Replace('\\', '/')} {Sha256.OfFile(file)}");
        }
    }

    private static IEnumerable<string> RootFiles(string rootDirectory)
    {
        var lockFile = Path.Combine(rootDirectory, ".terraform.lock.hcl");
        var tests = Path.Combine(rootDirectory, "tests");
        return ConfigurationFiles(rootDirectory)
            .Concat(TestFiles(rootDirectory))
            .Concat(System.IO.Directory.Exists(tests) ? TestFiles(tests) : [])
            .Concat(File.Exists(lockFile) ? [lockFile] : []);
    }

    private static IEnumerable<string> ConfigurationFiles(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*.tf").Concat(System.IO.Directory.EnumerateFiles(directory, "*.tf.json"));

    private static IEnumerable<string> TestFiles(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*.tftest.hcl").Concat(System.IO.Directory.EnumerateFiles(directory, "*.tftest.json"));

    /// <summary>The module folders (relative to the root) the last init recorded, the root itself left out; none before the first.</summary>
    private static IEnumerable<string> ModuleDirectories(string rootDirectory, string dataDirectory)
    {
        var manifest = Path.Combine(dataDirectory, "modules", "modules.json");
        if (!File.Exists(manifest))
        {
            return [];
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            return [.. document.RootElement.GetProperty("Modules").EnumerateArray()
                .Select(module => module.GetProperty("Dir").GetString() ?? ".")
                .Where(directory => Path.GetFullPath(directory, rootDirectory) != Path.GetFullPath(rootDirectory))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // An unreadable manifest counts as one more input: the next init rewrites it.
            return ["(unreadable modules.json)"];
        }
    }
}
