using Orchestration.Configuration;
using Orchestration.Fingerprint;

namespace Orchestration.Tests.Configuration;

public sealed class DeclaringOutputs : IDisposable
{
    private readonly ModelProject project = new();

    [Fact]
    public void Outputs_are_paths_or_globs_separated_by_commas()
    {
        var model = project.Resolve(ModelProject.ValidProperties + "\noutputs=serve.py, README.md ,reports/**").Require();

        Assert.Equal(["serve.py", "README.md", "reports/**"], model.Outputs);
    }

    [Fact]
    public void Without_the_key_there_are_none()
    {
        Assert.Empty(project.Resolve(ModelProject.ValidProperties).Require().Outputs);
    }

    [Fact]
    public void An_output_that_does_not_exist_yet_is_no_problem()
    {
        Assert.Empty(project.Problems(ModelProject.ValidProperties + "\noutputs=reports/metrics.png"));
    }

    [Fact]
    public void An_output_outside_the_project_is_a_problem()
    {
        var overrides = ModelProject.Overrides(arguments: [("outputs", "serve.py,../other/serve.py")]);

        Assert.Equal(
            ["--outputs: outputs entry '../other/serve.py' points outside the project folder; give it relative to the project folder, without '..' leading out."],
            project.Problems(ModelProject.ValidProperties, overrides));
    }

    [Fact]
    public void Declared_outputs_are_part_of_the_configuration_inputs()
    {
        var model = project.Resolve(ModelProject.ValidProperties + "\noutputs=serve.py").Require();

        Assert.Equal("serve.py", ConfigurationInputs.From(model).Settings["outputs"]);
    }

    [Fact]
    public void No_outputs_leave_the_configuration_inputs_as_they_were_before_the_key()
    {
        var model = project.Resolve(ModelProject.ValidProperties).Require();

        Assert.DoesNotContain("outputs", ConfigurationInputs.From(model).Settings.Keys);
    }

    public void Dispose() => project.Dispose();
}
