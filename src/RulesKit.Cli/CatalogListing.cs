using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Cli;

/// <summary>The catalog listing: each version with its dates and its verified and unverified items.</summary>
public static class CatalogListing
{
    public static readonly IReadOnlyList<string> Columns = ["catalog@version", "type", "in force", "items", "verified", "unverified", "document"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<CatalogInfo> catalogs) => catalogs.Select(c => (IReadOnlyList<string>)
    [
        $"{c.Reference.Id}@{c.Reference.Version}", c.Type.ToString().ToLowerInvariant(),
        $"{c.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…"} – {c.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…"}{(c.DatesVerified ? "" : " (recalled)")}",
        c.Items.ToString(), c.Verified.ToString(), (c.Items - c.Verified).ToString(), c.Document,
    ]);

    public static string Write(IReadOnlyList<CatalogInfo> catalogs)
    {
        var w = new StringBuilder();
        w.AppendLine("catalog@version                                   type           in force                   items  verified  unverified  document");
        foreach (var c in catalogs)
        {
            var from = c.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…";
            var to = c.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…";
            var dates = $"{from} – {to}{(c.DatesVerified ? "" : " (recalled)")}";
            w.Append($"{c.Reference.Id + "@" + c.Reference.Version,-50}{c.Type.ToString().ToLowerInvariant(),-15}{dates,-27}");
            w.Append($"{c.Items,5}  {c.Verified,8}  {c.Items - c.Verified,10}  ").AppendLine(c.Document);
        }
        var standards = catalogs.Where(c => c.Type == CatalogType.Standards).ToList();
        w.Append($"{standards.Count} standards catalogs: {standards.Sum(c => c.Items)} items, {standards.Sum(c => c.Verified)} verified, {standards.Sum(c => c.Items - c.Verified)} unverified; ");
        w.Append($"{catalogs.Count - standards.Count} determination catalogs.");
        return w.ToString();
    }

    /// <summary>One catalog version: header and items.</summary>
    public static string Show(CatalogSet set, string reference)
    {
        var c = Find(set, reference);
        var w = new StringBuilder();
        w.AppendLine($"{c.Reference} ({c.Type.ToString().ToLowerInvariant()}) {c.Title}");
        w.AppendLine($"document: {c.Document}  jurisdiction: {c.Jurisdiction}  industries: {string.Join(", ", c.Industries)}");
        w.AppendLine($"in force: {c.EffectiveFrom?.ToString("yyyy-MM-dd") ?? "…"} – {c.EffectiveTo?.ToString("yyyy-MM-dd") ?? "…"}{(c.DatesVerified ? "" : " (dates recalled)")}{(c.Supersedes is null ? "" : "  supersedes " + c.Supersedes)}");
        w.AppendLine($"source: {c.Source}  file: {c.FileName}");
        foreach (var item in c.Items)
        {
            w.AppendLine($"- {item.Id}  {item.Clause}  {(item.Verified ? "verified" : "UNVERIFIED")}{(item.Veto ? ", veto" : "")}  [{string.Join(", ", item.Categories)}]  kind {item.Kind}");
            w.AppendLine($"    {item.Text}");
            w.AppendLine($"    when: {item.Condition?.Text ?? (item.Compare!.Attribute is { } a ? "compare " + a : "compare presence")}{(item.ThresholdValue is { } t ? "   threshold: " + t.Text : "")}");
        }
        foreach (var table in c.Tables.Values)
            w.AppendLine($"table {table.Name} ({table.Clause}, {(table.Verified ? "verified" : "UNVERIFIED")}): {string.Join("; ", table.Rows.Select(r => $"{r.Key.Replace('\u001f', '/')}={r.Value}"))}");
        foreach (var criterion in c.Criteria)
            w.AppendLine($"- criterion {criterion.Number} ({criterion.Class}) requires {string.Join(", ", criterion.Requires).ToLowerInvariant()} of [{string.Join(", ", criterion.Categories)}]: {criterion.Text}");
        return w.ToString();
    }

    /// <summary>What changed between two versions of a catalog: items added, removed, changed (condition, threshold, text, flags) and table rows.</summary>
    public static string Diff(CatalogSet set, string from, string to)
    {
        var (a, b) = (Find(set, from), Find(set, to));
        var w = new StringBuilder();
        w.AppendLine($"{a.Reference} → {b.Reference}");
        var before = a.Items.ToDictionary(i => i.Id);
        var after = b.Items.ToDictionary(i => i.Id);
        foreach (var id in after.Keys.Except(before.Keys).Order(StringComparer.Ordinal))
            w.AppendLine($"+ {id}  {after[id].Clause}  when: {after[id].Condition?.Text ?? "comparison"}");
        foreach (var id in before.Keys.Except(after.Keys).Order(StringComparer.Ordinal))
            w.AppendLine($"- {id}  {before[id].Clause}  when: {before[id].Condition?.Text ?? "comparison"}");
        foreach (var id in before.Keys.Intersect(after.Keys).Order(StringComparer.Ordinal))
        {
            var (x, y) = (before[id], after[id]);
            void Changed(string what, string? old, string? now)
            {
                if (old != now)
                    w.AppendLine($"~ {id}  {what}: {old ?? "—"} → {now ?? "—"}");
            }
            Changed("when", x.Condition?.Text, y.Condition?.Text);
            Changed("threshold", x.ThresholdValue?.Text, y.ThresholdValue?.Text);
            Changed("text", x.Text, y.Text);
            Changed("clause", x.Clause, y.Clause);
            Changed("verified", x.Verified.ToString(), y.Verified.ToString());
            Changed("veto", x.Veto.ToString(), y.Veto.ToString());
        }
        foreach (var name in a.Tables.Keys.Union(b.Tables.Keys).Order(StringComparer.Ordinal))
        {
            var old = a.Tables.GetValueOrDefault(name)?.Rows ?? new Dictionary<string, decimal>();
            var now = b.Tables.GetValueOrDefault(name)?.Rows ?? new Dictionary<string, decimal>();
            foreach (var key in old.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
                if (old.GetValueOrDefault(key) != now.GetValueOrDefault(key) || old.ContainsKey(key) != now.ContainsKey(key))
                    w.AppendLine($"~ table {name} [{key.Replace('\u001f', '/')}]: {(old.TryGetValue(key, out var o) ? o.ToString() : "—")} → {(now.TryGetValue(key, out var n) ? n.ToString() : "—")}");
        }
        return w.ToString();
    }

    private static Catalog Find(CatalogSet set, string reference)
    {
        var at = reference.IndexOf('@');
        var (id, version) = at < 0 ? (reference, null) : (reference[..at], reference[(at + 1)..]);
        var matches = set.All.Where(c => c.Id == id && (version is null || c.Version == version)).OrderByDescending(c => c.EffectiveFrom ?? DateOnly.MinValue).ToList();
        return matches.FirstOrDefault() ?? throw new RulesKitInputException([new Diagnostic(reference, 0, 0,
            $"no loaded catalog {reference}; versions of {id}: {string.Join(", ", set.All.Where(c => c.Id == id).Select(c => c.Version).DefaultIfEmpty("none"))}")]);
    }
}
