using System.Text;
using Orchestration.PythonEnvironment;

namespace Orchestration.Tests.PythonEnvironment;

public sealed class HashingEnvironments
{
    private static readonly byte[] Spec = Encoding.UTF8.GetBytes("ipykernel\nscikit-learn==1.2.1\n");

    [Fact]
    public void The_same_inputs_give_the_same_short_hash()
    {
        var first = EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", systemSitePackages: true);
        var second = EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", systemSitePackages: true);

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{16}$", first);
    }

    [Fact]
    public void A_changed_spec_file_changes_the_hash()
    {
        var changed = Encoding.UTF8.GetBytes("ipykernel\nscikit-learn==1.3.0\n");

        Assert.NotEqual(
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", true),
            EnvironmentHash.Compute(changed, "/usr/bin/python3", "3.11.2", true));
    }

    [Fact]
    public void Another_interpreter_changes_the_hash()
    {
        Assert.NotEqual(
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", true),
            EnvironmentHash.Compute(Spec, "/root/.pyenv/versions/3.11.7/bin/python3", "3.11.2", true));
    }

    [Fact]
    public void Another_interpreter_version_changes_the_hash()
    {
        Assert.NotEqual(
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", true),
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.4", true));
    }

    [Fact]
    public void Seeing_the_system_packages_or_not_changes_the_hash()
    {
        Assert.NotEqual(
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", true),
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", false));
    }

    [Fact]
    public void Text_cannot_move_from_one_input_to_the_next()
    {
        Assert.NotEqual(
            EnvironmentHash.Compute(Spec, "/usr/bin/python3", "3.11.2", true),
            EnvironmentHash.Compute(Spec, "/usr/bin/python", "33.11.2", true));
    }
}
