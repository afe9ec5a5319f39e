using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace RulesKit.Hosting;

/// <summary>Checks <see cref="RulesKitOptions"/> when the host starts: the catalog folder exists (resolved against the content root) and ExtendEmbedded has a folder.</summary>
internal sealed class RulesKitOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<RulesKitOptions>
{
    public ValidateOptionsResult Validate(string? name, RulesKitOptions options)
    {
        var resolved = Resolve(options, environment);
        if (resolved.ExtendEmbedded && resolved.CatalogDirectory is null)
            return ValidateOptionsResult.Fail("RulesKit: ExtendEmbedded needs a CatalogDirectory");
        if (resolved.CatalogDirectory is { } dir && !Directory.Exists(dir))
            return ValidateOptionsResult.Fail($"RulesKit: CatalogDirectory '{dir}' not found (a relative folder is resolved against the content root)");
        return ValidateOptionsResult.Success;
    }

    /// <summary>The options with a relative catalog or cache folder made absolute against the host's content root.</summary>
    public static RulesKitOptions Resolve(RulesKitOptions options, IHostEnvironment? environment)
    {
        string? Rooted(string? dir) => dir is not null && environment is not null && !Path.IsPathRooted(dir) ? Path.Combine(environment.ContentRootPath, dir) : dir;
        var resolved = new RulesKitOptions
        {
            CatalogDirectory = Rooted(options.CatalogDirectory),
            ExtendEmbedded = options.ExtendEmbedded,
            CacheDirectory = Rooted(options.CacheDirectory),
        };
        foreach (var list in options.DeterminationLists.Distinct(StringComparer.Ordinal))
            resolved.DeterminationLists.Add(list);
        foreach (var industry in options.WarmUpIndustries.Distinct(StringComparer.Ordinal))
            resolved.WarmUpIndustries.Add(industry);
        return resolved;
    }
}
