using Orchestration.Docker;
using Orchestration.MachineServices.Engine;
using Orchestration.MachineServices.Registry;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Docker;

public sealed class ConfiguringPrivateServers
{
    [Fact]
    public void The_private_engine_runs_without_iptables_or_bridge_with_everything_in_its_folder()
    {
        var engine = new PrivateDockerEngine("/work/.work/docker");

        Assert.Equal(
            [
                "--iptables=false", "--ip6tables=false", "--bridge=none", "--storage-driver=overlay2",
                "--data-root=/work/.work/docker/data", "--exec-root=/work/.work/docker/exec",
                "--pidfile=/work/.work/docker/dockerd.pid", "--host=unix:///work/.work/docker/docker.sock",
                "--containerd-namespace=orchestration-" + PrivateDockerEngine.ShortHash("/work/.work/docker"),
                "--containerd-plugins-namespace=orchestration-" + PrivateDockerEngine.ShortHash("/work/.work/docker") + "-plugins",
            ],
            engine.DaemonArguments("overlay2"));
        Assert.Equal("unix:///work/.work/docker/docker.sock", engine.Host);
    }

    [Fact]
    public void A_workspace_too_deep_for_a_unix_socket_gets_its_socket_under_run()
    {
        var deep = "/var/lib/jenkins/workspace/models_salary-regression_feature-new-data@2/.work/docker";

        var engine = new PrivateDockerEngine(deep);

        Assert.Equal("/run/orchestration-docker-" + PrivateDockerEngine.ShortHash(deep), engine.RuntimeDirectory);
        Assert.Equal(deep, engine.Directory);
        Assert.StartsWith("--data-root=" + deep, engine.DaemonArguments("vfs")[4], StringComparison.Ordinal);
        Assert.True((engine.RuntimeDirectory + "/exec/containerd/containerd.sock").Length < 108);
    }

    [Theory]
    [InlineData("overlay2")]
    [InlineData("vfs")]
    public void A_data_root_keeps_the_storage_driver_it_was_started_with(string driver)
    {
        var dataRoot = Directory.CreateTempSubdirectory("orchestration-data-root-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dataRoot, driver));
            var fixture = new ToolFixture();

            Assert.Equal(driver, StorageDriver.Choose(fixture.Context, dataRoot, CancellationToken.None));
            Assert.Empty(fixture.Runner.Calls);
        }
        finally
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    [Fact]
    public void The_registry_listens_on_loopback_only_with_its_storage_in_its_folder()
    {
        Assert.Equal(
            "version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: \"/w/registry/storage\"\n"
            + "  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:5123\n",
            RegistryConfiguration.Render(5123, "/w/registry/storage", new LocalRegistryOptions()).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_read_only_registry_and_one_with_logins_are_configured_as_such()
    {
        var yaml = RegistryConfiguration.Render(5123, "/s", new LocalRegistryOptions { ReadOnly = true, HtpasswdFile = "/w/htpasswd" }).ReplaceLineEndings("\n");

        Assert.Contains("  maintenance:\n    readonly:\n      enabled: true\n", yaml, StringComparison.Ordinal);
        Assert.EndsWith("auth:\n  htpasswd:\n    realm: orchestration\n    path: \"/w/htpasswd\"\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_mounts_inside_the_engines_folders_are_unmounted_deepest_first()
    {
        string[] mountInfo =
        [
            "22 27 0:21 / /proc rw,relatime - proc proc rw",
            "301 27 0:4 net:[4026532] /w/docker/exec/netns/default rw - nsfs nsfs rw",
            "302 27 0:4 / /w/docker/data rw - ext4 /dev/vda rw",
            "303 27 0:4 / /w/docker-other/exec rw - ext4 /dev/vda rw",
            "304 27 0:4 / /w/docker/with\\040space rw - ext4 /dev/vda rw",
        ];

        Assert.Equal(
            ["/w/docker/exec/netns/default", "/w/docker/with space", "/w/docker/data"],
            LeftoverMounts.Under(mountInfo, ["/w/docker"]));
    }
}
