using System.Globalization;
using System.Text.Json.Nodes;

namespace Orchestration.Notebooks;

/// <summary>
/// Puts the parameters into a notebook as papermill does: a code cell tagged
/// <c>injected-parameters</c> (only), replacing the one a previous run injected, else right after the
/// first cell tagged <c>parameters</c>, else at the top. The values are also recorded under
/// <c>metadata.papermill.parameters</c>. Injecting twice gives the same notebook.
/// </summary>
internal static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>Papermill's tag for the error notes it adds to a failed run's notebook.</summary>
    public const string ErrorNoteTag = "papermill-error-cell-tag";

    public static InjectionPlacement Inject(NotebookDocument notebook, IEnumerable<KeyValuePair<string, PythonValue>> parameters)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        var effective = LastValueWins(parameters);
        RemoveErrorNotes(notebook);

        // Like papermill, no parameters means no injected cell.
        var placement = effective.Count == 0 ? InjectionPlacement.NothingToInject : Place(notebook, NewCell(ParameterCell.Source(effective)));
        var papermill = notebook.Metadata["papermill"] as JsonObject ?? (JsonObject)(notebook.Metadata["papermill"] = new JsonObject());
        papermill["parameters"] = new JsonObject(effective.Select(p => KeyValuePair.Create(p.Key, PythonJson.ToJson(p.Value))));
        return placement;
    }

    /// <summary>A name given twice keeps its first place and its last value, as in a Python dict.</summary>
    private static List<KeyValuePair<string, PythonValue>> LastValueWins(IEnumerable<KeyValuePair<string, PythonValue>> parameters)
    {
        var result = new List<KeyValuePair<string, PythonValue>>();
        foreach (var parameter in parameters)
        {
            var earlier = result.FindIndex(p => p.Key == parameter.Key);
            if (earlier >= 0)
            {
                result[earlier] = parameter;
            }
            else
            {
                result.Add(parameter);
            }
        }

        return result;
    }

    private static InjectionPlacement Place(NotebookDocument notebook, JsonObject cell)
    {
        var injected = notebook.IndexOfTagged(InjectedTag);
        if (injected >= 0)
        {
            if (notebook.HasCellIds)
            {
                cell["id"] = notebook.Cells[injected]?["id"]?.DeepClone() ?? UnusedId(notebook);
            }

            notebook.Cells[injected] = cell;
            return InjectionPlacement.ReplacedEarlierInjection;
        }

        if (notebook.HasCellIds)
        {
            cell["id"] = UnusedId(notebook);
        }

        var tagged = notebook.IndexOfTagged(ParametersTag);
        notebook.Cells.Insert(tagged + 1, cell);
        return tagged >= 0 ? InjectionPlacement.AfterParametersCell : InjectionPlacement.AtTopWithoutParametersCell;
    }

    private static JsonObject NewCell(string source) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject { ["tags"] = new JsonArray(InjectedTag) },
        ["outputs"] = new JsonArray(),
        // Jupyter stores source as lines, each keeping its newline.
        ["source"] = new JsonArray([.. source.Split('\n').SkipLast(1).Select(line => JsonValue.Create(line + "\n"))]),
    };

    private static void RemoveErrorNotes(NotebookDocument notebook)
    {
        for (var index = notebook.Cells.Count - 1; index >= 0; index--)
        {
            if (NotebookDocument.Tags(notebook.Cells[index]).Contains(ErrorNoteTag))
            {
                notebook.Cells.RemoveAt(index);
            }
        }
    }

    // Deterministic, so that injecting again gives the same notebook.
    private static string UnusedId(NotebookDocument notebook)
    {
        var taken = notebook.Cells.Select(c => c?["id"]?.ToString()).ToHashSet(StringComparer.Ordinal);
        var id = InjectedTag;
        for (var suffix = 2; taken.Contains(id); suffix++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{InjectedTag}-{suffix}");
        }

        return id;
    }
}
