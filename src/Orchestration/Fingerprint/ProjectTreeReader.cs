using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Configuration;
using Orchestration.Packaging;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.LsFiles;

namespace Orchestration.Fingerprint;

/// <summary>
/// Lists and hashes the model project's inputs: the files git tracks in the project folder (with
/// --allow-dirty, also the untracked ones it does not ignore, as they are on disk) and the declared data
/// files, even when git ignores them (data fetched by other means). Left out: the model file the notebook
/// writes (<c>model.path</c>), the Dockerfile (a serving input that must not cause training) and the files
/// <c>outputs</c> declares — unless <c>data</c> declares them too.
/// </summary>
internal sealed class ProjectTreeReader(ICakeContext context)
{
    public ProjectTree Read(CheckoutRecord checkout, ModelConfiguration model, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkout);
        ArgumentNullException.ThrowIfNull(model);
        var project = checkout.ProjectDirectory;
        var listed = context.GitLsFiles(new GitLsFilesSettings { WorkingDirectory = project, Others = checkout.IsDirty }, ["."], cancellationToken);
        var data = DataFiles.Resolve(project, model.Data);
        var excluded = new NotInputs(model, DeclaredOutputs(project, model).Except(data, StringComparer.Ordinal));
        var files = listed
            .Concat(data)
            .Select(path => path.Replace('\\', '/'))
            .Distinct(StringComparer.Ordinal)
            .Where(path => !excluded.Contains(path))
            .Select(path => (Path: path, Full: Path.Combine(project, path)))
            // A tracked file deleted in a dirty working tree is not an input any more.
            .Where(file => File.Exists(file.Full))
            .Select(file => new InputFile(file.Path, Pipeline.Sha256.OfFile(file.Full), new FileInfo(file.Full).Length));
        return ProjectTree.Of(files);
    }

    /// <summary>The files the <c>outputs</c> patterns match now, relative to the project with <c>/</c> separators.</summary>
    private static IEnumerable<string> DeclaredOutputs(string project, ModelConfiguration model) =>
        model.Outputs
            .SelectMany(pattern => GlobPattern.Parse(project, pattern).Files())
            .Select(file => Path.GetRelativePath(project, file).Replace('\\', '/'));

    /// <summary>Paths inside the project that are outputs or serving inputs, not training inputs.</summary>
    private sealed class NotInputs(ModelConfiguration model, IEnumerable<string> outputs)
    {
        private readonly string[] paths = [Normalize(model.ModelPath), Normalize(model.Dockerfile)];
        private readonly HashSet<string> declared = new(outputs, StringComparer.Ordinal);

        public bool Contains(string path) =>
            declared.Contains(path) || paths.Any(excluded => path == excluded || path.StartsWith(excluded + "/", StringComparison.Ordinal));

        private static string Normalize(string path)
        {
            var normalized = path.Replace('\\', '/').TrimEnd('/');
            while (normalized.StartsWith("./", StringComparison.Ordinal))
            {
                normalized = normalized[2..];
            }

            return normalized;
        }
    }
}
