using Orchestration.Terraform;

namespace Orchestration.Tests.Terraform;

/// <summary><c>terraform version</c> runs once per binary: another binary at the same path is asked again.</summary>
public sealed class RememberingTheTerraformVersion : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string binary;
    private readonly TerraformVersionCache cache;
    private int asked;

    public RememberingTheTerraformVersion()
    {
        binary = folder.Write("bin/terraform", "terraform 1.11.4");
        cache = new TerraformVersionCache(Path.Combine(folder.Path, ".work", "terraform", "versions.json"));
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_same_binary_is_asked_once()
    {
        Assert.Equal("1.11.4", cache.VersionOf(binary, () => Ask("1.11.4")));
        Assert.Equal("1.11.4", cache.VersionOf(binary, () => Ask("9.9.9")));

        Assert.Equal(1, asked);
    }

    [Fact]
    public void A_binary_replaced_at_the_same_path_is_asked_again()
    {
        cache.VersionOf(binary, () => Ask("1.11.4"));

        File.WriteAllText(binary, "terraform 1.12.0, a longer binary");

        Assert.Equal("1.12.0", cache.VersionOf(binary, () => Ask("1.12.0")));
        Assert.Equal(2, asked);
    }

    [Fact]
    public void A_binary_with_the_same_size_but_another_time_is_asked_again()
    {
        cache.VersionOf(binary, () => Ask("1.11.4"));

        File.SetLastWriteTimeUtc(binary, File.GetLastWriteTimeUtc(binary).AddMinutes(-5));

        Assert.Equal("1.11.3", cache.VersionOf(binary, () => Ask("1.11.3")));
    }

    [Fact]
    public void Each_binary_has_its_own_version_and_a_link_is_the_binary_it_points_to()
    {
        var other = folder.Write("other/terraform", "terraform 1.5.7");
        var link = Path.Combine(folder.Path, "bin", "terraform-link");
        File.CreateSymbolicLink(link, binary);
        cache.VersionOf(binary, () => Ask("1.11.4"));

        Assert.Equal("1.5.7", cache.VersionOf(other, () => Ask("1.5.7")));
        Assert.Equal("1.11.4", cache.VersionOf(link, () => Ask("wrong")));
        Assert.Equal("1.11.4", cache.VersionOf(binary, () => Ask("wrong")));
        Assert.Equal(2, asked);
    }

    [Fact]
    public void An_unreadable_cache_is_asked_again_and_rewritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(cache.File)!);
        File.WriteAllText(cache.File, "not json");

        Assert.Equal("1.11.4", cache.VersionOf(binary, () => Ask("1.11.4")));
        Assert.Equal("1.11.4", cache.VersionOf(binary, () => Ask("wrong")));
        Assert.Equal(1, asked);
    }

    private string Ask(string version)
    {
        asked++;
        return version;
    }
}
