namespace Orchestration.Configuration;

/// <summary>One <c>key=value</c> line of a properties file, with its line number for error messages.</summary>
internal sealed record PropertyLine(string Key, string Value, int LineNumber);
