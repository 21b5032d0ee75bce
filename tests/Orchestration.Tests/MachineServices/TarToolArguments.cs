using Orchestration.Tests.Fakes;
using Orchestration.Tools.Tar;

namespace Orchestration.Tests.MachineServices;

public sealed class TarToolArguments
{
    private readonly ToolFixture fixture = new();

    [Fact]
    public void Packs_a_folders_content_with_numeric_owners_its_members_after_a_double_dash()
    {
        fixture.Context.TarCreate(new TarCreateSettings { File = "/w/base.tar.partial", Directory = "/w/base.tar.rootfs", NumericOwner = true }, ["."], CancellationToken.None);

        Assert.Equal("--create --file=\"/w/base.tar.partial\" --directory=\"/w/base.tar.rootfs\" --numeric-owner -- \".\"", fixture.Runner.LastArguments);
    }

    [Fact]
    public void Without_a_directory_members_are_named_from_the_working_directory()
    {
        fixture.Context.TarCreate(new TarCreateSettings { File = "/w/a.tar" }, ["-rf", "b"], CancellationToken.None);

        Assert.Equal("--create --file=\"/w/a.tar\" -- \"-rf\" \"b\"", fixture.Runner.LastArguments);
    }
}
