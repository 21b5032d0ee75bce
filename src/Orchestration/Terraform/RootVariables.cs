using System.Text.RegularExpressions;

namespace Orchestration.Terraform;

/// <summary>
/// The input variables a root declares, read from the <c>variable "name" { ... }</c> blocks of its
/// <c>.tf</c> files: optional variables are passed only to roots that declare them (passing an
/// undeclared -var is an error), and values of <c>sensitive = true</c> variables are masked.
/// </summary>
public sealed partial class RootVariables
{
    private readonly Dictionary<string, bool> declared;

    private RootVariables(Dictionary<string, bool> declared)
    {
        this.declared = declared;
    }

    public IReadOnlyCollection<string> Names => declared.Keys;

    public IEnumerable<string> Sensitive => declared.Where(v => v.Value).Select(v => v.Key);

    public bool Declares(string name) => declared.ContainsKey(name);

    public static RootVariables Read(string rootDirectory)
    {
        var declared = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(rootDirectory, "*.tf").Order(StringComparer.Ordinal))
        {
            foreach (var (name, sensitive) in Parse(File.ReadAllText(file)))
            {
                declared[name] = sensitive;
            }
        }

        return new RootVariables(declared);
    }

    internal static IEnumerable<(string Name, bool Sensitive)> Parse(string hcl)
    {
        foreach (Match match in VariableBlock().Matches(hcl))
        {
            var body = BlockBody(hcl, match.Index + match.Length);
            yield return (match.Groups["name"].Value, SensitiveTrue().IsMatch(body));
        }
    }

    /// <summary>The text up to the brace closing the block (strings and nested blocks skipped).</summary>
    private static string BlockBody(string hcl, int start)
    {
        var depth = 1;
        var inString = false;
        for (var i = start; i < hcl.Length; i++)
        {
            var character = hcl[i];
            if (inString)
            {
                if (character == '\\')
                {
                    i++;
                }
                else if (character == '"')
                {
                    inString = false;
                }
            }
            else if (character == '"')
            {
                inString = true;
            }
            else if (character == '{')
            {
                depth++;
            }
            else if (character == '}' && --depth == 0)
            {
                return hcl[start..i];
            }
        }

        return hcl[start..];
    }

    [GeneratedRegex("""^\s*variable\s+"(?<name>[^"]+)"\s*\{""", RegexOptions.Multiline)]
    private static partial Regex VariableBlock();

    [GeneratedRegex(@"^\s*sensitive\s*=\s*true\b", RegexOptions.Multiline)]
    private static partial Regex SensitiveTrue();
}
