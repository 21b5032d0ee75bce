namespace Orchestration.Packaging;

/// <summary>The CI build a package was made by: system (e.g. Jenkins), build number and a link to it.</summary>
public sealed record CiBuild(string System, string? Number, string? Url);
