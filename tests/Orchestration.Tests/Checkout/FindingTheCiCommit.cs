using Orchestration.Checkout;

namespace Orchestration.Tests.Checkout;

public sealed class FindingTheCiCommit
{
    private const string Sha = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
    private const string OtherSha = "0123456789abcdef0123456789abcdef01234567";

    [Fact]
    public void Jenkins_GIT_COMMIT_wins_over_GITHUB_SHA()
    {
        var ci = CiCommit.Find(new Dictionary<string, string> { ["GITHUB_SHA"] = OtherSha, ["GIT_COMMIT"] = Sha });

        Assert.Equal(new CiCommit("GIT_COMMIT", Sha), ci);
    }

    [Fact]
    public void GitHub_Actions_GITHUB_SHA_is_used_alone()
    {
        Assert.Equal(new CiCommit("GITHUB_SHA", Sha), CiCommit.Find(new Dictionary<string, string> { ["GITHUB_SHA"] = Sha.ToUpperInvariant() }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("main")]
    [InlineData("4b825dc")]
    public void A_value_that_is_not_a_full_sha_is_no_ci_commit(string value)
    {
        Assert.Null(CiCommit.Find(new Dictionary<string, string> { ["GIT_COMMIT"] = value }));
    }

    [Theory]
    [InlineData("HEAD", true)]
    [InlineData(Sha, true)]
    [InlineData("4B825DC6", true)]
    [InlineData("4b825d", false)]
    [InlineData(OtherSha, false)]
    [InlineData("main", false)]
    public void The_default_ref_the_sha_or_an_abbreviation_of_seven_or_more_name_the_ci_commit(string gitRef, bool expected)
    {
        Assert.Equal(expected, new CiCommit("GIT_COMMIT", Sha).IsNamedBy(gitRef));
    }
}
