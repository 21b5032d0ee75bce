
namespace Cake.Frosting.Internal;

internal static class HostHelp
{
    public const string Text = """
        Usage: build.sh [--target=NAME] [options] [--name=value ...]

        Options:
          -t, --target=NAME        The task to run, after the tasks it depends on (default: Default).
          -v, --verbosity=LEVEL    quiet, minimal, normal, verbose or diagnostic (default: normal).
          -e, --exclusive          Run the target alone, without its dependencies.
              --dryrun             Show which tasks would run, and run none.
              --description        List every target with what it does.
              --tree               Show the dependency tree of the target.
          -h, --help               Show this help.

        Every other --name=value (or --name value) is an argument for the tasks;
        --description lists the targets.

        Exit codes: 0 success, 1 a task failed, 2 bad usage or configuration,
        130 interrupted by SIGINT (Ctrl+C), 143 interrupted by SIGTERM.
        """;
}
