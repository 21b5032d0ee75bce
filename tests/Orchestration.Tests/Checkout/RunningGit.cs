using Orchestration.Checkout;
using Orchestration.Tests.Fakes;
using Orchestration.Tools.Git;

namespace Orchestration.Tests.Checkout;

public static class RunningGit
{
    public sealed class Init
    {
        [Fact]
        public void Creates_the_repository_quietly_with_the_folder_after_the_end_of_options()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).Init(new GitSettings(), "/work/.work/checkout/source", CancellationToken.None);

            Assert.Equal("init --quiet -- \"/work/.work/checkout/source\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Clone
    {
        [Fact]
        public void By_default_clones_the_whole_repository_and_checks_it_out()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).Clone(new GitCloneSettings(), "https://git.example.com/ds/model.git", "/tmp/clone", CancellationToken.None);

            Assert.Equal("clone --quiet -- \"https://git.example.com/ds/model.git\" \"/tmp/clone\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Settings_add_no_checkout_depth_and_branch()
        {
            var fixture = new ToolFixture();
            var settings = new GitCloneSettings { Checkout = false, Depth = 1, BranchName = "release/2" };

            new Git(fixture.Context).Clone(settings, "/srv/repo", "/tmp/clone", CancellationToken.None);

            Assert.Equal("clone --quiet --no-checkout --depth 1 --branch \"release/2\" -- \"/srv/repo\" \"/tmp/clone\"", fixture.Runner.LastArguments);
        }
    }

    public sealed class Fetch
    {
        [Fact]
        public void Fetches_one_ref_shallow_without_tags()
        {
            var fixture = new ToolFixture();
            var settings = new GitFetchSettings { Depth = 1, NoTags = true };

            new Git(fixture.Context).Fetch(settings, "/srv/repo", "v1.2", null, CancellationToken.None);

            Assert.Equal("fetch --depth 1 --no-tags -- \"/srv/repo\" \"v1.2\"", fixture.Runner.LastArguments);
        }

        [Fact]
        public void Runs_in_the_repository_it_fetches_into()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).Fetch(new GitFetchSettings { WorkingDirectory = "/tmp/clone" }, "origin", "main", null, CancellationToken.None);

            Assert.Equal("fetch -- \"origin\" \"main\"", fixture.Runner.LastArguments);
            Assert.Equal("/tmp/clone", fixture.Runner.Calls[^1].Settings.WorkingDirectory.FullPath);
        }
    }

    public sealed class CheckoutDetached
    {
        [Fact]
        public void Detaches_at_the_commit_and_ends_with_a_double_dash_so_it_is_never_a_file()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).CheckoutDetached(new GitSettings(), "FETCH_HEAD", CancellationToken.None);

            Assert.Equal("checkout --quiet --detach \"FETCH_HEAD\" --", fixture.Runner.LastArguments);
        }
    }

    public sealed class RevParse
    {
        [Fact]
        public void Asks_for_the_commit_the_revision_names_and_returns_its_sha()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(output: ["4b825dc642cb6eb9a060e54bf8d69288fbee4904"]);

            var commit = new Git(fixture.Context).RevParse(new GitSettings(), "v1", CancellationToken.None);

            Assert.Equal("rev-parse --verify --quiet --end-of-options \"v1^{commit}\"", fixture.Runner.LastArguments);
            Assert.Equal("4b825dc642cb6eb9a060e54bf8d69288fbee4904", commit);
        }

        [Fact]
        public void Returns_null_when_the_revision_names_no_commit()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(exitCode: 1);

            Assert.Null(new Git(fixture.Context).RevParse(new GitSettings(), "nope", CancellationToken.None));
        }
    }

    public sealed class ShowTopLevel
    {
        [Fact]
        public void Returns_the_root_of_the_working_tree_or_null_outside_one()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(output: ["/srv/repo"]).Answer(exitCode: 128, error: ["fatal: not a git repository"]);
            var git = new Git(fixture.Context);

            Assert.Equal("/srv/repo", git.ShowTopLevel(new GitSettings(), CancellationToken.None));
            Assert.Equal("rev-parse --show-toplevel", fixture.Runner.LastArguments);
            Assert.Null(git.ShowTopLevel(new GitSettings(), CancellationToken.None));
        }
    }

    public sealed class IsRepository
    {
        [Fact]
        public void Asks_for_the_git_directory()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(exitCode: 128);

            Assert.False(new Git(fixture.Context).IsRepository(new GitSettings(), CancellationToken.None));
            Assert.Equal("rev-parse --git-dir", fixture.Runner.LastArguments);
        }
    }

    public sealed class Status
    {
        [Fact]
        public void Lists_changed_and_every_untracked_file_under_the_paths()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(output: [" M samples/m/train.ipynb", "?? samples/m/data/new.csv"]);

            var changes = new Git(fixture.Context).Status(new GitSettings(), ["samples/m"], CancellationToken.None);

            Assert.Equal("status --porcelain --untracked-files=all -- \"samples/m\"", fixture.Runner.LastArguments);
            Assert.Equal([" M samples/m/train.ipynb", "?? samples/m/data/new.csv"], changes);
        }
    }

    public sealed class LsFiles
    {
        [Fact]
        public void Lists_the_tracked_files_matching_the_pathspecs()
        {
            var fixture = new ToolFixture();
            fixture.Runner.Answer(output: ["a/build.properties"]);

            var files = new Git(fixture.Context).LsFiles(new GitSettings(), [":(glob)**/build.properties"], CancellationToken.None);

            Assert.Equal("ls-files -- \":(glob)**/build.properties\"", fixture.Runner.LastArguments);
            Assert.Equal(["a/build.properties"], files);
        }
    }

    public sealed class Settings
    {
        [Fact]
        public void Git_never_prompts_for_a_password_and_speaks_english()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).Init(new GitSettings(), "/tmp/x", CancellationToken.None);

            var variables = fixture.Runner.Calls[^1].Settings.EnvironmentVariables;
            Assert.Equal("0", variables["GIT_TERMINAL_PROMPT"]);
            Assert.Equal("C", variables["LC_ALL"]);
        }

        [Fact]
        public void Ssh_never_prompts_either_unless_the_user_chose_their_own_ssh_command()
        {
            var expected = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_SSH_COMMAND")) ? "ssh -o BatchMode=yes" : null;

            var variables = new GitSettings().EnvironmentVariables;

            Assert.Equal(expected, variables.TryGetValue("GIT_SSH_COMMAND", out var command) ? command : null);
        }

        [Fact]
        public void A_repository_that_looks_like_an_option_stays_an_operand()
        {
            var fixture = new ToolFixture();

            new Git(fixture.Context).Fetch(new GitFetchSettings(), "--upload-pack=touch /tmp/pwned", "main", null, CancellationToken.None);

            Assert.Equal("fetch -- \"--upload-pack=touch /tmp/pwned\" \"main\"", fixture.Runner.LastArguments);
        }
    }
}
