using Cake.Core;
using Cake.Core.IO;
using Orchestration.Tooling;

namespace Orchestration.Tools.Tar;

/// <summary>Runs <c>tar --create</c>; owners and modes are kept, as tar does.</summary>
internal sealed class TarCreateRunner(ICakeContext context) : CommandLineTool<TarCreateSettings>(context)
{
    public void Create(TarCreateSettings settings, IEnumerable<string> members, CancellationToken cancellationToken) =>
        Execute(settings, Arguments(settings, members), null, cancellationToken);

    protected override string GetToolName() => "tar";

    protected override IEnumerable<string> GetToolExecutableNames() => ["tar"];

    private static ProcessArgumentBuilder Arguments(TarCreateSettings settings, IEnumerable<string> members)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(members);
        var arguments = new ProcessArgumentBuilder().Append("--create").AppendSwitchQuoted("--file", "=", settings.File);
        if (settings.Directory is { } directory)
        {
            arguments.AppendSwitchQuoted("--directory", "=", directory);
        }

        if (settings.NumericOwner)
        {
            arguments.Append("--numeric-owner");
        }

        // Members after --: a name starting with a dash is a file, never an option.
        arguments.Append("--");
        foreach (var member in members)
        {
            arguments.AppendQuoted(member);
        }

        return arguments;
    }
}
