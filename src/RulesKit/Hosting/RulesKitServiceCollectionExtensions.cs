using Microsoft.Extensions.DependencyInjection;
using RulesKit.Catalogs;

namespace RulesKit.Hosting;

/// <summary>Options for <see cref="RulesKitServiceCollectionExtensions.AddRulesKit"/>.</summary>
public sealed class RulesKitOptions
{
    /// <summary>A rules folder whose catalogs replace (or, with <see cref="ExtendEmbedded"/>, extend) the embedded ones; null: the embedded catalogs.</summary>
    public string? CatalogDirectory { get; set; }

    /// <summary>With a <see cref="CatalogDirectory"/>: load the embedded catalogs too (a file of the same name in the folder wins).</summary>
    public bool ExtendEmbedded { get; set; }

    /// <summary>Determination lists to apply (catalog ids); empty: all in force.</summary>
    public IList<string> DeterminationLists { get; } = [];
}

/// <summary>Registers RulesKit with Microsoft.Extensions.DependencyInjection.</summary>
public static class RulesKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="RulesKitEngine"/> as a singleton. The options and the catalogs are checked
    /// here, at start-up, so a bad configuration fails with a clear message before the first report.
    /// </summary>
    /// <exception cref="RulesKitInputException">A catalog folder is missing or a catalog is invalid, or a named list is unknown.</exception>
    public static IServiceCollection AddRulesKit(this IServiceCollection services, Action<RulesKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new RulesKitOptions();
        configure?.Invoke(options);

        var catalogs = options.CatalogDirectory switch
        {
            null when options.ExtendEmbedded => throw new RulesKitInputException([new Diagnostic("RulesKitOptions", 0, 0, "ExtendEmbedded needs a CatalogDirectory")]),
            null => CatalogSet.LoadEmbedded(),
            var dir when options.ExtendEmbedded => CatalogSet.LoadEmbeddedAndDirectory(dir),
            var dir => CatalogSet.LoadDirectory(dir),
        };
        var known = catalogs.Describe().Where(c => c.Type == CatalogType.Determination).Select(c => c.Reference.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = options.DeterminationLists.Where(l => !known.Contains(l)).ToList();
        if (unknown.Count > 0)
            throw new RulesKitInputException([new Diagnostic("RulesKitOptions", 0, 0,
                $"DeterminationLists: unknown list(s) {string.Join(", ", unknown)}; loaded lists: {string.Join(", ", known.Order(StringComparer.Ordinal))}")]);

        var engine = new RulesKitEngine(options.DeterminationLists.Count == 0 ? catalogs : catalogs.OnlyLists(options.DeterminationLists));
        services.AddSingleton(engine);
        return services;
    }
}
