using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RulesKit.Hosting;

/// <summary>Builds the engine when the host starts: catalogs are loaded and checked, and the warm-up industries compiled, before the first request.</summary>
internal sealed class RulesKitStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<RulesKitEngine>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
