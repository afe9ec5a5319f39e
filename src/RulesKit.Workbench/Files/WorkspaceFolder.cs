using System.Text;
using RulesKit.Input;

namespace RulesKit.Workbench.Files;

/// <summary>
/// The one folder the workbench reads and writes. Every path a browser sends is relative to it and resolved here
/// only: no rooted path, no <c>..</c>, no link that leads out of it (a link inside is followed), no file above the
/// size limit, and only the file types the workbench serves. The folder is walked with <see cref="FolderFiles"/>, so
/// a link loop or a link outside it is handled as the campaign's own reading handles it.
/// </summary>
public sealed class WorkspaceFolder
{
    /// <summary>The types a browser may download (and the content type each is served with).</summary>
    public static IReadOnlyDictionary<string, string> Served { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".yaml"] = "text/plain; charset=utf-8",
        [".yml"] = "text/plain; charset=utf-8",
        [".md"] = "text/markdown; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The types the workbench writes from the browser: the YAML documents an expert files.</summary>
    public static IReadOnlyList<string> Writable { get; } = [".yaml", ".yml"];

    /// <summary>A workspace at <paramref name="root"/> (which must exist).</summary>
    public WorkspaceFolder(string root, long maxFileBytes = 8 << 20)
    {
        var full = Path.GetFullPath(root);
        if (!Directory.Exists(full))
            throw new WorkspaceException($"工作区文件夹不存在：{full}", $"the workspace folder does not exist: {full}");
        // The real path: a workspace given through a link is confined to where the link leads.
        Root = RealPath(full);
        MaxFileBytes = maxFileBytes;
    }

    /// <summary>The workspace's real full path.</summary>
    public string Root { get; }

    /// <summary>The largest file read or written, in bytes.</summary>
    public long MaxFileBytes { get; }

