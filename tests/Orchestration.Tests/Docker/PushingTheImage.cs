using Cake.Core;
using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Docker;
using Orchestration.Configuration;

namespace Orchestration.Tests.Docker;

public sealed class PushingTheImage
{
    private const string Digest = "sha256:f2207a7bbc8474833dfe7243f998e1f3e2625adbe06ace6766564a15a4b397c5";
    private const string Inputs = "sha256:3f9a0c1d2e4b5555555555555555555555555555555555555555555555555555";
    private const string NotThere = "no such manifest: registry.example.com/ml/salary-regression:2.7-3f9a0c1d2e4b";
    private static readonly DockerEngine Engine = new(DockerEngineKind.Private, "unix:///w/docker.sock", "20.10");
    private readonly ToolFixture fixture = new();

    private static ImageRecord Built => new()
    {
        Identity = ModelIdentity.Parse("salary-regression.2.7"),
        Tags = ["salary-regression:2.7-3f9a0c1d2e4b", "salary-regression:2.7"],
        ImageId = "sha256:0a1b",
        ModelSha256 = "ab12",
        DockerHost = "unix:///w/docker.sock",
        Inputs = Inputs,
    };

    private static string Manifest(string config) =>
        "{\"Ref\":\"x\",\"Descriptor\":{\"digest\":\"" + Digest + "\"},\"SchemaV2Manifest\":{\"config\":{\"digest\":\"" + config + "\"}}}";

