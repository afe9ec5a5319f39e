using System.Text;

namespace RulesKit.Campaign.Tables;

/// <summary>
/// Rows of a listing that may grow with the batch (out-of-scope, incomplete, false reports): the first
/// <c>inMemoryLimit</c> rows are kept in memory, the rest go to a temporary file deleted when this is disposed,
/// so a batch of millions holds a bounded number of rows. Rows come back ordered by index; when they were added
/// in index order (a batch adds them so) they are streamed back without sorting.
/// </summary>
internal sealed class SpilledRows(int width, int inMemoryLimit = 10_000) : IDisposable
{
    private readonly List<(long Index, string[] Cells)> _memory = [];
    private FileStream? _file;
    private BinaryWriter? _writer;
    private long _last = long.MinValue;
    private bool _ordered = true;
    private bool _disposed;

    public long Count { get; private set; }

    public void Add(long index, params string[] cells)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (cells.Length != width)
            throw new ArgumentException($"a row of this listing has {width} cells", nameof(cells));
        _ordered &= index >= _last;
        _last = index;
        Count++;
        if (_memory.Count < inMemoryLimit)
        {
            _memory.Add((index, cells));
            return;
        }
        if (_writer is null)
        {
            var path = Path.Combine(Path.GetTempPath(), $"ruleskit-rows-{Guid.NewGuid():N}.bin");
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
            _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        }
        _writer.Write(index);
        foreach (var cell in cells)
            _writer.Write(cell);
    }

    /// <summary>The temporary file, once rows went to one.</summary>
    public string? SpillPath => _file?.Name;

    /// <summary>The first <paramref name="count"/> rows added (a table's snapshot), ordered by index, each with its
    /// position (from 1) in that order.</summary>
    public IEnumerable<(long Position, string[] Cells)> Ordered(long count)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = All().Take((int)Math.Min(count, int.MaxValue));
        if (!_ordered)
            rows = rows.ToList().OrderBy(r => r.Index);
        long position = 0;
        foreach (var (_, cells) in rows)
            yield return (++position, cells);
    }

    private IEnumerable<(long Index, string[] Cells)> All()
    {
        foreach (var row in _memory)
            yield return row;
        if (_writer is null)
            yield break;
        _writer.Flush();
        var length = _file!.Length;
        using var reader = new BinaryReader(new FileStream(_file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16), Encoding.UTF8);
        while (reader.BaseStream.Position < length)
        {
            var index = reader.ReadInt64();
            var cells = new string[width];
            for (var i = 0; i < width; i++)
                cells[i] = reader.ReadString();
            yield return (index, cells);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _writer?.Dispose();
        _file?.Dispose();
        _writer = null;
        _file = null;
    }
}
