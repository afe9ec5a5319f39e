namespace RulesKit.Catalogs;

/// <summary>A catalog as people name it: <c>id</c> (every version) or <c>id@version</c>.</summary>
/// <param name="Id">The catalog's id.</param>
/// <param name="Version">Its version; null for every version.</param>
public readonly record struct CatalogKey(string Id, string? Version)
{
    /// <summary>Reads <c>id</c> or <c>id@version</c>.</summary>
    /// <exception cref="FormatException">The id or the version after '@' is empty.</exception>
    public static CatalogKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not a catalog: expected id or id@version");

    /// <summary>Reads <c>id</c> or <c>id@version</c>; false when the id or the version after '@' is empty.</summary>
    public static bool TryParse(string? text, out CatalogKey key)
    {
        key = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var at = text.IndexOf('@');
        if (at == 0 || at == text.Length - 1)
            return false;
        key = at < 0 ? new CatalogKey(text, null) : new CatalogKey(text[..at], text[(at + 1)..]);
        return true;
    }

    /// <summary>Whether <paramref name="catalog"/> is the one named (any version when none is given).</summary>
    public bool Names(Catalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Id == Id && (Version is null || catalog.Version == Version);
    }

    /// <summary><c>id</c> or <c>id@version</c>.</summary>
    public override string ToString() => Version is null ? Id : $"{Id}@{Version}";
}