    [Fact]
    public async Task Only_the_immutable_tag_is_pushed_and_its_digest_recorded()
    {
        fixture.Runner
            .Answer(output: ["{\"Id\":\"sha256:0a1b\"}"])
            .Answer(exitCode: 1, error: [NotThere])
            .Answer()
            .Answer(output: [$"2.7-3f9a0c1d2e4b: digest: {Digest} size: 735"]);

        var pushed = await DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = Built, Registry = "registry.example.com/ml", Engine = Engine, WorkDirectory = "/w" }, CancellationToken.None);

        Assert.Equal(
            [
                "inspect --type \"image\" --format \"{{json .}}\" \"sha256:0a1b\"",
                "manifest inspect --verbose \"registry.example.com/ml/salary-regression:2.7-3f9a0c1d2e4b\"",
                "tag \"sha256:0a1b\" \"registry.example.com/ml/salary-regression:2.7-3f9a0c1d2e4b\"",
                "push \"registry.example.com/ml/salary-regression:2.7-3f9a0c1d2e4b\"",
            ],
            fixture.Runner.Calls.Select(call => call.Settings.Arguments.Render()));
        Assert.All(fixture.Runner.Calls, call => Assert.Equal("unix:///w/docker.sock", call.Settings.EnvironmentVariables["DOCKER_HOST"]));
        Assert.Equal(Built with
        {
            Registry = "registry.example.com/ml",
            PushedTags = ["registry.example.com/ml/salary-regression:2.7-3f9a0c1d2e4b"],
            PushedDigest = "registry.example.com/ml/salary-regression@" + Digest,
        }, pushed, ImageRecordComparer.Instance);
    }

    [Fact]
    public async Task Nothing_is_pushed_when_the_registry_already_holds_this_image_under_the_tag()
    {
        fixture.Runner.Answer(output: ["{\"Id\":\"sha256:0a1b\"}"]).Answer(output: [Manifest("sha256:0a1b")]);

        var pushed = await DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = Built, Registry = "127.0.0.1:5000", Engine = Engine, WorkDirectory = "/w" }, CancellationToken.None);

        Assert.Equal(2, fixture.Runner.Calls.Count);
        Assert.Equal("manifest inspect --insecure --verbose \"127.0.0.1:5000/salary-regression:2.7-3f9a0c1d2e4b\"", fixture.Runner.Calls[1].Settings.Arguments.Render());
        Assert.Equal("127.0.0.1:5000/salary-regression@" + Digest, pushed.PushedDigest);
        Assert.Contains("DockerPush: skipped", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_build_of_the_same_inputs_under_the_tag_is_taken_over_and_the_tag_not_moved()
    {
        fixture.Runner
            .Answer(output: ["{\"Id\":\"sha256:0a1b\"}"])
            .Answer(output: [Manifest("sha256:9f9f")])
            .Answer()
            .Answer(output: ["{\"Id\":\"sha256:9f9f\",\"Config\":{\"Labels\":{\"org.orchestration.image.inputs\":\"" + Inputs + "\"}}}"]);

        var pushed = await DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = Built, Registry = "127.0.0.1:5000", Engine = Engine, WorkDirectory = "/w" }, CancellationToken.None);

        Assert.Equal("pull \"127.0.0.1:5000/salary-regression:2.7-3f9a0c1d2e4b\"", fixture.Runner.Calls[2].Settings.Arguments.Render());
        Assert.DoesNotContain(fixture.Runner.Calls, call => call.Settings.Arguments.Render().StartsWith("push", StringComparison.Ordinal));
        Assert.Equal("sha256:9f9f", pushed.ImageId);
        Assert.Equal("127.0.0.1:5000/salary-regression@" + Digest, pushed.PushedDigest);
    }

    [Fact]
    public async Task A_tag_holding_an_image_of_other_inputs_is_refused_not_overwritten()
    {
        fixture.Runner
            .Answer(output: ["{\"Id\":\"sha256:0a1b\"}"])
            .Answer(output: [Manifest("sha256:9f9f")])
            .Answer()
            .Answer(output: ["{\"Id\":\"sha256:9f9f\",\"Config\":{\"Labels\":{\"org.orchestration.image.inputs\":\"sha256:other\"}}}"]);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(
            () => DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = Built, Registry = "127.0.0.1:5000", Engine = Engine, WorkDirectory = "/w" }, CancellationToken.None));

        Assert.StartsWith("The registry's 127.0.0.1:5000/salary-regression:2.7-3f9a0c1d2e4b carries the image inputs sha256:other, not " + Inputs, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Runner.Calls, call => call.Settings.Arguments.Render().StartsWith("push", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_credentials_it_logs_in_to_the_registry_host_first_through_standard_input()
    {
        fixture.Runner.Answer(output: ["{\"Id\":\"sha256:0a1b\"}"]).Answer().Answer(exitCode: 1, error: [NotThere]).Answer().Answer(output: [$"2.7: digest: {Digest} size: 735"]);

        await DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs
        {
            Image = Built,
            Registry = "registry.example.com:8443/ml",
            Engine = Engine,
            WorkDirectory = "/w",
            Username = "pusher",
            Password = "the-registry-password",
        }, CancellationToken.None);

        var login = fixture.Runner.Calls[1].Settings;
        Assert.Equal("login --username \"pusher\" --password-stdin \"registry.example.com:8443\"", login.Arguments.Render());
        Assert.Equal("the-registry-password", System.Text.Encoding.UTF8.GetString(login.StandardInput!.Value.Span));
        Assert.Equal(login.EnvironmentVariables["DOCKER_CONFIG"], fixture.Runner.Calls[2].Settings.EnvironmentVariables["DOCKER_CONFIG"]);
        Assert.Equal(login.EnvironmentVariables["DOCKER_CONFIG"], fixture.Runner.Calls[4].Settings.EnvironmentVariables["DOCKER_CONFIG"]);
        Assert.DoesNotContain("the-registry-password", fixture.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_no_longer_on_the_engine_asks_for_DockerBuild_again()
    {
        fixture.Runner.Answer(exitCode: 1, error: ["Error: No such image: sha256:0a1b"]);

        var failure = await Assert.ThrowsAsync<CakeException>(
            () => DockerPushStage.RunAsync(fixture.Context, new DockerPushInputs { Image = Built, Registry = "127.0.0.1:5000", Engine = Engine, WorkDirectory = "/w" }, CancellationToken.None));

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
