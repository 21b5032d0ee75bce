using Cake.Core;
using Orchestration.Configuration;

namespace Orchestration.Tests.Configuration;

public sealed class LoadingAModelProject : IDisposable
{
    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void The_build_properties_file_of_the_project_folder_is_read()
    {
        project.Write("build.properties", ModelProject.ValidProperties);

        var resolved = ModelConfigurationLoader.Load(project.Directory, "samples/demo", ConfigurationOverrides.None);

        Assert.Equal("samples/demo/build.properties", resolved.PropertiesPath);
        Assert.Equal("demo.2.7", resolved.Require().Identity.ToString());
    }

    [Fact]
    public void A_project_at_the_repository_root_names_the_file_alone()
    {
        project.Write("build.properties", "model.name=a.b\n");

        var resolved = ModelConfigurationLoader.Load(project.Directory, ".", ConfigurationOverrides.None);

        Assert.StartsWith("build.properties:1: model.name 'a.b' contains a dot", resolved.Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_without_build_properties_is_a_configuration_error()
    {
        var error = Assert.Throws<CakeException>(() => ModelConfigurationLoader.Load(project.Directory, "samples/demo", ConfigurationOverrides.None));

        Assert.Equal(2, error.ExitCode);
        Assert.StartsWith("samples/demo/build.properties does not exist: every model project has one", error.Message, StringComparison.Ordinal);
    }
}
