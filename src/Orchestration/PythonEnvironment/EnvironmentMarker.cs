using System.Text.Json;
using Orchestration.Pipeline;

namespace Orchestration.PythonEnvironment;

/// <summary>
/// The file written last into a finished environment. An environment folder without it was left
/// half-made (the build was stopped or failed) and is never reused.
/// </summary>
internal static class EnvironmentMarker
{
    public const string FileName = "orchestration-environment.json";

    public static PythonEnvironmentRecord? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var record = JsonSerializer.Deserialize<PythonEnvironmentRecord>(File.ReadAllText(path), StageRecordStore.JsonOptions);
            return record is not null && File.Exists(record.Python) ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static void Write(string directory, PythonEnvironmentRecord record)
    {
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(record with { Reused = false }, StageRecordStore.JsonOptions));
        File.Move(path + ".tmp", path, overwrite: true);
    }
}
