namespace RulesKit.Catalogs;

/// <summary>
/// How the catalog cache keeps its files: a checksum against damage, a count
/// that cannot claim more than the bytes left, and a file written whole or not at all, in a folder that keeps only the
/// newest few. A cache only ever saves time, so a failure to write is swallowed.
/// </summary>
internal static class CacheFiles
{
    /// <summary>Most files of one kind kept in a cache folder.</summary>
    internal const int MaxFiles = 16;

    /// <summary>FNV-1a over eight bytes at a time, then the tail: a check against damage, not against forgery.</summary>
    public static ulong Checksum(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037UL;
        var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ulong>(bytes);
        foreach (var word in words)
            hash = (hash ^ word) * 1099511628211UL;
        foreach (var b in bytes[(words.Length * 8)..])
            hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    /// <summary>What <paramref name="write"/> writes, followed by its checksum (the framing <see cref="ChecksumHolds"/> checks).</summary>
    public static byte[] Checksummed(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
            writer.Flush();
            writer.Write(Checksum(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        }
        return stream.ToArray();
    }

    /// <summary>True when the last eight bytes are the checksum of the rest.</summary>
    public static bool ChecksumHolds(byte[] bytes) =>
        bytes.Length >= 12 && BitConverter.ToUInt64(bytes, bytes.Length - 8) == Checksum(bytes.AsSpan(0, bytes.Length - 8));

    /// <summary>FNV-1a of a text: a short file name for a long key.</summary>
    public static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    /// <summary>A count read from a cache file; no larger than the bytes left, so a damaged file cannot make us allocate what it claims.</summary>
    public static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
            throw new InvalidDataException("count");
        return count;
    }

    /// <summary>A length-prefixed run of <paramref name="bytes"/> (the array <paramref name="reader"/> reads), taken in place, the reader moved past it.</summary>
    public static ArraySegment<byte> Segment(BinaryReader reader, byte[] bytes)
    {
        var length = Count(reader);
        var start = (int)reader.BaseStream.Position;
        reader.BaseStream.Position = start + length;
        return new ArraySegment<byte>(bytes, start, length);
    }

    /// <summary>Writes <paramref name="bytes"/> aside and renames the file into <paramref name="path"/> (a reader never sees half of one), then keeps the newest <see cref="MaxFiles"/> matching <paramref name="pattern"/>; any failure is ignored.</summary>
    public static void WriteWhole(string path, byte[] bytes, string pattern)
    {
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
            Prune(Path.GetDirectoryName(path)!, pattern);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // nothing more to do: the cache only saves time
            }
        }
    }

    // A user who tries many folders (or a test suite's temporary ones) must not fill the disk. The files written
    // longest ago go first; a set used again is read again and written back.
    private static void Prune(string directory, string pattern)
    {
        var files = new DirectoryInfo(directory).GetFiles(pattern);
        if (files.Length <= MaxFiles)
            return;
        Array.Sort(files, (a, b) => b.LastWriteTimeUtc.CompareTo(a.LastWriteTimeUtc));
        foreach (var old in files.AsSpan(MaxFiles))
            old.Delete();
    }
}