    /// <summary>
    /// The full path of <paramref name="relative"/> (a path with <c>/</c> between its parts) inside the workspace, or a
    /// <see cref="WorkspaceException"/> saying why it is refused.
    /// </summary>
    public string Resolve(string? relative)
    {
        if (string.IsNullOrWhiteSpace(relative))
            throw new WorkspaceException("未给出文件路径", "no file path was given");
        if (relative.Length > 1024 || relative.Any(c => c == '\0' || c == '\\' || c == ':' || char.IsControl(c)))
            throw new WorkspaceException($"文件路径“{Shown(relative)}”含有不允许的字符（只用 / 分隔，不含 \\、: 或控制字符）",
                $"the path '{Shown(relative)}' holds a character that is not allowed (parts separated by / only, no \\, : or control characters)");
        var parts = relative.Split('/');
        if (relative.StartsWith('/') || parts.Any(p => p is "" or "." or ".."))
            throw new WorkspaceException($"文件路径“{Shown(relative)}”须是工作区内的相对路径（不以 / 开头，不含 .. 或空的部分）",
                $"the path '{Shown(relative)}' must be relative to the workspace (no leading /, no .. and no empty part)");
        var full = Path.GetFullPath(Path.Combine([Root, .. parts]));
        if (!Inside(full))
            throw Outside(relative);
        // Every part that exists is looked at: a link anywhere on the way may lead out.
        var current = Root;
        foreach (var part in parts)
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (!info.Exists && info.LinkTarget is null)
                break;
            if (info.LinkTarget is not null && !Inside(RealPath(current)))
                throw new WorkspaceException($"“{Shown(relative)}”经由链接指向工作区之外：拒绝读写", $"'{Shown(relative)}' goes through a link that leads out of the workspace: refused");
        }
        return full;
    }

    /// <summary>The relative path of a full path inside the workspace, with <c>/</c> between its parts.</summary>
    public string Relative(string full) => Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Every file of the served types outside hidden folders, as relative paths in ordinal order (the folder walk of
    /// <see cref="FolderFiles"/>: a link loop is entered once; a link leading out refuses the listing, as it refuses a campaign).
    /// </summary>
    /// <exception cref="WorkspaceException">The workspace holds a link leading out of it, or is too deep or too large to walk.</exception>
    public IReadOnlyList<string> Files()
    {
        try
        {
            return [.. FolderFiles.Enumerate(Root, FolderFiles.WithExtension([.. Served.Keys])).Select(Relative).Where(p => !p.Split('/').Any(part => part.StartsWith('.')))];
        }
        catch (RulesKitInputException e)
        {
            throw new WorkspaceException("工作区无法列出：" + string.Join("；", e.Diagnostics.Select(d => d.ToString(Language.Chinese))),
                "the workspace cannot be listed: " + string.Join("; ", e.Diagnostics.Select(d => d.ToString(Language.English))));
        }
    }

    /// <summary>The text of a YAML or Markdown file of the workspace.</summary>
    public string ReadText(string relative)
    {
        var path = Existing(relative);
        return File.ReadAllText(path, Encoding.UTF8);
    }

    /// <summary>The full path of an existing file of a served type, within the size limit.</summary>
    public string Existing(string relative)
    {
        var path = Resolve(relative);
        if (!Served.ContainsKey(Path.GetExtension(path)))
            throw new WorkspaceException($"工作区不提供此类文件：{Shown(relative)}", $"the workspace does not serve this type of file: {Shown(relative)}");
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new WorkspaceException($"工作区中没有文件“{Shown(relative)}”", $"the workspace has no file '{Shown(relative)}'");
        if (info.Length > MaxFileBytes)
            throw new WorkspaceException($"“{Shown(relative)}”有 {info.Length} 字节，超过上限 {MaxFileBytes}", $"'{Shown(relative)}' has {info.Length} bytes, above the limit of {MaxFileBytes}");
        return path;
    }

    /// <summary>
    /// Writes <paramref name="text"/> to a YAML file of the workspace, whole or not at all (a temporary file renamed over
    /// it), creating its folder inside the workspace when missing. Returns the full path written.
    /// </summary>
    public string WriteText(string relative, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Writable.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase))
            throw new WorkspaceException($"只能保存 .yaml 或 .yml 文件：{Shown(relative)}", $"only .yaml or .yml files can be saved: {Shown(relative)}");
        return Write(relative, text);
    }

    /// <summary>
    /// Writes a document the workbench made itself (a case document's HTML or Markdown; never text from a browser),
    /// whole, under the same confinement as <see cref="WriteText"/>. Returns the full path written.
    /// </summary>
    public string WriteDocument(string relative, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Path.GetExtension(relative) is not (".html" or ".md"))
            throw new WorkspaceException($"文书只能写为 .html 或 .md：{Shown(relative)}", $"a document is written only as .html or .md: {Shown(relative)}");
        return Write(relative, text);
    }

    private string Write(string relative, string text)
    {
        var path = Resolve(relative);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        if (bytes.Length > MaxFileBytes)
            throw new WorkspaceException($"内容有 {bytes.Length} 字节，超过上限 {MaxFileBytes}", $"the text has {bytes.Length} bytes, above the limit of {MaxFileBytes}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The folder just made (or found) must still be inside: a link created on the way is not followed out.
        if (!Inside(RealPath(Path.GetDirectoryName(path)!)))
            throw Outside(relative);
        Campaign.Tables.TableFolder.WriteWhole(path, stream => stream.Write(bytes));
        return path;
    }

    private bool Inside(string full) => full == Root || full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static WorkspaceException Outside(string relative) =>
        new($"“{Shown(relative)}”在工作区之外：拒绝读写", $"'{Shown(relative)}' is outside the workspace: refused");

    // A path as shown in a message: bounded, so a hostile path does not fill the page.
    private static string Shown(string text) => text.Length <= 120 ? text : text[..120] + "…";

    // The path with every link on it resolved (a link to a link followed to its end).
    private static string RealPath(string full)
    {
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                FileSystemInfo? target;
                try
                {
                    target = info.ResolveLinkTarget(returnFinalTarget: true);
                }
                catch (IOException)
                {
                    // A link loop leads nowhere: a path no workspace holds, so it is refused.
                    return "\0loop";
                }
                if (target is not null)
                    current = RealPath(target.FullName);
            }
        }
        return current;
    }
}
