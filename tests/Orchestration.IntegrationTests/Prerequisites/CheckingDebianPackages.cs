using Orchestration.IntegrationTests.Support;
using Orchestration.MachineServices.Prerequisites;

namespace Orchestration.IntegrationTests.Prerequisites;

public sealed class CheckingDebianPackages
{
    [Fact]
    public void Dpkg_reports_only_the_packages_that_are_not_installed()
    {
        var missing = SystemPackages.Missing(RealContext.Create(), ["bash", "orchestration-no-such-package"], CancellationToken.None);

        Assert.Equal(["orchestration-no-such-package"], missing);
    }
}
