using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RulesKit;
using RulesKit.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers RulesKit with Microsoft.Extensions.DependencyInjection.</summary>
public static class RulesKitServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AddRulesKit(IServiceCollection, IConfiguration)"/> binds.</summary>
    public const string SectionName = "RulesKit";

    /// <summary>
    /// Registers one <see cref="RulesKitEngine"/> singleton, built from <see cref="RulesKitOptions"/> by a factory.
    /// Calling it again adds configuration to the same engine. The options are validated and the engine is
    /// built when the host starts, so a missing folder or a broken catalog stops the start with a clear message.
    /// </summary>
    public static IServiceCollection AddRulesKit(this IServiceCollection services, Action<RulesKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<RulesKitOptions>();
        if (configure is not null)
            options.Configure(configure);
        if (services.Any(d => d.ServiceType == typeof(RulesKitEngine)))
            return services;

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RulesKitOptions>, RulesKitOptionsValidator>());
        services.TryAddSingleton(CreateEngine);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RulesKitStartup>());
        return services;
    }

    /// <summary>As <see cref="AddRulesKit(IServiceCollection, Action{RulesKitOptions})"/>, with the options bound from <paramref name="configuration"/>'s <c>RulesKit</c> section.</summary>
    public static IServiceCollection AddRulesKit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddRulesKit();
        services.AddOptions<RulesKitOptions>().Bind(configuration.GetSection(SectionName));
        return services;
    }

    private static RulesKitEngine CreateEngine(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<RulesKitOptions>>().Value;
        var resolved = RulesKitOptionsValidator.Resolve(options, services.GetService<IHostEnvironment>());
        return RulesKitEngine.Create(resolved, services.GetService<IMeterFactory>());
    }
}
