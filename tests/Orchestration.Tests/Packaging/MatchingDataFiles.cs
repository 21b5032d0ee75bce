using Cake.Core;
using Orchestration.Packaging;

namespace Orchestration.Tests.Packaging;

public sealed class MatchingDataFiles : IDisposable
{
    private readonly TrainedProject project = new();

    public MatchingDataFiles()
    {
        project.Write("project", "data/raw/2024/SalaryData0.csv", "raw");
        project.Write("project", "data/notes.txt", "notes");
        project.Write("project", "../shared/holidays.csv", "shared");
    }

    [Fact]
    public void A_double_star_matches_every_file_under_the_folder_sorted_by_path()
    {
        var files = DataFiles.Resolve(project.ProjectDirectory, ["data/**"]);

        Assert.Equal(["data/SalaryData1.csv", "data/SalaryData2.csv", "data/notes.txt", "data/raw/2024/SalaryData0.csv"], files);
    }

    [Fact]
    public void A_star_matches_within_one_folder_only()
    {
        var files = DataFiles.Resolve(project.ProjectDirectory, ["data/*.csv"]);

        Assert.Equal(["data/SalaryData1.csv", "data/SalaryData2.csv"], files);
    }

    [Fact]
    public void A_double_star_in_the_middle_matches_any_depth_including_none()
    {
        var files = DataFiles.Resolve(project.ProjectDirectory, ["data/**/Salary*.csv"]);

        Assert.Equal(["data/SalaryData1.csv", "data/SalaryData2.csv", "data/raw/2024/SalaryData0.csv"], files);
    }

    [Fact]
    public void A_folder_named_without_wildcards_means_every_file_in_it()
    {
        var files = DataFiles.Resolve(project.ProjectDirectory, ["data/raw"]);

        Assert.Equal(["data/raw/2024/SalaryData0.csv"], files);
    }

    [Fact]
    public void Several_patterns_are_merged_without_duplicates()
    {
        var files = DataFiles.Resolve(project.ProjectDirectory, ["data/SalaryData2.csv", "data/*.csv", "../shared/*.csv"]);

        Assert.Equal(["../shared/holidays.csv", "data/SalaryData1.csv", "data/SalaryData2.csv"], files);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_is_a_configuration_error_saying_where_it_looked()
    {
        var error = Assert.Throws<CakeException>(() => DataFiles.Resolve(project.ProjectDirectory, ["datasets/*.parquet"]));

        Assert.Equal(2, error.ExitCode);
        Assert.Contains("data=datasets/*.parquet matches no file in " + project.ProjectDirectory, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => project.Dispose();
}
