namespace Orchestration.MachineServices.BaseImage;

/// <summary>An exclusive lock file, so two builds on one machine do not debootstrap the same image at once.</summary>
internal static class CacheLock
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(2);

    public static async Task<FileStream> AcquireAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(RetryInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
