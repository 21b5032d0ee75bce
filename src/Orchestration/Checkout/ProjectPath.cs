using Orchestration.Pipeline;

namespace Orchestration.Checkout;

/// <summary>The model project's folder relative to the repository root, written with '/' ('.' is the root itself).</summary>
internal static class ProjectPath
{
    public static string Normalize(string given)
    {
        var parts = given.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(part => part != ".").ToList();
        var problem = given switch
        {
            _ when string.IsNullOrWhiteSpace(given) => "it is empty",
            _ when Path.IsPathRooted(given) => "it is an absolute path",
            _ when parts.Contains("..") => "it contains '..'",
            _ when given.Any(c => char.IsControl(c) || c == '"') => "it contains a control character or '\"'",
            _ => null,
        };

        if (problem is not null)
        {
            throw ConfigurationError.Create(
                $"{CheckoutOptions.ProjectDirectory} '{given}' is not a folder inside the repository: {problem}. Give it relative to the repository root, e.g. {CheckoutOptions.ProjectDirectory}={CheckoutRequest.DefaultProjectDirectory} ('.' for the root).");
        }

        return parts.Count == 0 ? "." : string.Join('/', parts);
    }
}
