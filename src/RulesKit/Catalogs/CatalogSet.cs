using System.Reflection;

namespace RulesKit.Catalogs;

/// <summary>What one loaded catalog version is, for listings and audits.</summary>
public sealed record CatalogInfo
{
    /// <summary>Exact identity (id, version, hash).</summary>
    public required CatalogReference Reference { get; init; }

    /// <summary>Standards (layer 1) or determination (layer 2).</summary>
    public required CatalogType Type { get; init; }

    /// <summary>Title of the document.</summary>
    public required string Title { get; init; }

    /// <summary>Document number (文号).</summary>
    public required string Document { get; init; }

    /// <summary>national, Henan, Zhengzhou…</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Industry keys, or <c>*</c> for every industry.</summary>
    public required IReadOnlyList<string> Industries { get; init; }

    /// <summary>First day in force; null when not recorded.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>First day no longer in force; null while in force.</summary>
    public DateOnly? EffectiveTo { get; init; }

    /// <summary>False when the effective dates are recalled rather than seen in the official text.</summary>
    public required bool DatesVerified { get; init; }

    /// <summary>id@version of the predecessor, when named.</summary>
    public string? Supersedes { get; init; }

    /// <summary>File it was loaded from.</summary>
    public required string FileName { get; init; }

    /// <summary>Number of standards items or criteria.</summary>
    public required int Items { get; init; }

    /// <summary>Items checked against the official text.</summary>
    public required int Verified { get; init; }
}

/// <summary>
/// A validated, immutable set of catalogs: every version of every catalog, from which each report
/// gets the versions in force on its date for its industry.
/// </summary>
public sealed class CatalogSet
{
    private const string ResourcePrefix = "rules/";

    internal CatalogSet(IReadOnlyList<Catalog> catalogs, IReadOnlyDictionary<string, KindSchema> kinds)
    {
        All = catalogs;
        Kinds = kinds;
    }

    internal IReadOnlyList<Catalog> All { get; }

    internal IReadOnlyDictionary<string, KindSchema> Kinds { get; }

    /// <summary>Loads <c>standards/**/*.yaml</c> and <c>determination/**/*.yaml</c> under a rules folder.</summary>
    /// <exception cref="RulesKitInputException">A catalog is invalid; every problem is listed with its location.</exception>
    public static CatalogSet LoadDirectory(string rulesDirectory)
    {
        if (!Directory.Exists(rulesDirectory))
            throw new RulesKitInputException([new Diagnostic(rulesDirectory, 0, 0, "catalog folder not found")]);
        return CatalogLoader.Load(DirectoryFiles(rulesDirectory));
    }

    private static IEnumerable<(string Name, byte[] Content)> DirectoryFiles(string rulesDirectory) => new[] { "standards", "determination" }
        .Select(sub => Path.Combine(rulesDirectory, sub))
        .Where(Directory.Exists)
        .SelectMany(dir => Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories))
        .Select(path => (Path.GetRelativePath(rulesDirectory, path).Replace('\\', '/'), File.ReadAllBytes(path)));

    /// <summary>Loads the catalogs shipped inside the library (the repository's rules/ folder at build time).</summary>
    public static CatalogSet LoadEmbedded()
    {
        return CatalogLoader.Load(EmbeddedFiles());
    }

    private static IEnumerable<(string Name, byte[] Content)> EmbeddedFiles()
    {
        var assembly = typeof(CatalogSet).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => (n[ResourcePrefix.Length..].Replace('\\', '/'), ReadResource(assembly, n)));
    }

    /// <summary>The embedded catalogs plus a rules folder's; a folder file with the same relative path replaces the embedded one.</summary>
    /// <exception cref="RulesKitInputException">A catalog is invalid.</exception>
    public static CatalogSet LoadEmbeddedAndDirectory(string rulesDirectory)
    {
        if (!Directory.Exists(rulesDirectory))
            throw new RulesKitInputException([new Diagnostic(rulesDirectory, 0, 0, "catalog folder not found")]);
        var files = EmbeddedFiles().ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);
        foreach (var (name, content) in DirectoryFiles(rulesDirectory))
            files[name] = content;
        return CatalogLoader.Load(files.Select(f => (f.Key, f.Value)));
    }

    /// <summary>The same set with only the named determination lists (the standards catalogs stay).</summary>
    internal CatalogSet OnlyLists(IEnumerable<string> listIds)
    {
        var keep = listIds.ToHashSet(StringComparer.Ordinal);
        return new CatalogSet(All.Where(c => c.Type == CatalogType.Standards || keep.Contains(c.Id)).ToList(), Kinds);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every loaded catalog version, by id then effective date.</summary>
    public IReadOnlyList<CatalogInfo> Describe() => All
        .OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.EffectiveFrom)
        .Select(c => new CatalogInfo
        {
            Reference = c.Reference,
            Type = c.Type,
            Title = c.Title,
            Document = c.Document,
            Jurisdiction = c.Jurisdiction,
            Industries = c.Industries,
            EffectiveFrom = c.EffectiveFrom,
            EffectiveTo = c.EffectiveTo,
            DatesVerified = c.DatesVerified,
            Supersedes = c.Supersedes,
            FileName = c.FileName,
            Items = c.Type == CatalogType.Standards ? c.Items.Count : c.Criteria.Count,
            Verified = c.Type == CatalogType.Standards ? c.Items.Count(i => i.Verified) : c.Criteria.Count,
        })
        .ToList();

    /// <summary>The versions in force on <paramref name="date"/> for <paramref name="industry"/> (plus cross-industry ones).</summary>
    internal IReadOnlyList<Catalog> InForce(string industry, DateOnly date) => All
        .Where(c => c.AppliesTo(industry) && c.InForceOn(date))
        .OrderBy(c => c.Type).ThenBy(c => c.Id, StringComparer.Ordinal)
        .ToList();
}
