using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

/// <summary>Where a path in the model project really leads once its symbolic links are followed.</summary>
public sealed class FollowingSymbolicLinks : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("links-").FullName;
    private readonly string project;
    private readonly string outside;

    public FollowingSymbolicLinks()
    {
        project = Path.Combine(folder, "repo", "model");
        outside = Path.Combine(folder, "elsewhere");
        Directory.CreateDirectory(Path.Combine(project, "data"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        File.WriteAllText(Path.Combine(project, "data", "real.csv"), "a,b\n");
    }

    [Fact]
    public void A_plain_file_stays_inside() =>
        Assert.Null(SymbolicLinks.EscapeFrom(project, "data/real.csv"));

    [Fact]
    public void A_path_that_does_not_exist_yet_stays_inside() =>
        Assert.Null(SymbolicLinks.EscapeFrom(project, "models/new/demo.joblib"));

    [Fact]
    public void A_link_to_a_file_inside_the_project_is_followed_and_allowed()
    {
        File.CreateSymbolicLink(Path.Combine(project, "data", "alias.csv"), "real.csv");

        Assert.Null(SymbolicLinks.EscapeFrom(project, "data/alias.csv"));
    }

    [Fact]
    public void A_file_linked_to_an_absolute_path_outside_is_named_with_its_target()
    {
        File.CreateSymbolicLink(Path.Combine(project, "data", "shadow.csv"), "/etc/shadow");

        Assert.Equal("data/shadow.csv is a symbolic link to /etc/shadow, outside the project folder", SymbolicLinks.EscapeFrom(project, "data/shadow.csv"));
    }

    [Fact]
    public void A_folder_linked_outside_is_named_for_every_path_under_it()
    {
        Directory.CreateSymbolicLink(Path.Combine(project, "models"), outside);

        Assert.Equal($"models is a symbolic link to {outside}, outside the project folder", SymbolicLinks.EscapeFrom(project, "models/demo.2.7.joblib"));
    }

    [Fact]
    public void A_relative_link_climbing_out_is_named_with_where_it_leads()
    {
        File.CreateSymbolicLink(Path.Combine(project, "train.ipynb"), "../../elsewhere/secret.txt");

        Assert.Equal(
            $"train.ipynb is a symbolic link to ../../elsewhere/secret.txt (that is {Path.Combine(outside, "secret.txt")}), outside the project folder",
            SymbolicLinks.EscapeFrom(project, "train.ipynb"));
    }

    [Fact]
    public void A_chain_of_links_is_judged_by_its_last_target()
    {
        File.CreateSymbolicLink(Path.Combine(project, "first"), "second");
        File.CreateSymbolicLink(Path.Combine(project, "second"), Path.Combine(outside, "secret.txt"));

        Assert.StartsWith("first is a symbolic link to second (that is ", SymbolicLinks.EscapeFrom(project, "first"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_into_the_project_cannot_be_climbed_out_of()
    {
        Directory.CreateSymbolicLink(Path.Combine(project, "here"), ".");

        Assert.Equal($"here/../../elsewhere/secret.txt leads to {Path.Combine(outside, "secret.txt")}, outside the project folder", SymbolicLinks.EscapeFrom(project, "here/../../elsewhere/secret.txt"));
    }

    [Fact]
    public void A_project_folder_reached_through_a_link_is_judged_by_its_real_place()
    {
        var linkedProject = Path.Combine(folder, "linked-project");
        Directory.CreateSymbolicLink(linkedProject, project);
        File.CreateSymbolicLink(Path.Combine(project, "data", "alias.csv"), Path.Combine(project, "data", "real.csv"));

        Assert.Null(SymbolicLinks.EscapeFrom(linkedProject, "data/alias.csv"));
    }

    [Fact]
    public void A_configured_path_through_a_link_leading_out_is_a_configuration_problem()
    {
        using var model = new ModelProject();
        Directory.CreateSymbolicLink(Path.Combine(model.Directory, "model"), outside);

        var problem = Assert.Single(model.Problems(ModelProject.ValidProperties));

        Assert.Equal(
            $"{ModelProject.PropertiesPath}:5: model.path 'model/demo.2.7.pkl' cannot be used: model is a symbolic link to {outside}, outside the project folder. Commit the file or folder itself, not a link to it.",
            problem);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
