using System.Text;

namespace RulesKit.Campaign.Tables;

/// <summary>
/// Tables written into a folder as a submission needs them: each as CSV, Markdown and XLSX, every file whole or not
/// at all, and the folder held by one run at a time. The <c>ruleskit</c> tool and the workbench write through it alike.
/// </summary>
public static class TableFolder
{
    /// <summary>The name of the file that holds a folder for one run (see <see cref="TryHold"/>).</summary>
    public const string LockFile = ".ruleskit.lock";

    /// <summary>
    /// Writes each table as <c>NAME.csv</c>, <c>NAME.md</c> and <c>NAME.xlsx</c> in <paramref name="folder"/>, each file
    /// streamed (a million-row list is never one string) and written whole. Same tables, same bytes.
    /// </summary>
    public static void Write(string folder, IReadOnlyList<(string Name, Table Table)> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        // The files are independent, so they are written on every core.
        var files = tables.SelectMany(t => new[] { (t.Name, t.Table, Format: "csv"), (t.Name, t.Table, Format: "md"), (t.Name, t.Table, Format: "xlsx") }).ToArray();
        Parallel.ForEach(files, file => WriteWhole(Path.Combine(folder, file.Name + "." + file.Format), stream =>
        {
            if (file.Format == "xlsx")
            {
                TableWriter.WriteXlsx(file.Table, stream);
                return;
            }
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            if (file.Format == "csv")
                TableWriter.WriteCsv(file.Table, writer);
            else
                TableWriter.WriteMarkdown(file.Table, writer);
        }));
    }

    /// <summary>
    /// Writes <paramref name="path"/> whole or not at all: into a temporary file beside it, renamed over it once complete,
    /// so a run that is killed or fails leaves the previous file as it was.
    /// </summary>
    public static void WriteWhole(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = path + ".tmp-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }

    /// <summary>
    /// Holds <paramref name="folder"/> for one run, so that a second run into it stops instead of interleaving its files
    /// with this one's; null when another run holds it. Released (and the lock file removed) when disposed.
    /// </summary>
    public static IDisposable? TryHold(string folder)
    {
        try
        {
            return new FileStream(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// Removes the tables an earlier run left under these names (and <paramref name="others"/>), so that a run that
    /// writes none leaves no table in the folder that could be taken for its own. Returns the files removed.
    /// </summary>
    public static IReadOnlyList<string> RemoveEarlier(string folder, IEnumerable<string> names, params string[] others)
    {
        var removed = new List<string>();
        if (!Directory.Exists(folder))
            return removed;
        foreach (var file in names.SelectMany(n => new[] { n + ".csv", n + ".md", n + ".xlsx" }).Concat(others))
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
            {
                File.Delete(path);
                removed.Add(file);
            }
        }
        return removed;
    }
}
