using Cake.Core.Diagnostics;

namespace Cake.Frosting.Internal;

/// <summary>
/// Parses Cake's command-line conventions: <c>--name=value</c>, <c>--name value</c> and bare
/// <c>--flag</c> (which means "true"). Host options are taken out; every other option becomes an
/// argument the tasks read with <c>context.Argument(...)</c>, and may be repeated.
/// </summary>
internal static class HostCommandLine
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["t"] = "target",
        ["v"] = "verbosity",
        ["e"] = "exclusive",
        ["h"] = "help",
        ["?"] = "help",
        ["noop"] = "dryrun",
        ["whatif"] = "dryrun",
        ["descriptions"] = "description",
        ["showdescription"] = "description",
        ["showtree"] = "tree",
    };

    public static HostOptions Parse(IReadOnlyList<string> args)
    {
        var options = new HostOptions();
        var arguments = new List<KeyValuePair<string, string>>();

        for (var index = 0; index < args.Count; index++)
        {
            var (name, value) = SplitOption(args[index]);
            if (value is null && index + 1 < args.Count && !IsOption(args[index + 1]) && TakesValue(name))
            {
                value = args[++index];
            }

            options = name.ToLowerInvariant() switch
            {
                "target" => options with { Target = RequireValue(name, value) },
                "verbosity" => options with { Verbosity = ParseVerbosity(RequireValue(name, value)) },
                "dryrun" => options with { DryRun = ParseFlag(name, value) },
                "exclusive" => options with { Exclusive = ParseFlag(name, value) },
                "description" => options with { ShowDescription = ParseFlag(name, value) },
                "tree" => options with { ShowTree = ParseFlag(name, value) },
                "help" => options with { ShowHelp = ParseFlag(name, value) },
                _ => AddArgument(options, arguments, name, value),
            };
        }

        return options with { Arguments = arguments.ToLookup(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase) };
    }

    private static HostOptions AddArgument(HostOptions options, List<KeyValuePair<string, string>> arguments, string name, string? value)
    {
        arguments.Add(new(name, value ?? "true"));
        return options;
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        if (!IsOption(arg))
        {
            throw Usage.Error(
                $"Unexpected argument '{arg}'. Options are written --name=value (for example --target=Train).");
        }

        var body = arg.StartsWith("--", StringComparison.Ordinal) ? arg[2..] : arg[1..];
        var separator = body.IndexOf('=', StringComparison.Ordinal);
        var name = separator < 0 ? body : body[..separator];
        if (name.Length == 0)
        {
            throw Usage.Error($"Option '{arg}' has no name. Options are written --name=value.");
        }

        if (arg[1] != '-' && !Aliases.ContainsKey(name))
        {
            throw Usage.Error($"Unknown option '{arg}'. Long options take two dashes: --{name}.");
        }

        name = Aliases.GetValueOrDefault(name, name);
        return (name, separator < 0 ? null : body[(separator + 1)..]);
    }

    private static bool IsOption(string arg) => arg.Length > 1 && arg[0] == '-' && !char.IsDigit(arg[1]);

    private static bool TakesValue(string name) =>
        name.ToLowerInvariant() is not ("dryrun" or "exclusive" or "description" or "tree" or "help");

    private static string RequireValue(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw Usage.Error($"Option --{name} needs a value.") : value;

    private static bool ParseFlag(string name, string? value) => value?.ToLowerInvariant() switch
    {
        null or "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        _ => throw Usage.Error($"Option --{name} takes true or false, not '{value}'."),
    };

    private static Verbosity ParseVerbosity(string value) => value.ToLowerInvariant() switch
    {
        "q" or "quiet" => Verbosity.Quiet,
        "m" or "minimal" => Verbosity.Minimal,
        "n" or "normal" => Verbosity.Normal,
        "v" or "verbose" => Verbosity.Verbose,
        "d" or "diagnostic" => Verbosity.Diagnostic,
        _ => throw Usage.Error(
            $"Option --verbosity takes quiet, minimal, normal, verbose or diagnostic, not '{value}'."),
    };
}
