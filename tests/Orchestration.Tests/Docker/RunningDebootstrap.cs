using Orchestration.Docker;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Debootstrap;

namespace Orchestration.Tests.Docker;

public sealed class RunningDebootstrap
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Installs_the_variant_and_packages_from_the_given_mirror()
    {
        new Debootstrap(fixture.Context).Install(
            new DebootstrapSettings { Variant = "minbase", Include = ["python3-sklearn", "python3-joblib"] }, "bookworm", "/w/rootfs", "http://mirror.example.com/debian", CancellationToken.None);

        Assert.Equal("--variant=minbase --include=python3-sklearn,python3-joblib bookworm \"/w/rootfs\" \"http://mirror.example.com/debian\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Without_a_mirror_leaves_the_choice_to_debootstrap()
    {
        new Debootstrap(fixture.Context).Install(new DebootstrapSettings { Variant = "minbase" }, "bookworm", "/w/rootfs", mirror: null, CancellationToken.None);

        Assert.Equal("--variant=minbase bookworm \"/w/rootfs\"", fixture.Runner.LastArguments);
    }
}
