using Cake.Core;
using Orchestration.Checkout;

namespace Orchestration.IntegrationTests.Checkout;

public sealed class RefusingWhatCannotBeBuilt : IDisposable
{
    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void An_unknown_branch_is_a_configuration_error_naming_the_ref_and_the_repository()
    {
        var error = Assert.Throws<CakeException>(
            () => repository.Checkout(new CheckoutRequest { Ref = "no-such-branch", ProjectDirectory = TestRepository.Project }));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Ref 'no-such-branch' was not found in repository {repository.Root}", error.Message, StringComparison.Ordinal);
        Assert.Contains("couldn't find remote ref no-such-branch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_branch_is_the_same_error_when_the_clone_of_an_earlier_run_is_there()
    {
        repository.Checkout();

        var error = Assert.Throws<CakeException>(
            () => repository.Checkout(new CheckoutRequest { Ref = "no-such-branch", ProjectDirectory = TestRepository.Project }));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Ref 'no-such-branch' was not found in repository {repository.Root}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_commit_sha_is_a_configuration_error_too()
    {
        const string Sha = "0123456789abcdef0123456789abcdef01234567";

        var error = Assert.Throws<CakeException>(() => repository.Checkout(new CheckoutRequest { Ref = Sha, ProjectDirectory = TestRepository.Project }));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"Ref '{Sha}' was not found in repository {repository.Root}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_folder_missing_in_that_revision_is_named_with_the_folders_that_are_projects()
    {
        var error = Assert.Throws<CakeException>(() => repository.Checkout(new CheckoutRequest { ProjectDirectory = "samples/other" }));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith($"--project-dir 'samples/other' does not exist in {repository.Root} at HEAD", error.Message, StringComparison.Ordinal);
        Assert.Contains("Folders with a build.properties there: model.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_path_that_does_not_exist_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(
            () => repository.Checkout(new CheckoutRequest { Repository = "/nonexistent/repo", ProjectDirectory = TestRepository.Project }));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("--repository '/nonexistent/repo' is neither an existing folder", error.Message, StringComparison.Ordinal);
    }
}
