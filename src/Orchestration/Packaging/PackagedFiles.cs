namespace Orchestration.Packaging;

/// <summary>The digests of the files a package holds beside its provenance, as recorded in it.</summary>
internal sealed record PackagedFiles(FileDigest Model, FileDigest Notebook, FileDigest Html);
