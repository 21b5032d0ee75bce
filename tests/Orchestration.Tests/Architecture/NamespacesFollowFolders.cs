using System.Text.RegularExpressions;

namespace Orchestration.Tests.Architecture;

public sealed partial class NamespacesFollowFolders
{
    [Theory]
    [InlineData("src/Orchestration", "Orchestration")]
    [InlineData("src/Cake.Frosting", "Cake.Frosting")]
    public void Every_source_file_declares_the_namespace_of_its_folder(string project, string rootNamespace)
    {
        var projectDirectory = Path.Combine(RepositorySources.Root, project);
        var mismatches = RepositorySources.CSharpFiles(project)
            .Select(file => (File: Path.GetRelativePath(projectDirectory, file), Declared: DeclaredNamespace(file)))
            .Select(entry => (entry.File, entry.Declared, Expected: Expected(rootNamespace, entry.File)))
            .Where(entry => entry.Declared != entry.Expected)
            .Select(entry => $"{project}/{entry.File}: namespace {entry.Declared ?? "(none)"}, expected {entry.Expected}")
            .ToList();

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    private static string Expected(string rootNamespace, string relativeFile)
    {
        var folder = Path.GetDirectoryName(relativeFile);
        return string.IsNullOrEmpty(folder)
            ? rootNamespace
            : rootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
    }

    private static string? DeclaredNamespace(string file)
    {
        var match = FileScopedNamespace().Match(File.ReadAllText(file));
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex FileScopedNamespace();
}
