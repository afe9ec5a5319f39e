namespace RulesKit.Campaign.Batch;

/// <summary>
/// The lines of a UTF-8 file as bytes, split where <see cref="StreamReader.ReadLine"/> splits (<c>\n</c>,
/// <c>\r</c>, <c>\r\n</c>), numbered as it numbers them, a leading byte order mark skipped: a JSON Lines batch
/// reads its lines without decoding them to strings that the JSON reader would encode back.
/// </summary>
internal static class Utf8Lines
{
    /// <summary>Whether the file starts with a UTF-16 or UTF-32 byte order mark: then it is read as text, not as UTF-8 bytes.</summary>
    public static bool HasWideByteOrderMark(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        head = head[..file.ReadAtLeast(head, 4, throwOnEndOfStream: false)];
        return head.StartsWith<byte>([0xFF, 0xFE]) || head.StartsWith<byte>([0xFE, 0xFF]) || head.StartsWith<byte>([0x00, 0x00, 0xFE, 0xFF]);
    }

    public static IEnumerable<byte[]> Read(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var pending = new MemoryStream(); // a line that runs past the end of the buffer
        var (filled, start, first, afterCr) = (0, 0, true, false);
        while ((filled = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            start = 0;
            if (first)
            {
                first = false;
                if (filled >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                    start = 3;
            }
            if (afterCr && start < filled && buffer[start] == (byte)'\n')
                start++; // the \n of a \r\n split by the buffer's end
            afterCr = false;
            while (start < filled)
            {
                var end = buffer.AsSpan(start, filled - start).IndexOfAny((byte)'\n', (byte)'\r');
                if (end < 0)
                {
                    pending.Write(buffer, start, filled - start);
                    break;
                }
                end += start;
                yield return Line(pending, buffer.AsSpan(start, end - start));
                start = end + 1;
                if (buffer[end] == (byte)'\r')
                {
                    if (start < filled && buffer[start] == (byte)'\n')
                        start++;
                    else if (start == filled)
                        afterCr = true;
                }
            }
        }
        if (pending.Length > 0)
            yield return Line(pending, []);
    }

    private static byte[] Line(MemoryStream pending, ReadOnlySpan<byte> tail)
    {
        if (pending.Length == 0)
            return tail.ToArray();
        pending.Write(tail);
        var line = pending.ToArray();
        pending.SetLength(0);
        return line;
    }

    /// <summary>Whether a line is empty or white space only (as <see cref="string.IsNullOrWhiteSpace"/> says of it decoded).</summary>
    public static bool IsWhiteSpace(byte[] line)
    {
        foreach (var b in line)
        {
            if (b >= 0x80)
                return string.IsNullOrWhiteSpace(System.Text.Encoding.UTF8.GetString(line));
            if (!char.IsWhiteSpace((char)b))
                return false;
        }
        return true;
    }
}
