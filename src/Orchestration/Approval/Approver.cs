namespace Orchestration.Approval;

/// <summary>
/// Who approves: <c>--approver</c>, else the CI's word for the person (<c>APPROVER</c> from Jenkins'
/// input step, <c>BUILD_USER_ID</c> from Jenkins' build-user-vars, <c>GITHUB_ACTOR</c>), else the OS user.
/// </summary>
internal static class Approver
{
    public static readonly IReadOnlyList<string> EnvironmentVariables = ["APPROVER", "BUILD_USER_ID", "GITHUB_ACTOR", "USER"];

    public static string Resolve(string? argument, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(argument))
        {
            return argument.Trim();
        }

        return EnvironmentVariables.Select(environment).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim()
            ?? System.Environment.UserName;
    }
}
