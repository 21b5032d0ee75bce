using Build;
using Cake.Core.IO;
using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Pipeline;
using Orchestration.Tooling;

return new CakeHost()
    .UseContext<BuildContext>()
    .UseLifetime<BuildLifetime>()
    .AddHelpSection(() => OptionHelp.Format(PipelineOptions.Catalog))
    // Not Cake's ProcessRunner: this one streams output and stops whole process trees.
    .ConfigureServices(services => services.AddSingleton<IProcessRunner, ProcessTreeRunner>())
    .Run(args);
