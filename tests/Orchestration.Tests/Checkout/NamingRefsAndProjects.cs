using Cake.Core;
using Orchestration.Checkout;

namespace Orchestration.Tests.Checkout;

public sealed class NamingRefsAndProjects
{
    [Theory]
    [InlineData("HEAD")]
    [InlineData("main")]
    [InlineData("release/2.1")]
    [InlineData("v1.2.3")]
    [InlineData("4b825dc642cb6eb9a060e54bf8d69288fbee4904")]
    [InlineData("origin/main")]
    public void Branches_tags_and_commits_are_accepted(string gitRef) => GitRefName.Validate(gitRef);

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("--upload-pack=x", "starts with '-'")]
    [InlineData("main..dev", "'..'")]
    [InlineData("main@{1}", "'@{'")]
    [InlineData("feature/", "ends with '/'")]
    [InlineData("my branch", "a space")]
    [InlineData("HEAD~1", "~ ^ :")]
    public void A_ref_git_cannot_fetch_is_a_configuration_error_saying_why(string gitRef, string reason)
    {
        var error = Assert.Throws<CakeException>(() => GitRefName.Validate(gitRef));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains($"--ref '{gitRef}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a1b2", true)]
    [InlineData("4b825dc642cb6eb9a060e54bf8d69288fbee4904", true)]
    [InlineData("abc", false)]
    [InlineData("main", false)]
    [InlineData("HEAD", false)]
    public void Hexadecimal_refs_of_four_or_more_characters_may_be_commits(string gitRef, bool expected) =>
        Assert.Equal(expected, GitRefName.LooksLikeCommit(gitRef));

    [Theory]
    [InlineData("samples/salary-regression", "samples/salary-regression")]
    [InlineData("./samples//salary-regression/", "samples/salary-regression")]
    [InlineData(".", ".")]
    [InlineData("./", ".")]
    public void Project_folders_are_normalised_relative_to_the_repository_root(string given, string expected) =>
        Assert.Equal(expected, ProjectPath.Normalize(given));

    [Theory]
    [InlineData("/etc", "absolute")]
    [InlineData("../other", "'..'")]
    [InlineData("samples/../../x", "'..'")]
    [InlineData(" ", "empty")]
    public void A_project_folder_outside_the_repository_is_a_configuration_error(string given, string reason)
    {
        var error = Assert.Throws<CakeException>(() => ProjectPath.Normalize(given));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains($"--project-dir '{given}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
