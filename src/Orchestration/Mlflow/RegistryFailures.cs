using Cake.Common.Diagnostics;
using Cake.Core;

namespace Orchestration.Mlflow;

/// <summary>
/// A registry step whose server fails after the transport's retries: the build fails with what could not be
/// done and why, or, with --mlflow-optional, warns and goes on (as tracking does).
/// </summary>
internal static class RegistryFailures
{
    public static async Task RunAsync(ICakeContext context, bool optional, string what, Func<Task> step)
    {
        try
        {
            await step().ConfigureAwait(false);
        }
        catch (MlflowException error) when (optional)
        {
            context.Warning("MLflow registry {0}, continuing without it ({1}): {2}", what, MlflowOptions.BestEffort, error.Message);
        }
        catch (MlflowException error)
        {
            throw new MlflowException($"MLflow registry {what}: {error.Message} ({MlflowOptions.BestEffort} turns this into a warning.)", error)
            {
                Status = error.Status,
                ErrorCode = error.ErrorCode,
            };
        }
    }
}
