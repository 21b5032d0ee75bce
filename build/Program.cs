using Build;
using Cake.Core.IO;
using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Pipeline;
using Orchestration.Tooling;

var exitCode = new CakeHost()
    .UseContext<BuildContext>()
    .UseLifetime<BuildLifetime>()
    // Not Cake's ProcessRunner: this one streams output and stops whole process trees.
    .ConfigureServices(services => services.AddSingleton<IProcessRunner, ProcessTreeRunner>())
    .Run(args);

// The host prints its own options; the arguments of the tasks follow, from their declarations. Printed here, not by
// the host, so the stand-in keeps Cake.Frosting's API (and a table is not folded at the console's width).
if (exitCode == 0 && args.Any(HostArguments.AsksForHelp))
{
    Console.Out.WriteLine();
    Console.Out.WriteLine(OptionHelp.Format(PipelineOptions.Catalog));
}

return exitCode;
