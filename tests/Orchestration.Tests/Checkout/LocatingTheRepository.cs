using Cake.Core;
using Orchestration.Checkout;
using Orchestration.Tests.Fakes;
using Orchestration.Tooling;

namespace Orchestration.Tests.Checkout;

public sealed class LocatingTheRepository
{
    private readonly ToolFixture fixture = new();

    [Theory]
    [InlineData("https://git.example.com/ds/model.git")]
    [InlineData("ssh://git@git.example.com/ds/model.git")]
    [InlineData("git@git.example.com:ds/model.git")]
    [InlineData("file:///srv/git/model.git")]
    public void A_git_url_is_handed_to_git_as_given_without_asking_git_anything(string url)
    {
        var location = RepositoryLocation.Resolve(url, "/nonexistent/build", fixture.Context, CancellationToken.None);

        Assert.Equal(new RepositoryLocation(url, url, IsWorkingTree: false), location);
        Assert.Empty(fixture.Runner.Calls);
    }

    [Fact]
    public void Credentials_in_a_url_reach_git_but_not_the_record_or_the_log()
    {
        const string Url = "https://builder:s3cret-t0ken@git.example.com/ds/model.git";

        var location = RepositoryLocation.Resolve(Url, "/nonexistent/build", fixture.Context, CancellationToken.None);

        Assert.Equal(Url, location.Source);
        Assert.Equal("https://git.example.com/ds/model.git", location.Display);
        Assert.Equal("token ***", SecretMasker.Mask("token s3cret-t0ken"));
    }

    [Theory]
    [InlineData("relative/missing")]
    [InlineData("/nonexistent/repository")]
    public void A_path_that_is_no_folder_and_no_url_is_a_configuration_error(string given)
    {
        var error = Assert.Throws<CakeException>(() => RepositoryLocation.Resolve(given, "/nonexistent/build", fixture.Context, CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"--repository '{given}' is neither an existing folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_that_reads_as_an_option_is_refused()
    {
        var error = Assert.Throws<CakeException>(() => RepositoryLocation.Resolve("--upload-pack=touch /tmp/x", "/nonexistent/build", fixture.Context, CancellationToken.None));

        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public void Without_a_repository_the_working_tree_root_is_used()
    {
        fixture.Runner.Answer(output: ["/srv/build"]);

        var location = RepositoryLocation.Resolve(null, "/srv/build/sub", fixture.Context, CancellationToken.None);

        Assert.Equal(new RepositoryLocation("/srv/build", "/srv/build", IsWorkingTree: true), location);
        Assert.Equal("/srv/build/sub", fixture.Runner.Calls[^1].Settings.WorkingDirectory.FullPath);
    }

    [Fact]
    public void Without_a_repository_outside_a_working_tree_the_reader_is_told_to_pass_one()
    {
        fixture.Runner.Answer(exitCode: 128, error: ["fatal: not a git repository"]);

        var error = Assert.Throws<CakeException>(() => RepositoryLocation.Resolve(null, "/srv/build", fixture.Context, CancellationToken.None));

        Assert.Equal("/srv/build is not inside a git working tree, so there is no default repository. Pass --repository=URL-or-path.", error.Message);
    }
}
