using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Engine.Conditions;

/// <summary>
/// The checked trees of a catalog set's conditions and thresholds (<see cref="ConditionTrees"/>), kept in a file next
/// to the catalog cache so that a fresh process parses no condition (see decisions.md, "Start-up, fifth round"). A
/// tree depends on the condition's text, its kind's attributes (declared in any catalog), its catalog's tables and
/// this build of RulesKit and DynamicExpresso; the file is used only when all of these are exactly the ones it was
/// written for (<see cref="Fingerprint"/>), and is otherwise rewritten. Like the catalog cache, a file that cannot
/// be read or does not hold together is ignored, and one that cannot be written is not written.
/// </summary>
internal sealed class ConditionTreeStore
{
    private static readonly byte[] Magic = "RKT1"u8.ToArray();
    private const string Prefix = "conditions-";

    private readonly string? _path;
    private readonly string _fingerprint;
    private readonly Dictionary<string, ReadOnlyMemory<byte>> _trees;
    private readonly Lock _gate = new();
    private bool _added;

    private ConditionTreeStore(string? path, string fingerprint, Dictionary<string, ReadOnlyMemory<byte>> trees, bool complete)
    {
        _path = path;
        _fingerprint = fingerprint;
        _trees = trees;
        Complete = complete;
    }

    /// <summary>True when the file held the trees of exactly this catalog set: every condition of it is there.</summary>
    public bool Complete { get; }

    /// <summary>Trees found (for tests: a second engine should find every one it needs).</summary>
    public int Hits { get; private set; }

    /// <summary>Texts parsed because no tree was stored for them.</summary>
    public int Misses { get; private set; }

    /// <summary>What a tree of <paramref name="set"/> depends on besides its own text: this build of RulesKit and of DynamicExpresso, and every catalog (kinds may be declared in several).</summary>
    public static string Fingerprint(CatalogSet set)
    {
        var text = new StringBuilder()
            .Append(typeof(ConditionTrees).Assembly.ManifestModule.ModuleVersionId).Append('|')
            .Append(typeof(DynamicExpresso.Interpreter).Assembly.ManifestModule.ModuleVersionId);
        foreach (var full in set.Catalogs.Select(c => c.Reference.Full).Order(StringComparer.Ordinal))
            text.Append('|').Append(full);
        return text.ToString();
    }

    /// <summary>The stored trees of <paramref name="set"/> in <paramref name="directory"/>, or an empty store that <see cref="Save"/> will write there.</summary>
    public static ConditionTreeStore Open(string directory, CatalogSet set)
    {
        var fingerprint = Fingerprint(set);
        string path;
        try
        {
            path = Path.Combine(directory, $"{Prefix}{CacheFiles.Fnv1a(fingerprint):x16}.bin");
        }
        catch (ArgumentException)
        {
            return InMemory(fingerprint);
        }
        var trees = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        var complete = false;
        try
        {
            if (File.Exists(path))
                complete = ReadEntries(File.ReadAllBytes(path), fingerprint, trees);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or NotSupportedException)
        {
            complete = false;
        }
        if (!complete)
            trees.Clear();
        return new ConditionTreeStore(path, fingerprint, trees, complete);
    }

    /// <summary>A store that is never written (the rehearsal's).</summary>
    public static ConditionTreeStore InMemory(string fingerprint = "") => new(null, fingerprint, new(StringComparer.Ordinal), complete: false);

    /// <summary>The key of a text: its catalog, kind and use (a condition is checked against the tables, a threshold not).</summary>
    public static string Key(string scope, bool condition, string text) => $"{scope}\n{(condition ? 'c' : 'v')}\n{text}";

    public bool TryGet(string key, out ReadOnlyMemory<byte> tree)
    {
        lock (_gate)
        {
            if (_trees.TryGetValue(key, out tree))
            {
                Hits++;
                return true;
            }
            Misses++;
            return false;
        }
    }

    public void Add(string key, byte[] tree)
    {
        lock (_gate)
        {
            _trees[key] = tree;
            _added = true;
        }
    }

    /// <summary>Writes the trees when some were added; a failure to write is ignored.</summary>
    public void Save()
    {
        byte[] bytes;
        lock (_gate)
        {
            if (_path is null || !_added)
                return;
            bytes = Written(_fingerprint, _trees.OrderBy(t => t.Key, StringComparer.Ordinal));
            _added = false;
        }
        CacheFiles.WriteWhole(_path, bytes, Prefix + "*.bin");
    }

    private static byte[] Written(string fingerprint, IEnumerable<KeyValuePair<string, ReadOnlyMemory<byte>>> trees) =>
        CacheFiles.Checksummed(writer =>
        {
            var list = trees.ToList();
            writer.Write(Magic);
            writer.Write(fingerprint);
            writer.Write7BitEncodedInt(list.Count);
            foreach (var (key, tree) in list)
            {
                writer.Write(key);
                writer.Write7BitEncodedInt(tree.Length);
                writer.Write(tree.Span);
            }
        });

    private static bool ReadEntries(byte[] bytes, string fingerprint, Dictionary<string, ReadOnlyMemory<byte>> trees)
    {
        if (!CacheFiles.ChecksumHolds(bytes))
            return false;
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8, writable: false), Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadString() != fingerprint)
            return false;
        var count = CacheFiles.Count(reader);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            trees[key] = CacheFiles.Segment(reader, bytes);
        }
        return reader.BaseStream.Position == bytes.Length - 8;
    }
}
