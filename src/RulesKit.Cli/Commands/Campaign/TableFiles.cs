using System.Text;
using RulesKit.Campaign.Batch;
using RulesKit.Campaign.Tables;

namespace RulesKit.Cli.Commands.Campaign;

/// <summary>What the batch and campaign commands write alike: each table as CSV, Markdown and XLSX, and progress on a terminal.</summary>
internal static class TableFiles
{
    // Each table streamed to its file (a million-row list is never one string); the files are independent, so they
    // are written on every core. Same tables, same bytes.
    public static void Write(string folder, IReadOnlyList<(string Name, Table Table)> tables)
    {
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
        var temporary = path + ".tmp-" + Environment.ProcessId;
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
    /// Holds the output folder for one run: a second run into the same folder stops with a clear error instead of
    /// interleaving its files with this one's. Released (and the lock file removed) when disposed.
    /// </summary>
    public static FileStream? Lock(string folder, CliContext cli)
    {
        try
        {
            return new FileStream(Path.Combine(folder, ".ruleskit.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            cli.Error.WriteLine(cli.T($"ruleskit: 另一次运行正在写入 {folder}：等它结束后再运行", $"ruleskit: another run is writing into {folder}: run again once it has finished"));
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

    /// <summary>Progress reported on the calling thread.</summary>
    public sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
