using Orchestration.Pipeline;

namespace Orchestration.Testing;

/// <summary>The Test target's options.</summary>
public static class TestOptions
{
    public static readonly Option<string> Suites = Option.OneOf("tests", null, "all", "which suites run", "unit", "integration", "all");

    public static readonly Option<string?> Filter = Option.Text("test-filter", null, null, "dotnet test --filter expression");
}
