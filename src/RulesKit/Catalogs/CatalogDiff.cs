using System.Collections.Immutable;
using System.Globalization;

namespace RulesKit.Catalogs;

/// <summary>What changed between two versions of a catalog: every field of the header and of each item, criterion, table, class, category and scope rule.</summary>
public static class CatalogDiff
{
    /// <summary>The changes from <paramref name="from"/> to <paramref name="to"/>, header first, then parts by kind and id.</summary>
    public static ImmutableArray<CatalogChange> Compare(Catalog from, Catalog to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var changes = ImmutableArray.CreateBuilder<CatalogChange>();
        Fields(changes, "header", Header(from), Header(to));
        Parts(changes, "item", from.Items, to.Items, i => i.Id, i => i.Clause, Item);
        Parts(changes, "criterion", from.Criteria, to.Criteria, c => c.Number.ToString(CultureInfo.InvariantCulture), c => c.Text, Criterion);
        Parts(changes, "table", from.Tables, to.Tables, t => t.Name, t => t.Clause, Table);
        Parts(changes, "class", from.Classes, to.Classes, c => c.Id, c => c.Name, c => [("name", c.Name), ("nameEn", c.NameEn), ("severity", Text(c.Severity))]);
        Parts(changes, "category", from.Categories, to.Categories, c => c.Id, c => c.Title, c => [("title", c.Title)]);
        Parts(changes, "scope rule", from.Scope?.Rules ?? [], to.Scope?.Rules ?? [], r => r.Id, r => r.Text, Scope);
        if (from.Scope?.Text != to.Scope?.Text)
            changes.Add(new CatalogChange(ChangeKind.Changed, "scope", "text", from.Scope?.Text, to.Scope?.Text));
        return changes.ToImmutable();
    }

    private static void Parts<T>(ImmutableArray<CatalogChange>.Builder changes, string kind, ImmutableArray<T> before, ImmutableArray<T> after,
        Func<T, string> key, Func<T, string> brief, Func<T, (string Field, string? Value)[]> fields)
    {
        var old = before.ToDictionary(key, StringComparer.Ordinal);
        var now = after.ToDictionary(key, StringComparer.Ordinal);
        foreach (var id in now.Keys.Except(old.Keys).Order(StringComparer.Ordinal))
            changes.Add(new CatalogChange(ChangeKind.Added, $"{kind} {id}", null, null, brief(now[id])));
        foreach (var id in old.Keys.Except(now.Keys).Order(StringComparer.Ordinal))
            changes.Add(new CatalogChange(ChangeKind.Removed, $"{kind} {id}", null, brief(old[id]), null));
        foreach (var id in old.Keys.Intersect(now.Keys).Order(StringComparer.Ordinal))
            Fields(changes, $"{kind} {id}", fields(old[id]), fields(now[id]));
    }

    private static void Fields(ImmutableArray<CatalogChange>.Builder changes, string part, (string Field, string? Value)[] before, (string Field, string? Value)[] after)
    {
        for (var i = 0; i < before.Length; i++)
            if (before[i].Value != after[i].Value)
                changes.Add(new CatalogChange(ChangeKind.Changed, part, before[i].Field, before[i].Value, after[i].Value));
    }

    private static (string, string?)[] Header(Catalog c) =>
    [
        ("title", c.Title), ("document", c.Document), ("jurisdiction", c.Jurisdiction), ("industries", List(c.Industries)),
        ("effectiveFrom", Date(c.EffectiveFrom)), ("effectiveTo", Date(c.EffectiveTo)), ("datesVerified", Text(c.DatesVerified)),
        ("supersedes", c.Supersedes), ("source", c.Source), ("notes", c.Notes),
    ];

    private static (string, string?)[] Item(StandardItem i) =>
    [
        ("title", i.Title), ("clause", i.Clause), ("text", i.Text), ("source", i.Source), ("confidence", Name(i.Confidence)), ("veto", Text(i.Veto)),
        ("categories", List(i.Categories)), ("industries", List(i.Industries)), ("kind", i.Kind), ("when", i.Condition), ("compare", i.Comparison?.ToString()), ("threshold", i.Threshold),
        ("safetyCode", i.SafetyCode), ("reading", i.Reading),
    ];

    private static (string, string?)[] Criterion(Criterion c) =>
    [
        ("id", c.Id), ("text", c.Text), ("citation", c.Citation), ("confidence", Name(c.Confidence)), ("class", c.Class), ("categories", List(c.Categories)),
        ("requires", List(c.Requires.Select(r => r.ToString().ToLowerInvariant()))), ("reading", c.Reading), ("reportTypes", List(c.ReportTypes)), ("industries", List(c.Industries)),
    ];

    private static (string, string?)[] Table(LookupTable t) =>
    [
        ("title", t.Title), ("clause", t.Clause), ("source", t.Source), ("confidence", Name(t.Confidence)), ("keys", List(t.Keys)),
        ("rows", string.Join("; ", t.Rows.Select(r => $"{string.Join("/", r.Keys)}={Text(r.Value)}"))),
    ];

    private static (string, string?)[] Scope(ScopeRule r) =>
        [("text", r.Text), ("industries", List(r.Industries)), ("reportTypes", List(r.ReportTypes)), ("purposes", List(r.Purposes)), ("reading", r.Reading)];

    private static string List(IEnumerable<string> values) => string.Join(", ", values);

    private static string Name(Confidence c) => c.ToString().ToLowerInvariant();

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
