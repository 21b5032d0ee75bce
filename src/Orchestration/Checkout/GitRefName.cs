using System.Text.RegularExpressions;
using Orchestration.Pipeline;

namespace Orchestration.Checkout;

/// <summary>What a --ref may be: a name git accepts for a branch, tag or commit, and nothing that reads as an option.</summary>
internal static partial class GitRefName
{
    public static bool IsHead(string gitRef) => gitRef == CheckoutRequest.DefaultRef;

    /// <summary>Hexadecimal, 4 to 64 characters: possibly a (short) commit SHA.</summary>
    public static bool LooksLikeCommit(string gitRef) => HexPattern().IsMatch(gitRef);

    public static void Validate(string gitRef)
    {
        var problem = gitRef switch
        {
            "" => "it is empty",
            _ when gitRef.StartsWith('-') => "it starts with '-'",
            _ when gitRef.Contains("..", StringComparison.Ordinal) => "it contains '..'",
            _ when gitRef.Contains("@{", StringComparison.Ordinal) => "it contains '@{'",
            _ when gitRef.EndsWith('/') || gitRef.EndsWith(".lock", StringComparison.Ordinal) => "it ends with '/' or '.lock'",
            _ when gitRef.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || "~^:?*[\\\"".Contains(c, StringComparison.Ordinal)) =>
                "it contains a space, a control character or one of ~ ^ : ? * [ \\ \"",
            _ => null,
        };

        if (problem is not null)
        {
            throw ConfigurationError.Create(
                $"{CheckoutOptions.Ref} '{gitRef}' is not a branch, tag or commit name: {problem}. Give a branch (main), a tag (v1.2) or a commit SHA.");
        }
    }

    [GeneratedRegex("^[0-9a-fA-F]{4,64}$")]
    private static partial Regex HexPattern();
}
