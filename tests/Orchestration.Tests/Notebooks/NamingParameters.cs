using Orchestration.Notebooks;
using static Orchestration.Tests.Notebooks.Py;

namespace Orchestration.Tests.Notebooks;

public sealed class NamingParameters
{
    [Theory]
    [InlineData("data_ver")]
    [InlineData("_private")]
    [InlineData("alpha2")]
    [InlineData("größe")]
    [InlineData("match")]
    public void A_python_variable_name_is_accepted(string name)
    {
        Assert.True(ParameterCell.IsPythonName(name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2fast")]
    [InlineData("data-ver")]
    [InlineData("a b")]
    [InlineData("x; import os")]
    [InlineData("class")]
    [InlineData("None")]
    public void Anything_else_is_refused_before_it_reaches_the_notebook(string name)
    {
        var error = Assert.ThrowsAny<Exception>(() => ParameterCell.Source([P(name, I(1))]));

        Assert.Contains($"'{name}' is not a Python variable name", error.Message, StringComparison.Ordinal);
    }
}
