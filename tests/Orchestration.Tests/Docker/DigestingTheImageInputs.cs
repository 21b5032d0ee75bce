using System.Runtime.Versioning;
using Orchestration.Docker.Image;

namespace Orchestration.Tests.Docker;

[UnsupportedOSPlatform("windows")]
public sealed class DigestingTheImageInputs : IDisposable
{
    private static readonly (string, IReadOnlyList<string>) Base = ("local/python:1", ["sha256:aa", "sha256:bb"]);
    private readonly string root = Directory.CreateTempSubdirectory("orchestration-image-inputs-").FullName;
    private readonly string project;
    private readonly string model;

    public DigestingTheImageInputs()
    {
        project = Path.Combine(root, "project");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Dockerfile"), "FROM scratch\n");
        File.WriteAllText(Path.Combine(project, "serve.py"), "print('serving')\n");
        model = Path.Combine(root, "model.joblib");
        File.WriteAllText(model, "model");
    }

    [Fact]
    public void The_same_project_prepared_twice_at_different_times_has_the_same_digest()
    {
        var first = Digest("ctx1");
        File.SetLastWriteTimeUtc(Path.Combine(project, "serve.py"), DateTime.UtcNow.AddDays(-3));

        Assert.Equal(first, Digest("ctx2"));
    }

    [Fact]
    public void A_changed_Dockerfile_changes_the_digest()
    {
        var first = Digest("ctx1");
        File.AppendAllText(Path.Combine(project, "Dockerfile"), "EXPOSE 8080\n");

        Assert.NotEqual(first, Digest("ctx2"));
    }

    [Fact]
    public void A_file_made_executable_changes_the_digest()
    {
        var first = Digest("ctx1");
        File.SetUnixFileMode(Path.Combine(project, "serve.py"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.NotEqual(first, Digest("ctx2"));
    }

    [Fact]
    public void Another_base_image_content_a_label_or_a_build_argument_changes_the_digest()
    {
        var first = Digest("ctx1");

        Assert.NotEqual(first, Digest("ctx2", baseImage: ("local/python:1", ["sha256:aa", "sha256:cc"])));
        Assert.NotEqual(first, Digest("ctx3", label: "2024-06-02T00:00:00Z"));
        Assert.NotEqual(first, Digest("ctx4", argument: "MODEL_FILE=model/other.joblib"));
    }

    [Fact]
    public void The_context_has_one_time_and_normal_modes_whatever_the_project_had()
    {
        File.SetUnixFileMode(Path.Combine(project, "serve.py"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var context = Path.Combine(root, "ctx");

        BuildContextFolder.Prepare(project, context, model, "m.1.1");

        foreach (var entry in Directory.GetFileSystemEntries(context, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(BuildContextFolder.Timestamp, File.GetLastWriteTimeUtc(entry));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(Path.Combine(context, "serve.py")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Digest(string name, (string, IReadOnlyList<string>)? baseImage = null, string label = "2024-06-01T00:00:00Z", string argument = "MODEL_FILE=model/m.1.1.joblib")
    {
        var context = Path.Combine(root, name);
        var modelPath = BuildContextFolder.Prepare(project, context, model, "m.1.1");
        return ImageInputs.Of(
            context,
            Path.Combine(context, "Dockerfile"),
            new Dictionary<string, string> { [modelPath] = "ab" },
            [argument],
            [new(ImageLabels.Created, label)],
            baseImage ?? Base).Digest;
    }
}
