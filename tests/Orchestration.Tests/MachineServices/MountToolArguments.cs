using Orchestration.Tests.Fakes;
using Orchestration.Tools.Mount;

namespace Orchestration.Tests.MachineServices;

public static class MountToolArguments
{
    public sealed class Mount
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Mounts_an_overlay_with_its_folders_as_one_option_list()
        {
            var settings = new MountSettings { Type = "overlay" };
            settings.Options.Add("lowerdir=/p/lower");
            settings.Options.Add("upperdir=/p/upper");
            settings.Options.Add("workdir=/p/work");

            fixture.Context.Mount(settings, "overlay", "/p/merged", CancellationToken.None);

            Assert.Equal("-t \"overlay\" -o \"lowerdir=/p/lower,upperdir=/p/upper,workdir=/p/work\" \"overlay\" \"/p/merged\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Without_type_or_options_passes_source_and_target_only()
        {
            fixture.Context.Mount(new MountSettings(), "/dev/vdb", "/mnt", CancellationToken.None);

            Assert.Equal("\"/dev/vdb\" \"/mnt\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Umount
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Unmounts_the_target()
        {
            fixture.Context.Umount(new UmountSettings(), "/w/docker/exec/netns/default", CancellationToken.None);

            Assert.Equal("\"/w/docker/exec/netns/default\"", fixture.Runner.LastArguments);
        }
    }
}
