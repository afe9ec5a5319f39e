namespace RulesKit.Input;

/// <summary>
/// The one way every command walks a folder (campaigns, batches, scenario suites, catalog folders): files in
/// ordinal order of their path, symbolic links followed at most once and never in a loop, a link that leads outside
/// the folder refused, and a bound on depth and number of files. A folder served to a browser or kept by many hands
/// can then neither hang a run nor make it read what lies outside.
/// </summary>
public static class FolderFiles
{
    /// <summary>Deepest folder nesting walked.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most files listed.</summary>
    public const int MaxFiles = 1_000_000;

    /// <summary>
    /// The files under <paramref name="folder"/> that <paramref name="include"/> accepts, in ordinal order of their path
    /// (as the folder was given, joined with the names below it).
    /// </summary>
    /// <exception cref="RulesKitInputException">A link leads outside the folder, or the folder is deeper or holds more files than the bounds.</exception>
    public static IReadOnlyList<string> Enumerate(string folder, Func<string, bool> include)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(include);
        var given = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var root = Real(new DirectoryInfo(folder));
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { root, given };
        var problems = new List<Diagnostic>();
        Walk(folder, 0);
        if (problems.Count > 0)
            throw new RulesKitInputException(problems);
        files.Sort(StringComparer.Ordinal);
        return files;

        void Walk(string directory, int depth)
        {
            if (depth > MaxDepth)
            {
                problems.Add(Messages.FolderTooDeep.At(directory, 0, 0, MaxDepth));
                return;
            }
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (problems.Count > 0)
                    return;
                var path = Path.Combine(directory, entry.Name);
                var real = entry.LinkTarget is null ? entry.FullName : Real(entry);
                // A link is followed only inside the folder: the files a run reads are those the folder holds.
                if (entry.LinkTarget is not null && !Inside(real, root) && !Inside(real, given))
                {
                    problems.Add(Messages.LinkOutsideFolder.At(path, 0, 0, entry.LinkTarget, folder));
                    continue;
                }
                if (entry is DirectoryInfo || Directory.Exists(real))
                {
                    // Each real folder once: a link back up, or two links to one folder, add nothing and cannot loop.
                    if (visited.Add(real))
                        Walk(path, depth + 1);
                    continue;
                }
                if (!File.Exists(real) || !include(path))
                    continue;
                if (files.Count == MaxFiles)
                {
                    problems.Add(Messages.FolderTooLarge.At(folder, 0, 0, MaxFiles));
                    return;
                }
                files.Add(path);
            }
        }
    }

    /// <summary>Files with one of <paramref name="extensions"/> (".yaml", ".json"…), compared without regard to case.</summary>
    public static Func<string, bool> WithExtension(params string[] extensions) =>
        path => extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // The final target of a link chain (or the path itself), absolute; a cyclic or broken chain stays where it is.
    private static string Real(FileSystemInfo info)
    {
        try
        {
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            return Path.GetFullPath(target.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return Path.GetFullPath(info.FullName).TrimEnd(Path.DirectorySeparatorChar);
        }
    }

    private static bool Inside(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
