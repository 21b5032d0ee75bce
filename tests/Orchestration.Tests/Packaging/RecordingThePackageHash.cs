using System.Security.Cryptography;
using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class RecordingThePackageHash : IDisposable
{
    private readonly TrainedProject project = new();

    [Fact]
    public void The_packages_sha512_is_recorded_beside_it_as_NuGet_writes_it()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        var expected = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(record.PackageFile)));
        Assert.Equal(expected, File.ReadAllText(record.PackageFile + ".sha512"));
        Assert.Equal(expected, PackageHash.Recorded(record.PackageFile));
    }

    [Fact]
    public void A_package_changed_after_its_hash_was_recorded_has_none()
    {
        var record = ModelPackager.Create(project.Inputs(), project.Artifacts);

        File.SetLastWriteTimeUtc(record.PackageFile, File.GetLastWriteTimeUtc(PackageHash.FileOf(record.PackageFile)).AddSeconds(1));

        Assert.Null(PackageHash.Recorded(record.PackageFile));
    }

    [Fact]
    public void A_package_left_by_an_earlier_run_goes_with_its_hash()
    {
        var inputs = project.Inputs();
        var earlier = ModelPackager.Create(inputs, project.Artifacts);

        ModelPackager.Create(inputs with { Model = inputs.Model with { Identity = new("salary-regression", 2, 8) } }, project.Artifacts);

        Assert.False(File.Exists(PackageHash.FileOf(earlier.PackageFile)));
    }

    public void Dispose() => project.Dispose();
}
