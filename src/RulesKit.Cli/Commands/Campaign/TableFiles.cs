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
        Parallel.ForEach(files, file =>
        {
            using var stream = new FileStream(Path.Combine(folder, file.Name + "." + file.Format), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            if (file.Format == "xlsx")
            {
                TableWriter.WriteXlsx(file.Table, stream);
                return;
            }
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            if (file.Format == "csv")
                TableWriter.WriteCsv(file.Table, writer);
            else
                TableWriter.WriteMarkdown(file.Table, writer);
        });
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
