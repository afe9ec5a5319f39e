using System.Globalization;
using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Cli;

/// <summary>Renders the public catalog model: the list of versions, one catalog, its kinds, and the changes between two versions.</summary>
internal static class CatalogListing
{
    public static readonly IReadOnlyList<string> Columns = ["catalog@version", "type", "in force", "items", "official", "transcription", "recalled", "draft", "document"];

    public static IEnumerable<IReadOnlyList<string>> Rows(CatalogSet set) => set.Catalogs.Select(c => (IReadOnlyList<string>)
    [
        c.Reference.Key, c.Type.ToString().ToLowerInvariant(), Dates(c), Count(c).ToString(CultureInfo.InvariantCulture),
        .. Enum.GetValues<Confidence>().Select(level => Count(c, level).ToString(CultureInfo.InvariantCulture)), c.Document,
    ]);

    public static string Write(CatalogSet set)
    {
        var w = new StringBuilder();
        w.AppendLine("catalog@version                                   type           in force (? dates unverified)  items  official  transcr.  recalled  draft  document");
        foreach (var c in set.Catalogs)
        {
            w.Append(CultureInfo.InvariantCulture, $"{c.Reference.Key,-50}{c.Type.ToString().ToLowerInvariant(),-15}{Dates(c),-31}{Count(c),5}");
            w.Append(CultureInfo.InvariantCulture, $"  {Count(c, Confidence.Official),8}  {Count(c, Confidence.Transcription),8}  {Count(c, Confidence.Recalled),8}  {Count(c, Confidence.Draft),5}  ");
            w.AppendLine(c.Document);
        }
        var standards = set.Catalogs.Where(c => c.Type == CatalogType.Standards).ToList();
        w.Append(CultureInfo.InvariantCulture, $"{standards.Count} standards catalogs: {standards.Sum(c => c.Items.Length)} items (");
        w.Append(string.Join(", ", Enum.GetValues<Confidence>().Select(level => $"{standards.Sum(c => Count(c, level))} {level.ToString().ToLowerInvariant()}")));
        w.Append(CultureInfo.InvariantCulture, $"); {set.Catalogs.Length - standards.Count} determination catalogs.");
        return w.ToString();
    }

    private static int Count(Catalog c) => c.Type == CatalogType.Standards ? c.Items.Length : c.Criteria.Length;

    private static int Count(Catalog c, Confidence level) => c.Type == CatalogType.Standards
        ? c.Items.Count(i => i.Confidence == level)
        : c.Criteria.Count(k => k.Confidence == level);

    private static string Dates(Catalog c) =>
        $"{Date(c.EffectiveFrom) ?? "…"} – {Date(c.EffectiveTo) ?? "…"}{(c.DatesVerified ? "" : " ?")}";

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One catalog version: header, items with their confidence, tables and criteria.</summary>
    public static string Show(Catalog c)
    {
        var w = new StringBuilder();
        w.AppendLine($"{c.Reference} ({c.Type.ToString().ToLowerInvariant()}) {c.Title}");
        w.AppendLine($"document: {c.Document}  jurisdiction: {c.Jurisdiction}  industries: {string.Join(", ", c.Industries)}");
        w.AppendLine($"in force: {Dates(c)}{(c.Supersedes is null ? "" : "  supersedes " + c.Supersedes)}");
        w.AppendLine($"source: {c.Source}  file: {c.FileName}");
        foreach (var item in c.Items)
        {
            w.AppendLine($"- {item.Id}  {item.Clause}  {item.Confidence.ToString().ToLowerInvariant()}{(item.Veto ? ", veto" : "")}  [{string.Join(", ", item.Categories)}]  kind {item.Kind}");
            w.AppendLine($"    {item.Text}");
            w.AppendLine($"    when: {item.Test}{(item.Threshold is { } t ? "   threshold: " + t : "")}");
            w.AppendLine($"    seen: {item.Source}");
        }
        foreach (var table in c.Tables)
            w.AppendLine($"table {table.Name} ({table.Clause}, {table.Confidence.ToString().ToLowerInvariant()}): {string.Join("; ", table.Rows.Select(r => $"{string.Join("/", r.Keys)}={r.Value.ToString(CultureInfo.InvariantCulture)}"))}");
        foreach (var criterion in c.Criteria)
            w.AppendLine($"- criterion {criterion.Number} ({criterion.Class}) requires {string.Join(", ", criterion.Requires).ToLowerInvariant()} of [{string.Join(", ", criterion.Categories)}]: {criterion.Text}");
        if (c.Scope is { } scope)
        {
            w.AppendLine($"scope ({scope.Citation}): {scope.Text}");
            foreach (var rule in scope.Rules)
                w.AppendLine($"  - {rule.Id}: {rule.Text}  [{string.Join(", ", rule.Industries)}; {string.Join(", ", rule.ReportTypes)}; {string.Join(", ", rule.Purposes)}]");
        }
        return w.ToString();
    }

    /// <summary>The subject kinds the set declares (or those a catalog declares): attributes with type, unit and allowed values.</summary>
    public static string Kinds(CatalogSet set, Catalog? only)
    {
        var w = new StringBuilder();
        var names = only is null ? set.Kinds.Keys.Order(StringComparer.Ordinal) : only.DeclaredKinds.Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var kind = set.Kinds[name];
            w.AppendLine($"{kind.Name}{(kind.Title is null ? "" : "  " + kind.Title)}  (declared by {string.Join(", ", kind.DeclaredBy)})");
            foreach (var a in kind.Attributes)
            {
                var type = a.Type switch
                {
                    AttributeType.Enum => "enum: " + string.Join(" | ", a.Values),
                    AttributeType.Number when a.Unit is not null => $"number ({a.Unit})",
                    _ => a.Type.ToString().ToLowerInvariant(),
                };
                w.AppendLine($"  {a.Name,-44} {type}{(a.Title is null ? "" : "  — " + a.Title)}");
            }
        }
        return w.ToString();
    }

    /// <summary>Every change between two versions, one line each.</summary>
    public static string Diff(Catalog a, Catalog b)
    {
        var w = new StringBuilder();
        w.AppendLine($"{a.Reference} → {b.Reference}");
        foreach (var change in CatalogDiff.Compare(a, b))
        {
            w.AppendLine(change.Kind switch
            {
                ChangeKind.Added => $"+ {change.Part}  {change.After}",
                ChangeKind.Removed => $"- {change.Part}  {change.Before}",
                _ => $"~ {change.Part}  {change.Field}: {change.Before ?? "—"} → {change.After ?? "—"}",
            });
        }
        return w.ToString();
    }
}
