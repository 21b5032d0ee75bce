using Orchestration.Docker;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Docker;
using Orchestration.Tools.Docker.Build;
using Orchestration.Tools.Docker.Import;
using Orchestration.Tools.Docker.Inspect;
using Orchestration.Tools.Docker.Login;
using Orchestration.Tools.Docker.Manifest;
using Orchestration.Tools.Docker.Pull;
using Orchestration.Tools.Docker.Push;
using Orchestration.Tools.Docker.Tag;
using Orchestration.Tools.Docker.Version;

namespace Orchestration.Tests.Docker;

public sealed class DockerToolArguments
{
    public sealed class Build
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task Tags_build_arguments_labels_file_and_iidfile_come_before_the_context_path()
        {
            await fixture.Context.DockerBuildAsync(
                new DockerImageBuildSettings
                {
                    Tag = ["model:2.7", "model:0123abcd4567"],
                    BuildArg = ["MODEL_FILE=model/model.2.7.joblib", "BASE_IMAGE=local/python:1"],
                    Label = ["org.opencontainers.image.version=2.7"],
                    File = "/ctx/Dockerfile",
                    Iidfile = "/ctx.iid",
                    Rm = true,
                    ForceRm = true,
                },
                "/ctx", CancellationToken.None);

            Assert.Equal(
                "build --tag \"model:2.7\" --tag \"model:0123abcd4567\" --build-arg \"MODEL_FILE=model/model.2.7.joblib\" "
                + "--build-arg \"BASE_IMAGE=local/python:1\" --label \"org.opencontainers.image.version=2.7\" --file \"/ctx/Dockerfile\" "
                + "--iidfile \"/ctx.iid\" --force-rm --rm=true \"/ctx\"",
                fixture.Runner.LastArguments);
        }

