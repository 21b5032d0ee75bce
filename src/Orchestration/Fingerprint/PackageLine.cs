namespace Orchestration.Fingerprint;

/// <summary>A line of a frozen package list split into name and version: <c>pandas==2.1.0</c>, <c>pandas=2.1.0=py311_0</c> (conda), <c>pkg @ file:///…</c>.</summary>
internal readonly record struct PackageLine(string Name, string Version)
{
    public static PackageLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var separator in new[] { "==", " @ ", "=", " " })
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                return new PackageLine(line[..at].Trim(), line[(at + separator.Length)..].Trim());
            }
        }

        return new PackageLine(line.Trim(), string.Empty);
    }
}
