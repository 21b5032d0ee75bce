using Orchestration.Configuration;
using Orchestration.Tests.Fakes;

namespace Orchestration.Tests.Configuration;

public sealed class ResolvingOverrides : IDisposable
{
    private readonly ModelProject project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void The_file_alone_gives_the_configuration()
    {
        var configuration = project.Resolve(ModelProject.ValidProperties).Require();

        Assert.Equal(new ModelIdentity("demo", 2, 7), configuration.Identity);
        Assert.Equal("train.ipynb", configuration.Notebook);
        Assert.Equal("model/demo.2.7.pkl", configuration.ModelPath);
        Assert.Equal("requirements.txt", configuration.Environment);
        Assert.Equal(EnvironmentFileKind.Requirements, configuration.EnvironmentKind);
        Assert.Equal(["data/**"], configuration.Data);
        Assert.Equal("Dockerfile", configuration.Dockerfile);
    }

    [Fact]
    public void The_environment_overrides_the_file()
    {
        var overrides = ModelProject.Overrides(environment: [("DATA_VERSION", "4")]);

        var resolved = project.Resolve(ModelProject.ValidProperties, overrides);

        Assert.Equal(4, resolved.Require().Identity.DataVersion);
        Assert.Equal(SettingSource.Environment("DATA_VERSION"), Setting(resolved, "data.version").Source);
    }

    [Fact]
    public void An_argument_overrides_the_environment_and_the_file()
    {
        var overrides = ModelProject.Overrides(arguments: [("data-version", "5")], environment: [("DATA_VERSION", "4")]);

        var resolved = project.Resolve(ModelProject.ValidProperties, overrides);

        Assert.Equal(5, resolved.Require().Identity.DataVersion);
        Assert.Equal(SettingSource.Argument("data-version"), Setting(resolved, "data.version").Source);
    }

    [Fact]
    public void An_empty_environment_variable_counts_as_unset()
    {
        var overrides = ModelProject.Overrides(environment: [("MODEL_NAME", string.Empty)]);

        var resolved = project.Resolve(ModelProject.ValidProperties, overrides);

        Assert.Equal("demo", resolved.Require().Identity.Name);
        Assert.Equal(SettingSource.File(ModelProject.PropertiesPath, 1), Setting(resolved, "model.name").Source);
    }

    [Fact]
    public void The_deployment_environment_argument_and_variable_do_not_override_the_environment_file()
    {
        var overrides = ModelProject.Overrides(arguments: [("environment", "production")], environment: [("ENVIRONMENT", "staging")]);

        var configuration = project.Resolve(ModelProject.ValidProperties, overrides).Require();

        Assert.Equal("requirements.txt", configuration.Environment);
    }

    [Fact]
    public void The_environment_file_is_overridden_by_its_own_argument()
    {
        project.Write("env/environment.yml", "name: x");
        var overrides = ModelProject.Overrides(arguments: [("environment-file", "env/environment.yml")]);

        Assert.Equal("env/environment.yml", project.Resolve(ModelProject.ValidProperties, overrides).Require().Environment);
    }

    [Fact]
    public void Every_key_has_its_argument_and_environment_variable()
    {
        project.Write("nb/other.ipynb", "{}");
        project.Write("d/rows.csv", "x\n");
        project.Write("e.csv", "x\n");
        var overrides = ModelProject.Overrides(
            arguments: [("model-name", "arg-name"), ("notebook", "nb/other.ipynb"), ("model-path", "out/{model.name}.bin"), ("data", "d/*.csv, e.csv"), ("dockerfile", "docker/Dockerfile")],
            environment: [("MODEL_VERSION", "9"), ("MODEL_ENVIRONMENT_FILE", "env/environment.yml")]);

        var configuration = project.Resolve(ModelProject.ValidProperties, overrides).Require();

        Assert.Equal(new ModelIdentity("arg-name", 2, 9), configuration.Identity);
        Assert.Equal("nb/other.ipynb", configuration.Notebook);
        Assert.Equal("out/arg-name.bin", configuration.ModelPath);
        Assert.Equal("env/environment.yml", configuration.Environment);
        Assert.Equal(EnvironmentFileKind.Conda, configuration.EnvironmentKind);
        Assert.Equal(["d/*.csv", "e.csv"], configuration.Data);
        Assert.Equal("docker/Dockerfile", configuration.Dockerfile);
    }

    [Fact]
    public void Placeholders_take_the_overridden_values()
    {
        var overrides = ModelProject.Overrides(arguments: [("model-version", "12")]);

        Assert.Equal("model/demo.2.12.pkl", project.Resolve(ModelProject.ValidProperties, overrides).Require().ModelPath);
    }

    [Fact]
    public void An_argument_given_twice_is_a_problem()
    {
        var overrides = ModelProject.Overrides(arguments: [("data-version", "3"), ("data-version", "4")]);

        Assert.Equal(["--data-version: given 2 times ('3', '4'); give it once."], project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void Overrides_are_read_through_lookups_for_every_key_and_the_parameters()
    {
        var options = GivenOptions.With(
            arguments: [("model-name", "x"), ("parameter", "a=1"), ("parameter", "b=2")],
            variables: [("DATA_VERSION", "3"), ("MODEL_DATA", string.Empty), ("UNRELATED", "y")]);

        var overrides = ConfigurationOptions.Bind(options);

        Assert.Equal(["model-name", "parameter"], overrides.Arguments.Keys.Order());
        Assert.Equal(["a=1", "b=2"], overrides.Arguments["parameter"]);
        Assert.Equal(["DATA_VERSION"], overrides.Environment.Keys);
    }

    private static ResolvedSetting Setting(ResolvedConfiguration resolved, string key) => resolved.Settings.Single(s => s.Key == key);
}
