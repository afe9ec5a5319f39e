using System.Text;

namespace RulesKit.Cli;

/// <summary>Where a template written by <c>ruleskit new</c> finds its JSON Schema (the templates themselves are <see cref="RulesKit.Workbench.Templates.FileTemplates"/>).</summary>
internal static class Templates
{
    /// <summary>
    /// The <c>$schema</c> path for a file written to <paramref name="output"/> (or the current folder): relative to the
    /// nearest <c>rules/schema</c> or <c>schema</c> folder above it; where there is none, the embedded schema is
    /// written to <c>.ruleskit/</c> beside the file, so the path works wherever the file is written.
    /// </summary>
    public static string SchemaPath(string schema, string? output)
    {
        var folder = Path.GetFullPath(output is null ? "." : Path.GetDirectoryName(Path.GetFullPath(output))!);
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "rules", "schema", schema), Path.Combine(dir.FullName, "schema", schema) })
                if (File.Exists(candidate))
                    return Path.GetRelativePath(folder, candidate).Replace('\\', '/');
        }
        var local = Path.Combine(folder, ".ruleskit");
        Directory.CreateDirectory(local);
        foreach (var name in RulesKitSchemas.Names)
            File.WriteAllText(Path.Combine(local, name), RulesKitSchemas.Read(name), new UTF8Encoding(false));
        return ".ruleskit/" + schema;
    }
}
