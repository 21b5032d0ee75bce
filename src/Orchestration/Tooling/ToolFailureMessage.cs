using System.Text;

namespace Orchestration.Tooling;

internal static class ToolFailureMessage
{
    public const int TailLines = 20;

    public static string Format(string headline, string commandLine, string workingDirectory, IReadOnlyList<string> errorOutput, string? hint)
    {
        var message = new StringBuilder()
            .AppendLine(headline)
            .Append("> ").AppendLine(commandLine)
            .Append("@ ").Append(workingDirectory);

        var tail = errorOutput.Where(line => line.Length > 0).TakeLast(TailLines).ToList();
        if (tail.Count > 0)
        {
            message.AppendLine().Append(string.Join('\n', tail.Select(line => "  " + line)));
        }

        if (hint is not null)
        {
            message.AppendLine().Append(hint);
        }

        return SecretMasker.Mask(message.ToString());
    }
}
