using Orchestration.Tests.Fakes;
using Orchestration.Tooling;
using Orchestration.Tools.Git;
using Orchestration.Tools.Git.Checkout;
using Orchestration.Tools.Git.Clean;
using Orchestration.Tools.Git.Clone;
using Orchestration.Tools.Git.Fetch;
using Orchestration.Tools.Git.Init;
using Orchestration.Tools.Git.LsFiles;
using Orchestration.Tools.Git.RevParse;
using Orchestration.Tools.Git.Status;

namespace Orchestration.Tests.Checkout;

public static class GitToolArguments
{
    public sealed class Init
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Creates_the_repository_quietly_with_the_folder_after_the_end_of_options()
        {
            fixture.Context.GitInit(new GitInitSettings(), "/work/.work/checkout/source", CancellationToken.None);

            Assert.Equal("init --quiet -- \"/work/.work/checkout/source\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Clone
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void By_default_clones_the_whole_repository_and_checks_it_out()
        {
            fixture.Context.GitClone(new GitCloneSettings(), "https://git.example.com/ds/model.git", "/tmp/clone", CancellationToken.None);

            Assert.Equal("clone --quiet -- \"https://git.example.com/ds/model.git\" \"/tmp/clone\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Settings_add_no_checkout_depth_and_branch()
        {
            var settings = new GitCloneSettings { Checkout = false, Depth = 1, BranchName = "release/2" };

            fixture.Context.GitClone(settings, "/srv/repo", "/tmp/clone", CancellationToken.None);

            Assert.Equal("clone --quiet --no-checkout --depth 1 --branch \"release/2\" -- \"/srv/repo\" \"/tmp/clone\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Fetch
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Fetches_one_ref_shallow_without_tags()
        {
            fixture.Context.GitFetch(new GitFetchSettings { Depth = 1, NoTags = true }, "/srv/repo", "v1.2", null, CancellationToken.None);

            Assert.Equal("fetch --depth 1 --no-tags -- \"/srv/repo\" \"v1.2\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Runs_in_the_repository_it_fetches_into()
        {
            fixture.Context.GitFetch(new GitFetchSettings { WorkingDirectory = "/tmp/clone" }, "origin", "main", null, CancellationToken.None);

            Assert.Equal("fetch -- \"origin\" \"main\"", fixture.Runner.LastArguments);
            Assert.Equal("/tmp/clone", fixture.Runner.Calls[^1].Settings.WorkingDirectory.FullPath);
        }

        [Fact]
        public void A_repository_that_looks_like_an_option_stays_an_operand()
        {
            fixture.Context.GitFetch(new GitFetchSettings(), "--upload-pack=touch /tmp/pwned", "main", null, CancellationToken.None);

            Assert.Equal("fetch -- \"--upload-pack=touch /tmp/pwned\" \"main\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void A_failed_fetch_names_the_command_line_the_folder_the_exit_code_and_gits_error()
        {
            fixture.Runner.Answer(exitCode: 128, error: ["fatal: couldn't find remote ref nope"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.GitFetch(
                new GitFetchSettings { WorkingDirectory = "/tmp/clone" }, "/srv/repo", "nope", new ToolRunOptions { FailureHint = "Check --repository." }, CancellationToken.None));

            Assert.Equal(
                ["git exited with code 128.", "> git fetch -- \"/srv/repo\" \"nope\"", "@ /tmp/clone", "  fatal: couldn't find remote ref nope", "Check --repository."],
                failure.Message.Split('\n'));
            Assert.Equal(128, failure.ExitCode);
        }
    }

    public sealed class Checkout
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Detaches_at_the_commit_and_ends_with_a_double_dash_so_it_is_never_a_file()
        {
            fixture.Context.GitCheckout(new GitCheckoutSettings { Detach = true }, "FETCH_HEAD", CancellationToken.None);

            Assert.Equal("checkout --quiet --detach \"FETCH_HEAD\" --", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Force_throws_away_changes_to_tracked_files()
        {
            fixture.Context.GitCheckout(new GitCheckoutSettings { Detach = true, Force = true }, "FETCH_HEAD", CancellationToken.None);

            Assert.Equal("checkout --quiet --force --detach \"FETCH_HEAD\" --", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Without_detach_checks_the_commit_out_as_given()
        {
            fixture.Context.GitCheckout(new GitCheckoutSettings(), "main", CancellationToken.None);

            Assert.Equal("checkout --quiet \"main\" --", fixture.Runner.LastArguments);
        }
    }

    public sealed class Clean
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Removes_untracked_files_folders_and_nested_repositories()
        {
            fixture.Context.GitClean(new GitCleanSettings { WorkingDirectory = "/tmp/clone" }, CancellationToken.None);

            Assert.Equal("clean --quiet -ff -d", fixture.Runner.LastArguments);
            Assert.Equal("/tmp/clone", fixture.Runner.Calls[^1].Settings.WorkingDirectory.FullPath);
        }

        [Fact]
        public void Include_ignored_removes_what_gitignore_hides_too()
        {
            fixture.Context.GitClean(new GitCleanSettings { IncludeIgnored = true }, CancellationToken.None);

            Assert.Equal("clean --quiet -ff -d -x", fixture.Runner.LastArguments);
        }
    }

    public sealed class RevParse
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Asks_for_the_commit_the_revision_names_and_returns_its_sha()
        {
            fixture.Runner.Answer(output: ["4b825dc642cb6eb9a060e54bf8d69288fbee4904"]);

            var commit = fixture.Context.GitRevParseCommit(new GitRevParseSettings(), "v1", CancellationToken.None);

            Assert.Equal("rev-parse --verify --quiet --end-of-options \"v1^{commit}\"", fixture.Runner.LastArguments);
            Assert.Equal("4b825dc642cb6eb9a060e54bf8d69288fbee4904", commit);
        }

        [Fact]
        public void Returns_null_when_the_revision_names_no_commit()
        {
            fixture.Runner.Answer(exitCode: 1);

            Assert.Null(fixture.Context.GitRevParseCommit(new GitRevParseSettings(), "nope", CancellationToken.None));
        }

        [Fact]
        public void Show_top_level_returns_the_root_of_the_working_tree_or_null_outside_one()
        {
            fixture.Runner.Answer(output: ["/srv/repo"]).Answer(exitCode: 128, error: ["fatal: not a git repository"]);

            Assert.Equal("/srv/repo", fixture.Context.GitShowTopLevel(new GitRevParseSettings(), CancellationToken.None));
            Assert.Equal("rev-parse --show-toplevel", fixture.Runner.LastArguments);
            Assert.Null(fixture.Context.GitShowTopLevel(new GitRevParseSettings(), CancellationToken.None));
        }

        [Fact]
        public void Is_repository_asks_for_the_git_directory()
        {
            fixture.Runner.Answer(exitCode: 128);

            Assert.False(fixture.Context.GitIsRepository(new GitRevParseSettings(), CancellationToken.None));
            Assert.Equal("rev-parse --git-dir", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Any_other_exit_code_is_a_failure()
        {
            fixture.Runner.Answer(exitCode: 129, error: ["usage: git rev-parse"]);

            var failure = Assert.Throws<ToolFailedException>(() => fixture.Context.GitRevParseCommit(new GitRevParseSettings(), "v1", CancellationToken.None));

            Assert.Equal(129, failure.ExitCode);
        }
    }

    public sealed class Status
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_changed_and_every_untracked_file_under_the_paths()
        {
            fixture.Runner.Answer(output: [" M samples/m/train.ipynb", "?? samples/m/data/new.csv"]);

            var changes = fixture.Context.GitStatus(new GitStatusSettings(), ["samples/m"], CancellationToken.None);

            Assert.Equal("status --porcelain --untracked-files=all -- \"samples/m\"", fixture.Runner.LastArguments);
            Assert.Equal([" M samples/m/train.ipynb", "?? samples/m/data/new.csv"], changes);
        }
    }

    public sealed class LsFiles
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Lists_the_tracked_files_matching_the_pathspecs_separated_by_nul()
        {
            fixture.Runner.Answer(output: ["a/build.properties\0b c/build.properties\0"]);

            var files = fixture.Context.GitLsFiles(new GitLsFilesSettings(), [":(glob)**/build.properties"], CancellationToken.None);

            Assert.Equal("ls-files -z --cached -- \":(glob)**/build.properties\"", fixture.Runner.LastArguments);
            Assert.Equal(["a/build.properties", "b c/build.properties"], files);
        }

        [Fact]
        public void Others_adds_the_untracked_files_git_does_not_ignore_each_named_once()
        {
            fixture.Runner.Answer(output: ["train.ipynb\0data/new.csv\0train.ipynb\0"]);

            var files = fixture.Context.GitLsFiles(new GitLsFilesSettings { Others = true }, ["."], CancellationToken.None);

            Assert.Equal("ls-files -z --cached --others --exclude-standard -- \".\"", fixture.Runner.LastArguments);
            Assert.Equal(["train.ipynb", "data/new.csv"], files);
        }
    }

    public sealed class Settings
    {
        private readonly ToolFixture fixture = new();

        [Fact]
        public void Git_never_prompts_for_a_password_and_speaks_english()
        {
            fixture.Context.GitInit(new GitInitSettings(), "/tmp/x", CancellationToken.None);

            var variables = fixture.Runner.Calls[^1].Settings.EnvironmentVariables;
            Assert.Equal("0", variables["GIT_TERMINAL_PROMPT"]);
            Assert.Equal("C", variables["LC_ALL"]);
        }

        [Fact]
        public void Ssh_never_prompts_either_unless_the_user_chose_their_own_ssh_command()
        {
            var expected = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_SSH_COMMAND")) ? "ssh -o BatchMode=yes" : null;

            var variables = new GitStatusSettings().EnvironmentVariables;

            Assert.Equal(expected, variables.TryGetValue("GIT_SSH_COMMAND", out var command) ? command : null);
        }
    }
}
