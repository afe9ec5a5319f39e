using System.Security.Cryptography;
using System.Text;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>
/// The parsed form of a set of catalog files, kept in one file between processes so that a fresh process need
/// not run the YAML reader on every catalog (most of a fresh process's catalog load; see decisions.md, "Start-up,
/// fourth round"). An entry holds a catalog file's bytes, their SHA-256 and the document read from them; it is
/// used only for a file whose bytes are exactly those, so an edited, added or removed file is read again and the
/// cache rewritten. A cache file that cannot be read or does not hold together is ignored, one that cannot be
/// written is not written: the cache only ever saves time.
/// </summary>
internal sealed class CatalogCache
{
    private static readonly byte[] Magic = "RKC1"u8.ToArray();
    private const int FormatVersion = 1;

    private const byte Scalar = 0, Sequence = 1, Mapping = 2;

    /// <summary>Names the embedded catalogs of this build of the library as a source.</summary>
    public static string EmbeddedSet => $"embedded|{typeof(CatalogCache).Assembly.ManifestModule.ModuleVersionId}";

    private readonly string _path;
    private readonly Dictionary<string, Entry> _stored;
    private readonly Dictionary<string, Entry> _used = new(StringComparer.Ordinal);

    // A file's bytes and hash, and its document either as written in the cache (read on use, with the source
    // name of the file that uses it) or as just read. A class: a dictionary of structs is generic code that a
    // fresh process would have to JIT.
    private sealed record Entry(ReadOnlyMemory<byte> Content, string Hash, ArraySegment<byte> Stored, DocumentNode? Node);

    private CatalogCache(string path, Dictionary<string, Entry> stored)
    {
        _path = path;
        _stored = stored;
    }

    /// <summary>Files found in the cache (for tests: a second load should find every file).</summary>
    public int Hits { get; private set; }

    /// <summary>Files read by the YAML reader because the cache did not hold their bytes.</summary>
    public int Misses { get; private set; }

