using Build;
using Cake.Core.IO;
using Cake.Frosting;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Tooling;

return new CakeHost()
    .UseContext<BuildContext>()
    .UseLifetime<BuildLifetime>()
    // Not Cake's ProcessRunner: this one streams output and stops whole process trees.
    .ConfigureServices(services => services.AddSingleton<IProcessRunner, ProcessTreeRunner>())
    .Run(args);