        [Fact]
        public async Task Pull_no_cache_target_and_network_are_passed_when_set()
        {
            await fixture.Context.DockerBuildAsync(new DockerImageBuildSettings { Pull = true, NoCache = true, Target = "serve", Network = "host", Rm = false }, ".", CancellationToken.None);

            Assert.Equal("build --target \"serve\" --network \"host\" --pull --no-cache --rm=false \".\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public async Task Secret_looking_build_arguments_and_labels_reach_docker_but_are_redacted_in_the_log()
        {
            await fixture.Context.DockerBuildAsync(new DockerImageBuildSettings { BuildArg = ["PIP_TOKEN=abc123xyz", "MODEL_FILE=m"], Label = ["db.password=hunter22"] }, ".", CancellationToken.None);

            Assert.Equal("build --build-arg \"PIP_TOKEN=abc123xyz\" --build-arg \"MODEL_FILE=m\" --label \"db.password=hunter22\" \".\"", fixture.Runner.LastArguments);
            Assert.Equal("build --build-arg \"PIP_TOKEN=[REDACTED]\" --build-arg \"MODEL_FILE=m\" --label \"db.password=[REDACTED]\" \".\"", fixture.Runner.LastSafeArguments);
            Assert.DoesNotContain("abc123xyz", fixture.Log.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter22", fixture.Log.Text, StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_docker_host_of_the_settings_is_the_process_DOCKER_HOST()
        {
            await fixture.Context.DockerBuildAsync(new DockerImageBuildSettings().WithDockerHost("unix:///work/.work/docker/docker.sock"), ".", CancellationToken.None);

            Assert.Equal("unix:///work/.work/docker/docker.sock", fixture.Runner.Calls[^1].Settings.EnvironmentVariables["DOCKER_HOST"]);
        }

        [Fact]
        public async Task A_failed_build_names_the_failing_step_and_shows_its_output_and_dockers_error()
        {
            fixture.Runner.Answer(
                exitCode: 1,
                output: ["Step 1/3 : FROM base", " ---> 1a2b3c", "Step 2/3 : RUN echo one", " ---> Running in 4d5e", "one", "Removing intermediate container 4d5e",
                    " ---> 6f7a8b", "Step 3/3 : RUN ./check-model", " ---> Running in 9c0d", "checking model.joblib", "\u001b[91mmodel.joblib: bad magic number",
                    "\u001b[0mRemoving intermediate container 9c0d"],
                error: ["DEPRECATED: The legacy builder is deprecated and will be removed in a future release.", "            Install the buildx component:", "",
                    "The command '/bin/sh -c ./check-model' returned a non-zero code: 2"]);

            var failure = await Assert.ThrowsAsync<ToolFailedException>(() => fixture.Context.DockerBuildAsync(new DockerImageBuildSettings(), "/ctx", CancellationToken.None));

            Assert.Equal(
                [
                    "docker build failed at Step 3/3 : RUN ./check-model (exit code 1).",
                    "> docker build \"/ctx\"",
                    "@ " + Directory.GetCurrentDirectory(),
                    "  checking model.joblib",
                    "  model.joblib: bad magic number",
                    "  The command '/bin/sh -c ./check-model' returned a non-zero code: 2",
                    "Fix the failing step in the Dockerfile, or the files it uses in the build context; the build's whole output is above.",
                ],
                failure.Message.Split('\n'));
            Assert.Equal(1, failure.ExitCode);
        }
    }

    public sealed class Tag
    {
        [Fact]
        public void The_image_and_its_new_name_are_passed_in_order()
        {
            var fixture = new ToolFixture();

            fixture.Context.DockerTag(new DockerImageTagSettings(), "sha256:0123", "127.0.0.1:5000/team/model:2.7", CancellationToken.None);

            Assert.Equal("tag \"sha256:0123\" \"127.0.0.1:5000/team/model:2.7\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Push
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public async Task The_reference_is_pushed_and_the_digest_of_dockers_last_line_returned()
        {
            fixture.Runner.Answer(output: ["The push refers to repository [127.0.0.1:5000/model]", "c5e35583da69: Pushed",
                "2.7: digest: sha256:f2207a7bbc8474833dfe7243f998e1f3e2625adbe06ace6766564a15a4b397c5 size: 735"]);

            var digest = await fixture.Context.DockerPushAsync(new DockerImagePushSettings(), "127.0.0.1:5000/model:2.7", CancellationToken.None);

            Assert.Equal("push \"127.0.0.1:5000/model:2.7\"", fixture.Runner.LastArguments);
            Assert.Equal("sha256:f2207a7bbc8474833dfe7243f998e1f3e2625adbe06ace6766564a15a4b397c5", digest);
        }

        [Fact]
        public async Task Options_are_passed_and_no_digest_is_null()
        {
            var digest = await fixture.Context.DockerPushAsync(new DockerImagePushSettings { AllTags = true, DisableContentTrust = true, Quiet = true }, "model", CancellationToken.None);

            Assert.Equal("push --all-tags --disable-content-trust=true --quiet \"model\"", fixture.Runner.LastArguments);
            Assert.Null(digest);
        }
    }

    public sealed class Login
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void The_password_goes_through_standard_input_never_the_command_line()
        {
            fixture.Context.DockerLogin(new DockerLoginSettings { Username = "pusher", Password = "s3cret-registry-pw" }, "registry.example.com", CancellationToken.None);

            Assert.Equal("login --username \"pusher\" --password-stdin \"registry.example.com\"", fixture.Runner.LastArguments);
            Assert.Equal("s3cret-registry-pw", System.Text.Encoding.UTF8.GetString(fixture.Runner.Calls[^1].Settings.StandardInput!.Value.Span));
            Assert.DoesNotContain("s3cret-registry-pw", fixture.Log.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void A_refused_login_says_which_variables_to_check_without_the_password()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Error response from daemon: login attempt to http://r:5000/v2/ failed with status: 401 Unauthorized"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.DockerLogin(new DockerLoginSettings { Username = "pusher", Password = "another-s3cret-pw" }, "r:5000", CancellationToken.None));

            Assert.EndsWith("Logging in to r:5000 as pusher failed: check DOCKER_REGISTRY_USERNAME and DOCKER_REGISTRY_PASSWORD.", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("another-s3cret-pw", failure.Message, StringComparison.Ordinal);
        }
    }

    public sealed class Inspect
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void An_image_is_read_from_its_json()
        {
            fixture.Runner.Answer(output: ["{\"Id\":\"sha256:abc\",\"RepoTags\":[\"m:2.7\"],\"RepoDigests\":[\"r/m@sha256:def\"],\"Config\":{\"Labels\":{\"k\":\"v\"}}}"]);

            var image = fixture.Context.DockerImageInspect(new DockerInspectSettings(), "m:2.7", CancellationToken.None)!;

            Assert.Equal("inspect --type \"image\" --format \"{{json .}}\" \"m:2.7\"", fixture.Runner.LastArguments);
            Assert.Equal("sha256:abc", image.Id);
            Assert.Equal(["m:2.7"], image.RepoTags);
            Assert.Equal(["r/m@sha256:def"], image.RepoDigests);
            Assert.Equal("v", image.Labels["k"]);
        }

        [Fact]
        public void A_missing_image_is_null()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Error: No such image: m:9.9"]);

            Assert.Null(fixture.Context.DockerImageInspect(new DockerInspectSettings(), "m:9.9", CancellationToken.None));
        }

        [Fact]
        public void Any_other_failure_is_an_error()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.DockerImageInspect(new DockerInspectSettings { WorkingDirectory = "/w" }, "m:1", CancellationToken.None));

            Assert.Equal(
                ["docker exited with code 1.", "> docker inspect --type \"image\" --format \"{{json .}}\" \"m:1\"", "@ /w", "  Cannot connect to the Docker daemon at unix:///x.sock. Is the docker daemon running?"],
                failure.Message.Split('\n'));
        }
    }

    public sealed class Import
    {
        [Fact]
        public void Changes_and_message_come_before_the_tarball_and_the_new_name()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(output: ["sha256:0a1b2c"]);

            var id = fixture.Context.DockerImport(
                new DockerImageImportSettings { Change = ["ENV LANG=C.UTF-8", "CMD [\"python3\"]"], Message = "debootstrap" }, "/cache/rootfs.tar", "local/py:1", CancellationToken.None);

            Assert.Equal(
                "import --change \"ENV LANG=C.UTF-8\" --change \"CMD [\\\"python3\\\"]\" --message \"debootstrap\" \"/cache/rootfs.tar\" \"local/py:1\"",
                fixture.Runner.LastArguments);
            Assert.Equal("sha256:0a1b2c", id);
        }
    }

    public sealed class Pull
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void The_reference_is_pulled_quietly_when_asked()
        {
            fixture.Context.DockerPull(new DockerImagePullSettings { Quiet = true }, "127.0.0.1:5000/model:2.7", CancellationToken.None);

            Assert.Equal("pull --quiet \"127.0.0.1:5000/model:2.7\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void A_refused_pull_says_which_credentials_to_check()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Error response from daemon: manifest for r:5000/m:9 not found"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.DockerPull(new DockerImagePullSettings { WorkingDirectory = "/w" }, "r:5000/m:9", CancellationToken.None));

            Assert.Equal(
                [
                    "docker exited with code 1.", "> docker pull \"r:5000/m:9\"", "@ /w", "  Error response from daemon: manifest for r:5000/m:9 not found",
                    "The registry did not give r:5000/m:9: check that it runs and the credentials (DOCKER_REGISTRY_USERNAME, DOCKER_REGISTRY_PASSWORD).",
                ],
                failure.Message.Split('\n'));
        }
    }

