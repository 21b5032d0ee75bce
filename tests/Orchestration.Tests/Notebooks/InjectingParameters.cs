using Orchestration.Notebooks;
using static Orchestration.Tests.Notebooks.Py;
using static Orchestration.Tests.Notebooks.TestNotebook;

namespace Orchestration.Tests.Notebooks;

public sealed class InjectingParameters
{
    private static readonly KeyValuePair<string, PythonValue>[] Parameters = [P("data_ver", I(2)), P("name", S("x"))];

    [Fact]
    public void The_injected_cell_goes_right_after_the_first_cell_tagged_parameters()
    {
        var notebook = Of(4, Code("import os"), Code("data_ver = 1", "parameters"), Code("print(data_ver)"), Code("other = 1", "parameters"));

        var placement = ParameterInjector.Inject(notebook, Parameters);

        Assert.Equal(InjectionPlacement.AfterParametersCell, placement);
        Assert.Equal(5, notebook.Cells.Count);
        Assert.Equal("# Parameters\ndata_ver = 2\nname = \"x\"\n", Source(notebook.Cells[2]));
        Assert.Equal(["injected-parameters"], NotebookDocument.Tags(notebook.Cells[2]));
        Assert.Equal("print(data_ver)", Source(notebook.Cells[3]));
    }

    [Fact]
    public void Without_a_parameters_cell_it_goes_at_the_top_and_says_so()
    {
        var notebook = Of(4, Code("import os"), Code("print(1)"));

        var placement = ParameterInjector.Inject(notebook, Parameters);

        Assert.Equal(InjectionPlacement.AtTopWithoutParametersCell, placement);
        Assert.Equal(["injected-parameters"], NotebookDocument.Tags(notebook.Cells[0]));
        Assert.Equal("import os", Source(notebook.Cells[1]));
    }

    [Fact]
    public void Injecting_again_replaces_the_earlier_injected_cell()
    {
        var notebook = Of(4, Code("data_ver = 1", "parameters"), Code("print(data_ver)"));
        ParameterInjector.Inject(notebook, Parameters);

        var placement = ParameterInjector.Inject(notebook, [P("data_ver", I(3))]);

        Assert.Equal(InjectionPlacement.ReplacedEarlierInjection, placement);
        Assert.Equal(3, notebook.Cells.Count);
        Assert.Equal("# Parameters\ndata_ver = 3\n", Source(notebook.Cells[1]));
    }

    [Fact]
    public void Injecting_the_same_parameters_twice_gives_the_same_notebook()
    {
        var notebook = Of(5, Code("data_ver = 1", "parameters"), Code("print(data_ver)"));
        ParameterInjector.Inject(notebook, Parameters);
        var once = notebook.ToJson();

        ParameterInjector.Inject(notebook, Parameters);

        Assert.Equal(once, notebook.ToJson());
    }

    [Fact]
    public void The_source_is_stored_as_lines_each_ending_with_a_newline()
    {
        var notebook = Of(4, Code("a = 1", "parameters"));

        ParameterInjector.Inject(notebook, Parameters);

        Assert.Equal(["# Parameters\n", "data_ver = 2\n", "name = \"x\"\n"], notebook.Cells[1]!["source"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("code", notebook.Cells[1]!["cell_type"]!.GetValue<string>());
        Assert.Empty(notebook.Cells[1]!["outputs"]!.AsArray());
    }

    [Fact]
    public void A_notebook_with_cell_ids_gets_an_unused_id_and_one_without_gets_none()
    {
        var withIds = Of(5, Code("a = 1", "parameters"), Code("b = 1"));
        var withoutIds = Of(4, Code("a = 1", "parameters"));

        ParameterInjector.Inject(withIds, Parameters);
        ParameterInjector.Inject(withoutIds, Parameters);

        Assert.Equal("injected-parameters", withIds.Cells[1]!["id"]!.GetValue<string>());
        Assert.Null(withoutIds.Cells[1]!["id"]);
    }

    [Fact]
    public void The_values_are_recorded_in_the_papermill_metadata()
    {
        var notebook = Of(4, Code("a = 1", "parameters"));

        ParameterInjector.Inject(notebook, [P("a", I(2)), P("b", F(double.NaN)), P("c", None), P("d", L(S("x"), B(true)))]);

        Assert.Equal("{\"a\":2,\"b\":\"NaN\",\"c\":null,\"d\":[\"x\",true]}", notebook.Metadata["papermill"]!["parameters"]!.ToJsonString());
    }

    [Fact]
    public void A_name_given_twice_keeps_its_first_place_and_last_value()
    {
        var notebook = Of(4, Code("a = 1", "parameters"));

        ParameterInjector.Inject(notebook, [P("a", I(1)), P("b", I(2)), P("a", I(3))]);

        Assert.Equal("# Parameters\na = 3\nb = 2\n", Source(notebook.Cells[1]));
    }

    [Fact]
    public void No_parameters_means_no_injected_cell()
    {
        var notebook = Of(4, Code("a = 1", "parameters"));

        var placement = ParameterInjector.Inject(notebook, []);

        Assert.Equal(InjectionPlacement.NothingToInject, placement);
        Assert.Single(notebook.Cells);
        Assert.Equal("{}", notebook.Metadata["papermill"]!["parameters"]!.ToJsonString());
    }

    [Fact]
    public void Error_notes_of_an_earlier_failed_run_are_removed()
    {
        var notebook = Of(4, Code("failed", "papermill-error-cell-tag"), Code("a = 1", "parameters"), Code("note", "papermill-error-cell-tag"), Code("b"));

        ParameterInjector.Inject(notebook, Parameters);

        Assert.Equal(["a = 1", "# Parameters\ndata_ver = 2\nname = \"x\"\n", "b"], notebook.Cells.Select(Source));
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_reported_with_its_name()
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookDocument.Parse("{\"cells\": [", "train.ipynb"));

        Assert.StartsWith("train.ipynb:1: not a notebook", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_format_notebook_is_refused()
    {
        var error = Assert.ThrowsAny<Exception>(() => NotebookDocument.Parse("{\"nbformat\": 3, \"worksheets\": []}", "old.ipynb"));

        Assert.Contains("not a Jupyter notebook in format 4", error.Message, StringComparison.Ordinal);
    }
}
