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

    /// <summary>Industries whose rule sets are compiled when the engine is created (for today's date), so the first report does not wait.</summary>
    public IList<string> WarmUpIndustries { get; } = [];
}
