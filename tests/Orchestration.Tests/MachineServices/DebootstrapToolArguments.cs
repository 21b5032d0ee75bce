using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Debootstrap;

namespace Orchestration.Tests.MachineServices;

public sealed class DebootstrapToolArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Installs_the_variant_and_packages_from_the_given_mirror()
    {
        fixture.Context.Debootstrap(
            new DebootstrapSettings { Variant = "minbase", Include = ["python3-sklearn", "python3-joblib"] }, "bookworm", "/w/rootfs", "http://mirror.example.com/debian", CancellationToken.None);

        Assert.Equal("--variant=minbase --include=python3-sklearn,python3-joblib bookworm \"/w/rootfs\" \"http://mirror.example.com/debian\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Without_a_mirror_leaves_the_choice_to_debootstrap()
    {
        fixture.Context.Debootstrap(new DebootstrapSettings { Variant = "minbase" }, "bookworm", "/w/rootfs", mirror: null, CancellationToken.None);

        Assert.Equal("--variant=minbase bookworm \"/w/rootfs\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void A_failure_points_at_debootstraps_own_log()
    {
        fixture.Runner.Answer(exitCode: 1, error: ["E: Couldn't download packages: python3-sklearn"]);

        var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.Debootstrap(
            new DebootstrapSettings { WorkingDirectory = "/w" }, "bookworm", "/w/rootfs", "http://mirror.example.com/debian", CancellationToken.None));

        Assert.Equal(
            [
                "debootstrap exited with code 1.", "> debootstrap bookworm \"/w/rootfs\" \"http://mirror.example.com/debian\"", "@ /w", "  E: Couldn't download packages: python3-sklearn",
                "debootstrap needs root and the Debian mirror http://mirror.example.com/debian; its own log is /w/rootfs/debootstrap/debootstrap.log.",
            ],
            failure.Message.Split('\n'));
    }
}
