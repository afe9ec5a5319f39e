using System.Text.Json.Serialization;

namespace RulesKit.Catalogs;

/// <summary>Identifies one catalog version exactly: id, version and the SHA-256 of its file.</summary>
public sealed class CatalogReference : IEquatable<CatalogReference>
{
    internal CatalogReference(string id, string version, string hash)
    {
        Id = id;
        Version = version;
        Hash = hash;
    }

    /// <summary>Catalog id.</summary>
    [JsonPropertyName("id")]
    public string Id { get; }

    /// <summary>Version.</summary>
    [JsonPropertyName("version")]
    public string Version { get; }

    /// <summary>SHA-256 of the file, lower-case hex.</summary>
    [JsonPropertyName("hash")]
    public string Hash { get; }

    /// <summary><c>id@version</c>: the version, without the content hash.</summary>
    [JsonIgnore]
    public string Key => $"{Id}@{Version}";

    /// <summary><c>id@version#sha256</c>, with the whole hash: what an audit reproduces.</summary>
    [JsonIgnore]
    public string Full => $"{Id}@{Version}#{Hash}";

    /// <summary><c>id@version#hash12</c>: short enough to print, long enough to audit.</summary>
    public override string ToString() => $"{Id}@{Version}#{Hash[..Math.Min(12, Hash.Length)]}";

    /// <summary>Same id, version and hash.</summary>
    public bool Equals(CatalogReference? other) => other is not null && Id == other.Id && Version == other.Version && Hash == other.Hash;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CatalogReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Version, Hash);
}
