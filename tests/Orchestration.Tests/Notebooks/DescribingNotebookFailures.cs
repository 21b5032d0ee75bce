using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

public sealed class DescribingNotebookFailures
{
    private const string Executed = "artifacts/notebooks/train.m.1.2.ipynb";

    [Fact]
    public void A_raising_cell_is_named_with_its_number_first_line_and_exception()
    {
        var failure = new NotebookFailure
        {
            Kind = "cell-error", ExecutionCount = 4, FirstLine = "model.fit(X, y)", Ename = "ValueError", Evalue = "Input contains NaN.",
            Traceback = ["---------------------------------------------------------------------------", "ValueError  Traceback (most recent call last)", "Cell In [4], line 1", "----> 1 model.fit(X, y)", "ValueError: Input contains NaN."],
        };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "orchestration-abc", Executed);

        Assert.Equal(
            "train.ipynb: Cell In [4] \"model.fit(X, y)\" raised ValueError: Input contains NaN.\n" +
            "  Cell In [4], line 1\n  ----> 1 model.fit(X, y)\n  ValueError: Input contains NaN.\n" +
            "The executed notebook, with every output up to there: artifacts/notebooks/train.m.1.2.ipynb (and .html).",
            message);
    }

    [Fact]
    public void Library_frames_are_left_out_of_the_traceback_excerpt()
    {
        var failure = new NotebookFailure
        {
            Kind = "cell-error", ExecutionCount = 5, FirstLine = "X, y = load()", Ename = "KeyError", Evalue = "'salary'",
            Traceback =
            [
                "KeyError  Traceback (most recent call last)", "Cell In [5], line 2", "      1 X, y = load()", "----> 2 y = frame['salary']",
                "File /usr/lib/python3/dist-packages/pandas/core/frame.py:3807, in DataFrame.__getitem__(self, key)", "   3806 indexer = self.columns.get_loc(key)",
                "KeyError: 'salary'",
            ],
        };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "k", Executed);

        Assert.Contains(
            "raised KeyError: 'salary'\n  Cell In [5], line 2\n        1 X, y = load()\n  ----> 2 y = frame['salary']\n  ...\n  KeyError: 'salary'\nThe executed notebook",
            message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_timeout_names_the_cell_and_the_option()
    {
        var failure = new NotebookFailure { Kind = "cell-timeout", ExecutionCount = 2, FirstLine = "time.sleep(100)", Timeout = 60 };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "k", Executed);

        Assert.StartsWith("train.ipynb: Cell In [2] \"time.sleep(100)\" did not finish within the cell timeout of 60 s (--cell-timeout) and was stopped.\n", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_timeout_names_the_option_and_where_it_stopped()
    {
        var failure = new NotebookFailure { Kind = "notebook-timeout", ExecutionCount = 7, FirstLine = "search.fit(X, y)", Timeout = 3600 };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "k", Executed);

        Assert.StartsWith("train.ipynb: The notebook did not finish within its timeout of 3600 s (--notebook-timeout); it was stopped in cell In [7] \"search.fit(X, y)\".", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dead_kernel_is_reported_as_such_with_the_cell()
    {
        var failure = new NotebookFailure { Kind = "dead-kernel", ExecutionCount = 3, FirstLine = "big = load_everything()", Message = "Kernel died" };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "k", Executed);

        Assert.StartsWith("train.ipynb: The kernel died while running cell In [3] \"big = load_everything()\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_that_does_not_start_points_at_the_environment_stage()
    {
        var failure = new NotebookFailure { Kind = "kernel", Message = "NoSuchKernel: No such kernel named orchestration-abc" };

        var message = NotebookFailureMessage.Format(failure, "train.ipynb", "orchestration-abc", Executed);

        Assert.Equal(
            "train.ipynb: The Jupyter kernel orchestration-abc did not start: NoSuchKernel: No such kernel named orchestration-abc. " +
            "Run --target=Environment to build the environment and register its kernel again.",
            message);
    }
}