    /// <summary>The cache of the catalog set <paramref name="origin"/> names (a folder's full path, or the embedded set) in <paramref name="directory"/>.</summary>
    public static CatalogCache Open(string directory, string origin)
    {
        var path = Path.Combine(directory, $"catalogs-{CacheFiles.Fnv1a(origin):x16}.bin");
        var stored = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
                ReadEntries(File.ReadAllBytes(path), stored);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or NotSupportedException)
        {
            stored.Clear(); // unreadable or not ours: read the catalogs themselves
        }
        return new CatalogCache(path, stored);
    }

    /// <summary>The document and SHA-256 (lower-case hex) of <paramref name="file"/>: from the cache when it holds exactly these bytes, else read (and kept for <see cref="Save"/>).</summary>
    /// <exception cref="RulesKitInputException">The file is not valid YAML or JSON (nothing is kept).</exception>
    public (DocumentNode Node, string Hash) Read(CatalogFile file)
    {
        if (_stored.TryGetValue(file.Name, out var entry) && entry.Content.Span.SequenceEqual(file.Content) && Document(entry.Stored, file.DisplayPath) is { } node)
        {
            Hits++;
            _used[file.Name] = entry;
            return (node, entry.Hash);
        }
        Misses++;
        var read = ReadFile(file);
        _used[file.Name] = new Entry(file.Content, read.Hash, default, read.Node);
        return read;
    }

    /// <summary>A file read without a cache: its document and SHA-256.</summary>
    public static (DocumentNode Node, string Hash) ReadFile(CatalogFile file) =>
        (DocumentReader.Read(DocumentReader.Decode(file.Content, file.DisplayPath), file.DisplayPath), Convert.ToHexStringLower(SHA256.HashData(file.Content)));

    /// <summary>Writes the files read since <see cref="Open"/> when any was not in the cache or a cached one is gone; a failure to write is ignored.</summary>
    public void Save()
    {
        if (Misses == 0 && _used.Count == _stored.Count)
            return;
        CacheFiles.WriteWhole(_path, Written(_used.OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => (e.Key, e.Value.Content, e.Value.Hash, e.Value.Node is { } node ? Serialized(node) : e.Value.Stored))), "catalogs-*.bin");
    }

    /// <summary>A cache file's bytes: the entries (name, content, hash, document as <see cref="Serialized"/> writes it), then the checksum.</summary>
    internal static byte[] Written(IEnumerable<(string Name, ReadOnlyMemory<byte> Content, string Hash, ArraySegment<byte> Document)> entries) =>
        CacheFiles.Checksummed(writer =>
        {
            var list = entries.ToList();
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write7BitEncodedInt(list.Count);
            foreach (var (name, content, hash, document) in list)
            {
                writer.Write(name);
                writer.Write7BitEncodedInt(content.Length);
                writer.Write(content.Span);
                writer.Write(hash);
                writer.Write7BitEncodedInt(document.Count);
                writer.Write(document);
            }
        });

    // Entries are split here; their documents are read when used (Document), so a damaged one costs only its file.
    private static void ReadEntries(byte[] bytes, Dictionary<string, Entry> stored)
    {
        // The last eight bytes check the rest: a damaged file (a flipped bit in a hash, say) is not used at all.
        if (bytes.Length < Magic.Length + 12 || !CacheFiles.ChecksumHolds(bytes))
            return;
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 8, writable: false), Encoding.UTF8);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
            return;
        var count = CacheFiles.Count(reader);
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            var content = CacheFiles.Segment(reader, bytes);
            var hash = reader.ReadString();
            if (!IsSha256Hex(hash))
                throw new InvalidDataException("hash");
            stored[name] = new Entry(content, hash, CacheFiles.Segment(reader, bytes), null);
        }
        if (reader.BaseStream.Position != bytes.Length - 8)
            throw new InvalidDataException("trailing bytes");
    }

    private static bool IsSha256Hex(string hash)
    {
        if (hash.Length != 64)
            return false;
        foreach (var c in hash)
            if (c is not (>= '0' and <= '9' or >= 'a' and <= 'f'))
                return false;
        return true;
    }

    private static DocumentNode? Document(ArraySegment<byte> stored, string source)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(stored.Array!, stored.Offset, stored.Count, writable: false), Encoding.UTF8);
            var node = ReadNode(reader, source, 0);
            return reader.BaseStream.Position == stored.Count ? node : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or FormatException or ArgumentException)
        {
            return null; // damaged: the file is read again
        }
    }

    private static ArraySegment<byte> Serialized(DocumentNode node)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            Write(writer, node);
        return new ArraySegment<byte>(stream.GetBuffer(), 0, (int)stream.Length);
    }


    private static DocumentNode ReadNode(BinaryReader reader, string source, int depth)
    {
        // The readers refuse documents nested deeper than this; a damaged file must not overflow the stack.
        if (depth > DocumentReader.MaxDepth + 1)
            throw new InvalidDataException("depth");
        var tag = reader.ReadByte();
        var location = new SourceLocation(source, reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
        switch (tag)
        {
            case Scalar:
            {
                var flags = reader.ReadByte();
                var line = reader.Read7BitEncodedInt();
                var column = reader.Read7BitEncodedInt();
                return new ScalarNode(location, reader.ReadString(), (flags & 1) != 0, line, column, (flags & 2) != 0);
            }
            case Sequence:
            {
                var items = new DocumentNode[CacheFiles.Count(reader)];
                for (var i = 0; i < items.Length; i++)
                    items[i] = ReadNode(reader, source, depth + 1);
                return new SequenceNode(location, items);
            }
            case Mapping:
            {
                var entries = new KeyValuePair<ScalarNode, DocumentNode>[CacheFiles.Count(reader)];
                for (var i = 0; i < entries.Length; i++)
                {
                    var key = ReadNode(reader, source, depth + 1) as ScalarNode ?? throw new InvalidDataException("key");
                    entries[i] = new(key, ReadNode(reader, source, depth + 1));
                }
                return new MappingNode(location, entries);
            }
            default:
                throw new InvalidDataException("tag");
        }
    }

    private static void Write(BinaryWriter writer, DocumentNode node)
    {
        writer.Write(node switch { ScalarNode => Scalar, SequenceNode => Sequence, _ => Mapping });
        writer.Write7BitEncodedInt(node.Location.Line);
        writer.Write7BitEncodedInt(node.Location.Column);
        switch (node)
        {
            case ScalarNode scalar:
                writer.Write((byte)((scalar.IsPlain ? 1 : 0) | (scalar.IsBlock ? 2 : 0)));
                writer.Write7BitEncodedInt(scalar.ContentLine);
                writer.Write7BitEncodedInt(scalar.ContentColumn);
                writer.Write(scalar.Value);
                break;
            case SequenceNode sequence:
                writer.Write7BitEncodedInt(sequence.Items.Count);
                foreach (var item in sequence.Items)
                    Write(writer, item);
                break;
            case MappingNode mapping:
                writer.Write7BitEncodedInt(mapping.Entries.Count);
                foreach (var (key, value) in mapping.Entries)
                {
                    Write(writer, key);
                    Write(writer, value);
                }
                break;
        }
    }
}
