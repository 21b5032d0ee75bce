using Orchestration.Docker;
using Orchestration.MachineServices.BaseImage;

namespace Orchestration.Tests.Docker;

public sealed class PlanningTheBaseImage : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("orchestration-apt-").FullName;

    [Fact]
    public void The_tag_names_the_suite_and_a_hash_of_what_goes_in()
    {
        var spec = BaseImageSpec.For("bookworm");

        Assert.Matches("^local/python-sklearn:bookworm-[0-9a-f]{12}$", spec.Tag);
        Assert.Equal($"python-sklearn-bookworm-{spec.Hash}.tar", spec.TarballName);
    }

    [Fact]
    public void The_hash_changes_with_the_package_list_or_suite_but_not_with_its_order()
    {
        var spec = new BaseImageSpec("bookworm", ["python3-sklearn", "python3-joblib"]);

        Assert.Equal(spec.Hash, new BaseImageSpec("bookworm", ["python3-joblib", "python3-sklearn"]).Hash);
        Assert.NotEqual(spec.Hash, new BaseImageSpec("bookworm", ["python3-sklearn", "python3-joblib", "python3-flask"]).Hash);
        Assert.NotEqual(spec.Hash, new BaseImageSpec("trixie", ["python3-sklearn", "python3-joblib"]).Hash);
    }

    [Fact]
    public void The_mirror_is_the_deb822_stanza_of_the_suite_not_the_security_one()
    {
        Write("sources.list.d/debian.sources", """
            Types: deb
            # http://snapshot.example.com/archive/debian-security/20250520T000000Z
            URIs: http://security.example.com/debian-security
            Suites: bookworm-security
            Components: main

            Types: deb
            URIs: http://mirror.example.com/debian/
            Suites: bookworm bookworm-updates
            Components: main
            """);

        Assert.Equal("http://mirror.example.com/debian", DebianSources.Mirror("bookworm", root));
    }

    [Fact]
    public void One_line_sources_are_read_when_there_is_no_deb822_file()
    {
        Write("sources.list", "# local mirror\ndeb-src http://src.example.com/debian bookworm main\ndeb [arch=amd64 signed-by=/k.gpg] http://apt.example.com/debian bookworm main\n");

        Assert.Equal("http://apt.example.com/debian", DebianSources.Mirror("bookworm", root));
    }

    [Fact]
    public void Without_sources_debootstrap_is_left_to_choose_its_own_mirror()
    {
        Assert.Null(DebianSources.Mirror("bookworm", root));
    }

    [Fact]
    public void The_suite_is_the_machines_debian_release()
    {
        Assert.Equal("trixie", DebianSources.HostSuite(Write("os-release", "PRETTY_NAME=\"Debian GNU/Linux 13\"\nID=debian\nVERSION_CODENAME=trixie\n")));
        Assert.Equal("bookworm", DebianSources.HostSuite(Write("ubuntu-release", "ID=ubuntu\nVERSION_CODENAME=noble\n")));
        Assert.Equal("bookworm", DebianSources.HostSuite(Path.Combine(root, "missing")));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
