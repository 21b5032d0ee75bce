using Orchestration.IntegrationTests.Support;
using Orchestration.Tools.Apt;

namespace Orchestration.IntegrationTests.Prerequisites;

public sealed class CheckingDebianPackages
{
    [Fact]
    public void Dpkg_reports_only_the_packages_that_are_not_installed()
    {
        var missing = new DpkgQuery(RealContext.Create()).Missing(["bash", "orchestration-no-such-package"], CancellationToken.None);

        Assert.Equal(["orchestration-no-such-package"], missing);
    }
}
