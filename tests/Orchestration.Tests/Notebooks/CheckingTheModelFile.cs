using Orchestration.Notebooks;

namespace Orchestration.Tests.Notebooks;

public sealed class CheckingTheModelFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("orchestration-model-").FullName;

    private string ModelPath => Path.Combine(folder, "model.joblib");

    [Fact]
    public void A_model_file_written_during_the_run_passes()
    {
        var watch = ModelFileWatch.Start(ModelPath);
        File.WriteAllText(ModelPath, "model");

        watch.RequireWritten("models/model.joblib");
    }

    [Fact]
    public void A_missing_model_file_names_the_setting()
    {
        var watch = ModelFileWatch.Start(ModelPath);

        var error = Assert.Throws<NotebookFailedException>(() => watch.RequireWritten("models/model.joblib"));

        Assert.StartsWith("The notebook finished but did not write the model file models/model.joblib (model.path in build.properties", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_file_left_from_before_the_run_does_not_count()
    {
        File.WriteAllText(ModelPath, "old model");
        File.SetLastWriteTimeUtc(ModelPath, DateTime.UtcNow.AddHours(-1));
        var watch = ModelFileWatch.Start(ModelPath);

        var error = Assert.Throws<NotebookFailedException>(() => watch.RequireWritten("models/model.joblib"));

        Assert.Contains("the one there is left from before this run", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
