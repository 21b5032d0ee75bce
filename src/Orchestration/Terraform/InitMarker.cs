namespace Orchestration.Terraform;

/// <summary>
/// The <see cref="InitFingerprint"/> of a root's last successful <c>terraform init</c>, kept inside its data
/// directory (<c>.terraform/</c>), so deleting that folder forgets it too. Only the hash is written.
/// </summary>
internal sealed class InitMarker(string dataDirectory)
{
    public const string FileName = "orchestration-init.sha256";

    public string File => Path.Combine(dataDirectory, FileName);

    /// <summary>True when the data directory exists and was initialised for exactly this fingerprint.</summary>
    public bool Holds(string fingerprint) =>
        Directory.Exists(dataDirectory) && System.IO.File.Exists(File) && System.IO.File.ReadAllText(File).Trim() == fingerprint;

    /// <summary>Before an init: whatever it leaves behind if it fails or is interrupted is never taken for initialised.</summary>
    public void Forget()
    {
        if (System.IO.File.Exists(File))
        {
            System.IO.File.Delete(File);
        }
    }

    public void Record(string fingerprint)
    {
        Directory.CreateDirectory(dataDirectory);
        System.IO.File.WriteAllText(File, fingerprint + "\n");
    }
}