    public sealed class ManifestInspect
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Asks_verbosely_and_insecurely_when_told()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["no such manifest: r:5000/m:9"]);

            var manifest = fixture.Context.DockerManifestInspect(new DockerManifestInspectSettings { Insecure = true }, "r:5000/m:9", CancellationToken.None);

            Assert.Equal("manifest inspect --insecure --verbose \"r:5000/m:9\"", fixture.Runner.LastArguments);
            Assert.Null(manifest);
        }

        [Fact]
        public void Any_other_failure_names_the_command_line_and_dockers_error()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Get \"https://r:5000/v2/\": http: server gave HTTP response to HTTPS client"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.DockerManifestInspect(new DockerManifestInspectSettings(), "r:5000/m:9", CancellationToken.None));

            Assert.StartsWith("docker exited with code 1.\n> docker manifest inspect --verbose \"r:5000/m:9\"\n@ ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("  Get \"https://r:5000/v2/\": http: server gave HTTP response to HTTPS client", failure.Message, StringComparison.Ordinal);
            Assert.Equal(1, failure.ExitCode);
        }
    }

    public sealed class ServerVersion
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Asks_the_engine_for_its_version_only()
        {
            fixture.Runner.Answer(output: ["27.5.1"]);

            var (version, error) = fixture.Context.DockerServerVersion(new DockerVersionSettings(), CancellationToken.None);

            Assert.Equal("version --format \"{{.Server.Version}}\"", fixture.Runner.LastArguments);
            Assert.Equal(("27.5.1", string.Empty), (version, error));
        }

        [Fact]
        public void No_engine_is_no_version_and_the_clis_complaint()
        {
            fixture.Runner.Answer(exitCode: 1, error: ["Cannot connect to the Docker daemon at unix:///x.sock."]);

            var (version, error) = fixture.Context.DockerServerVersion(new DockerVersionSettings(), CancellationToken.None);

            Assert.Equal((null, "Cannot connect to the Docker daemon at unix:///x.sock."), (version, error));
        }
    }
}
