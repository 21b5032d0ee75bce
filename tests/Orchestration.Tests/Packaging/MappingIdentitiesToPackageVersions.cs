using NuGet.Versioning;
using Orchestration.Configuration;
using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class MappingIdentitiesToPackageVersions
{
    [Fact]
    public void The_version_is_data_dot_model_which_nuget_normalises_with_a_zero_patch()
    {
        var version = PackageLayout.PackageVersion(new ModelIdentity("salary-regression", 3, 4));

        Assert.Equal("3.4.0", version.ToNormalizedString());
        Assert.Equal(NuGetVersion.Parse("3.4"), version);
    }

    [Fact]
    public void A_normalised_version_maps_back_to_the_identity()
    {
        var identity = PackageLayout.IdentityOf("salary-regression", NuGetVersion.Parse("3.4.0"));

        Assert.Equal("salary-regression.3.4", identity?.ToString());
    }

    [Theory]
    [InlineData("3.4.1")]
    [InlineData("3.4.0.1")]
    [InlineData("3.4.0-beta")]
    public void A_version_that_no_identity_gives_is_not_a_model_version(string version)
    {
        Assert.Null(PackageLayout.IdentityOf("salary-regression", NuGetVersion.Parse(version)));
    }

    [Theory]
    [InlineData("2.7", "salary-regression.2.7")]
    [InlineData("1.0-SNAPSHOT", null)]
    [InlineData("2.7.1", null)]
    [InlineData("2", null)]
    public void A_feed_version_maps_back_through_the_one_identity_parse(string version, string? identity)
    {
        Assert.Equal(identity, ModelIdentity.OfVersion("salary-regression", version)?.ToString());
    }

    [Theory]
    [InlineData("models/salary-regression.1.1.joblib", "model/salary-regression.2.7.joblib")]
    [InlineData("out/model.tar.gz", "model/salary-regression.2.7.tar.gz")]
    [InlineData("out/model", "model/salary-regression.2.7")]
    public void The_model_inside_is_named_after_the_identity_keeping_its_extension(string modelFile, string entry)
    {
        Assert.Equal(entry, PackageLayout.ModelEntry(new ModelIdentity("salary-regression", 2, 7), modelFile));
    }
}
