using Cake.Core.Tooling;

namespace Orchestration.Tools.Git;

/// <summary>
/// What every git call shares; <see cref="ToolSettings.WorkingDirectory"/> is the repository it works in.
/// Git never asks for a password (a CI job would hang) and speaks English, so its messages can be read.
/// </summary>
internal abstract class GitSettings : ToolSettings
{
    protected GitSettings()
    {
        EnvironmentVariables["GIT_TERMINAL_PROMPT"] = "0";
        EnvironmentVariables["LC_ALL"] = "C";

        // Nor does ssh: an unknown host key or a passphrase prompt fails at once instead of waiting forever.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GIT_SSH_COMMAND")))
        {
            EnvironmentVariables["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes";
        }
    }
}
