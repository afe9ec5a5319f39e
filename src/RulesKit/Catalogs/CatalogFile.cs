using RulesKit.Input;
using System.Reflection;

namespace RulesKit.Catalogs;

/// <summary>A catalog file to load: its path inside the rules folder, how messages name it, and its bytes.</summary>
internal sealed record CatalogFile(string Name, string DisplayPath, byte[] Content)
{
    private const string ResourcePrefix = "rules/";

    /// <summary>The folders and files of a rules folder that hold catalogs (examples, scenarios and schemas do not).</summary>
    private static readonly string[] CatalogFolders = ["standards", "determination", "conduct", "checklists"];

    internal static readonly string[] RootFiles = ["vocabulary.yaml", "known-gaps.yaml"];

    public static bool IsCatalogPath(string name) =>
        RootFiles.Contains(name) || CatalogFolders.Any(f => name.StartsWith(f + "/", StringComparison.Ordinal) && name.EndsWith(".yaml", StringComparison.Ordinal));

    /// <summary>The catalogs embedded in the library (the repository's rules/ folder at build time).</summary>
    public static IEnumerable<CatalogFile> Embedded()
    {
        // A loop, not a LINQ chain over (name, resource) tuples, whose generic code a fresh process has to JIT.
        var assembly = typeof(CatalogFile).Assembly;
        var files = new List<CatalogFile>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            var name = resource[ResourcePrefix.Length..].Replace('\\', '/');
            if (IsCatalogPath(name))
                files.Add(new CatalogFile(name, ResourcePrefix + name, ReadResource(assembly, resource)));
        }
        return files;
    }

    /// <summary>The catalog files of a rules folder; messages name them with the folder as the user typed it.</summary>
    public static IEnumerable<CatalogFile> FromDirectory(string rulesDirectory)
    {
        var root = Path.GetFullPath(rulesDirectory);
        return FolderFiles.Enumerate(root, FolderFiles.WithExtension(".yaml"))
            .Select(path => (Path: path, Name: Path.GetRelativePath(root, path).Replace('\\', '/')))
            .Where(f => IsCatalogPath(f.Name))
            .Select(f => new CatalogFile(f.Name, Path.Combine(rulesDirectory, f.Name), File.ReadAllBytes(f.Path)));
    }

    /// <summary>An embedded resource (catalog, schema) as text, or null when absent.</summary>
    public static byte[]? Resource(string name)
    {
        var assembly = typeof(CatalogFile).Assembly;
        return assembly.GetManifestResourceNames().Contains(name, StringComparer.Ordinal) ? ReadResource(assembly, name) : null;
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
