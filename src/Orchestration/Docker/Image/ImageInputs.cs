using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Orchestration.Pipeline;

namespace Orchestration.Docker.Image;

/// <summary>
/// Everything a serving image is built from, as one SHA-256: every file of the prepared build context
/// (path, mode, content; the model among them), the Dockerfile, the build arguments, the labels, and the
/// base image's content (its layers). Equal digests mean equal builds, so an image carrying the digest in
/// its <see cref="ImageLabels.Inputs"/> label can stand in for a new build, and its tag can be named after it.
/// </summary>
internal sealed record ImageInputs
{
    private const string Format = "orchestration image inputs 1";

    /// <summary><c>sha256:</c> and 64 lowercase hex digits.</summary>
    public required string Digest { get; init; }

    /// <summary>The text that was hashed, one input a line (kept for a reader comparing two builds).</summary>
    public required string Description { get; init; }

    /// <summary>The files of the context that were hashed.</summary>
    public required int FileCount { get; init; }

    /// <summary>The first 12 hex digits, as they appear in the image's tag.</summary>
    public string ShortDigest => Digest["sha256:".Length..("sha256:".Length + 12)];

    /// <param name="contextDirectory">The prepared (normalised) build context.</param>
    /// <param name="dockerfile">The Dockerfile: inside the context, or outside it (then hashed by its content alone).</param>
    /// <param name="knownSha256">Files of the context whose SHA-256 is already known and checked (relative path with '/' → hash), e.g. the model.</param>
    /// <param name="buildArguments">NAME=VALUE, as passed to docker build.</param>
    /// <param name="labels">The labels, without <see cref="ImageLabels.Inputs"/>.</param>
    /// <param name="baseImage">The base image's reference and its layers' digests; null when the Dockerfile's own default is used (then only the Dockerfile names it).</param>
    public static ImageInputs Of(
        string contextDirectory,
        string dockerfile,
        IReadOnlyDictionary<string, string> knownSha256,
        IEnumerable<string> buildArguments,
        IEnumerable<KeyValuePair<string, string>> labels,
        (string Reference, IReadOnlyList<string> Layers)? baseImage)
    {
        ArgumentNullException.ThrowIfNull(knownSha256);
        var text = new StringBuilder().Append(Format).Append('\n');
        var files = Directory.GetFiles(contextDirectory, "*", SearchOption.AllDirectories)
            .Select(file => (Path: Path.GetRelativePath(contextDirectory, file).Replace('\\', '/'), File: file))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
        foreach (var (path, file) in files)
        {
            var sha256 = knownSha256.TryGetValue(path, out var known) ? known.ToLowerInvariant() : Sha256.OfFile(file);
            var mode = BuildContextFolder.IsExecutable(file) ? "755" : "644";
            text.Append(CultureInfo.InvariantCulture, $"file {mode} {sha256} {path}\n");
        }

        var inContext = Path.GetRelativePath(contextDirectory, dockerfile);
        text.Append(inContext.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(inContext)
            ? $"dockerfile outside the context {Sha256.OfFile(dockerfile)}\n"
            : $"dockerfile {inContext.Replace('\\', '/')}\n");
        foreach (var argument in buildArguments.Order(StringComparer.Ordinal))
        {
            text.Append("arg ").Append(argument).Append('\n');
        }

        foreach (var (name, value) in labels.Where(label => label.Key != ImageLabels.Inputs).OrderBy(label => label.Key, StringComparer.Ordinal))
        {
            text.Append("label ").Append(name).Append('=').Append(value).Append('\n');
        }

        text.Append(baseImage is { } image
            ? $"base {image.Reference} {string.Join(',', image.Layers)}\n"
            : "base (the Dockerfile's default)\n");
        var description = text.ToString();
        return new ImageInputs
        {
            Digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description))),
            Description = description,
            FileCount = files.Count,
        };
    }
}
