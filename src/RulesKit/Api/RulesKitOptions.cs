namespace RulesKit;

/// <summary>How an engine loads its catalogs. Bindable from configuration (section <c>RulesKit</c> in RulesKit.Hosting).</summary>
public sealed class RulesKitOptions
{
    /// <summary>A rules folder whose catalogs replace (or, with <see cref="ExtendEmbedded"/>, extend) the embedded ones; null: the embedded catalogs.</summary>
    public string? CatalogDirectory { get; set; }

    /// <summary>With a <see cref="CatalogDirectory"/>: load the embedded catalogs too; a folder file with the same path replaces the embedded one.</summary>
    public bool ExtendEmbedded { get; set; }

    /// <summary>Determination lists to apply (catalog ids); empty: every list in force.</summary>
    public IList<string> DeterminationLists { get; } = [];

    /// <summary>
    /// A folder where the engine keeps the catalog files' parsed form and their conditions' checked form between
    /// processes, so that a fresh process does not parse every catalog and condition again; null (the default):
    /// nothing is kept. A file's parsed form is used only while the file's bytes are exactly those it was made from,
    /// the conditions only while every catalog of the set and this build are the ones they were checked with. Whoever
    /// can write to the folder can change the catalogs an engine uses: give a folder only its user can write to.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Industries whose rule sets are compiled when the engine is created (for today's date), so the first report does not wait.</summary>
    public IList<string> WarmUpIndustries { get; } = [];
}
