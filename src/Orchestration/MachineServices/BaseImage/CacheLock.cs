namespace Orchestration.MachineServices.BaseImage;

/// <summary>An exclusive lock file, so two builds on one machine do not debootstrap the same image at once.</summary>
internal static class CacheLock
{
    public static FileStream Acquire(string path, TimeSpan wait)
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
                Thread.Sleep(TimeSpan.FromSeconds(2));
            }
        }
    }
}
