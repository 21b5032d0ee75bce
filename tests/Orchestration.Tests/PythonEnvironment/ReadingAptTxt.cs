using Cake.Core;
using Orchestration.PythonEnvironment;

namespace Orchestration.Tests.PythonEnvironment;

/// <summary>apt.txt, repo2docker's list of Debian packages: one per line, comments and blank lines ignored.</summary>
public sealed class ReadingAptTxt
{
    [Fact]
    public void Names_are_read_one_per_line_without_comments_or_blank_lines()
    {
        string[] lines = ["# what the notebook needs", "python3-sklearn", "", "  python3-pandas   # pandas", "libgomp1", "python3-sklearn"];

        Assert.Equal(["python3-sklearn", "python3-pandas", "libgomp1"], AptFile.Parse(lines));
    }

    [Fact]
    public void A_project_without_apt_txt_needs_no_packages()
    {
        var project = Directory.CreateTempSubdirectory("orchestration-apt-").FullName;
        try
        {
            Assert.Empty(AptFile.Read(project));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    [Fact]
    public void Lines_that_are_not_package_names_are_refused_with_their_line_numbers()
    {
        string[] lines = ["python3-sklearn", "python3-pandas python3-joblib", "Python3-Flask", "curl; rm -rf /"];

        var error = Assert.Throws<CakeException>(() => AptFile.Parse(lines));

        Assert.Equal(2, error.ExitCode);
        Assert.Equal(
            """
            apt.txt lists packages apt-get cannot be given:
              apt.txt:2: 'python3-pandas python3-joblib' is not a Debian package name: expected one name per line (lowercase letters, digits, '+', '-' and '.'), e.g. python3-sklearn.
              apt.txt:3: 'Python3-Flask' is not a Debian package name: expected one name per line (lowercase letters, digits, '+', '-' and '.'), e.g. python3-sklearn.
              apt.txt:4: 'curl; rm -rf /' is not a Debian package name: expected one name per line (lowercase letters, digits, '+', '-' and '.'), e.g. python3-sklearn.
            """.ReplaceLineEndings("\n"),
            error.Message);
    }
}
