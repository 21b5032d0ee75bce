namespace Orchestration.Fingerprint;

/// <summary>One input that differs between two fingerprints: what (a file path, a setting, a package) and how, old → new.</summary>
internal sealed record InputDifference(InputKind Kind, string Subject, string Change)
{
    public override string ToString() => Kind switch
    {
        InputKind.File => $"file {Subject}: {Change}",
        InputKind.Environment => $"environment {Subject}: {Change}",
        InputKind.Runner => $"notebook runner {Subject}: {Change}",
        _ => $"{Subject}: {Change}",
    };
}
