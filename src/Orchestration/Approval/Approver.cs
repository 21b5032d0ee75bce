namespace Orchestration.Approval;

/// <summary>
/// Who approves: <c>--approver</c>, else the CI's word for the person (<c>APPROVER</c> from Jenkins'
/// input step, <c>BUILD_USER_ID</c> from Jenkins' build-user-vars, <c>GITHUB_ACTOR</c>), else the OS user.
/// </summary>
internal static class Approver
{
    /// <summary>Read in this order when <c>--approver</c> is not given (the first set wins).</summary>
    public static readonly IReadOnlyList<string> EnvironmentVariables = ["APPROVER", "BUILD_USER_ID", "GITHUB_ACTOR", "USER"];

    /// <summary>The given name (argument or variable), else the OS user.</summary>
    public static string Resolve(string? given) =>
        string.IsNullOrWhiteSpace(given) ? System.Environment.UserName : given.Trim();
}
