using Cake.Core;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Docker;

namespace Orchestration.Tests.Docker;

public sealed class PushingTheImage
{
    private const string Digest = "sha256:f2207a7bbc8474833dfe7243f998e1f3e2625adbe06ace6766564a15a4b397c5";
    private static readonly DockerEngine Engine = new(DockerEngineKind.Private, "unix:///w/docker.sock", "20.10");
    private readonly ToolFixture fixture = new();

    private static ImageRecord Built => new()
    {
        Identity = "salary-regression.2.7",
        Tags = ["salary-regression:2.7", "salary-regression:0123abcd4567"],
        ImageId = "sha256:0a1b",
        ModelSha256 = "ab12",
        DockerHost = "unix:///w/docker.sock",
    };

    [Fact]
    public void Both_tags_are_tagged_from_the_image_id_and_pushed_and_the_digest_recorded()
    {
        fixture.Runner
            .Answer(output: ["{\"Id\":\"sha256:0a1b\"}"])
            .Answer()
            .Answer(output: [$"2.7: digest: {Digest} size: 735"])
            .Answer()
            .Answer(output: [$"0123abcd4567: digest: {Digest} size: 735"]);

        var pushed = DockerPushStage.Run(fixture.Context, new DockerPushInputs { Image = Built, Registry = "registry.example.com/ml", Engine = Engine, WorkDirectory = "/w" });

        Assert.Equal(
            [
                "inspect --type \"image\" --format \"{{json .}}\" \"sha256:0a1b\"",
                "tag \"sha256:0a1b\" \"registry.example.com/ml/salary-regression:2.7\"",
                "push \"registry.example.com/ml/salary-regression:2.7\"",
                "tag \"sha256:0a1b\" \"registry.example.com/ml/salary-regression:0123abcd4567\"",
                "push \"registry.example.com/ml/salary-regression:0123abcd4567\"",
            ],
            fixture.Runner.Calls.Select(call => call.Settings.Arguments.Render()));
        Assert.All(fixture.Runner.Calls, call => Assert.Equal("unix:///w/docker.sock", call.Settings.EnvironmentVariables["DOCKER_HOST"]));
        Assert.Equal(Built with
        {
            Registry = "registry.example.com/ml",
            PushedTags = ["registry.example.com/ml/salary-regression:2.7", "registry.example.com/ml/salary-regression:0123abcd4567"],
            PushedDigest = "registry.example.com/ml/salary-regression@" + Digest,
        }, pushed, ImageRecordComparer.Instance);
    }

    [Fact]
    public void With_credentials_it_logs_in_to_the_registry_host_first_through_standard_input()
    {
        fixture.Runner.Answer(output: ["{\"Id\":\"sha256:0a1b\"}"]).Answer().Answer().Answer(output: [$"2.7: digest: {Digest} size: 735"]);

        DockerPushStage.Run(fixture.Context, new DockerPushInputs
        {
            Image = Built with { Tags = ["salary-regression:2.7"] },
            Registry = "registry.example.com:8443/ml",
            Engine = Engine,
            WorkDirectory = "/w",
            Username = "pusher",
            Password = "the-registry-password",
        });

        var login = fixture.Runner.Calls[1].Settings;
        Assert.Equal("login --username \"pusher\" --password-stdin \"registry.example.com:8443\"", login.Arguments.Render());
        Assert.Equal("the-registry-password", System.Text.Encoding.UTF8.GetString(login.StandardInput!.Value.Span));
        Assert.Equal(login.EnvironmentVariables["DOCKER_CONFIG"], fixture.Runner.Calls[3].Settings.EnvironmentVariables["DOCKER_CONFIG"]);
        Assert.DoesNotContain("the-registry-password", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_no_longer_on_the_engine_asks_for_DockerBuild_again()
    {
        fixture.Runner.Answer(exitCode: 1, error: ["Error: No such image: sha256:0a1b"]);

        var failure = Assert.Throws<CakeException>(
            () => DockerPushStage.Run(fixture.Context, new DockerPushInputs { Image = Built, Registry = "127.0.0.1:5000", Engine = Engine, WorkDirectory = "/w" }));

        Assert.Equal(2, failure.ExitCode);
        Assert.EndsWith("run --target=DockerBuild again.", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>Records hold lists; compare them by content.</summary>
    private sealed class ImageRecordComparer : IEqualityComparer<ImageRecord>
    {
        public static readonly ImageRecordComparer Instance = new();

        public bool Equals(ImageRecord? x, ImageRecord? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(ImageRecord obj) => 0;
    }
}
