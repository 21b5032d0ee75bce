using Orchestration.Pipeline;

namespace Orchestration.Terraform;

/// <summary>
/// One Terraform root per environment: <c>terraform/environments/&lt;env&gt;/</c> (or under
/// <c>--terraform-dir</c>). An environment exists when its folder holds <c>.tf</c> files.
/// </summary>
internal sealed class EnvironmentRoots(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public IReadOnlyList<string> Names =>
        System.IO.Directory.Exists(Directory)
            ? [.. System.IO.Directory.EnumerateDirectories(Directory)
                .Where(root => System.IO.Directory.EnumerateFiles(root, "*.tf").Any())
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The root folder of an environment; a configuration error naming the ones that exist otherwise.</summary>
    public string RootOf(string environment)
    {
        var names = Names;
        if (names.Count == 0)
        {
            throw ConfigurationError.Create(
                $"{Directory} holds no Terraform environments (folders with .tf files). Pass --terraform-dir=<folder of environment roots>.");
        }

        return names.Contains(environment, StringComparer.Ordinal)
            ? Path.Combine(Directory, environment)
            : throw ConfigurationError.Create(
                $"{TerraformOptions.Environment}={environment}: no such environment; expected one of: {string.Join(", ", names)} (folders of {Directory}).");
    }
}
