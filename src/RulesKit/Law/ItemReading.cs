using RulesKit.Determinations;

namespace RulesKit.Law;

/// <summary>
/// Whether a standards item finds a breach on a subject, and how the report dealt with it: the one definition the
/// item rules, the subject screen and why / why-not all call (docs/decisions.md, "Items and disclosure").
/// </summary>
internal static class ItemReading
{
    /// <summary>
    /// Whether <paramref name="item"/> finds a breach on a subject: its condition on what verification found, in Kleene's
    /// logic (null: the facts recorded leave it open — "cannot decide", never "no"); for an item that compares the views,
    /// the report leaving the subject out, or the compared attribute differing beyond the item's tolerance (null when
    /// either view does not record it). <paramref name="reported"/> holds the report's values in their slots; null when
    /// the report does not mention the subject.
    /// </summary>
    public static bool? Fires(IItemTest item, AttributeView observed, object?[]? reported)
    {
        if (item.Condition is { } condition)
            return condition.Evaluate(observed);
        var comparison = item.Item.Comparison!;
        if (comparison.Attribute is null)
            return reported is null;
        return reported is null ? false : Differs(observed.Values[item.CompareSlot], reported[item.CompareSlot], comparison.Tolerance);
    }

    /// <summary>
    /// The design's disclosure table: the report's view judged by the same condition. Breached there too: disclosed;
    /// complying: misstated; the subject or a fact the condition needs left out: omitted. For a comparison item, a
    /// subject the report leaves out is omitted and a differing attribute misstated.
    /// </summary>
    public static Disclosure DisclosureOf(IItemTest item, AttributeView? reported)
    {
        if (item.Item.Comparison is { } comparison)
            return comparison.Attribute is null ? Disclosure.Omitted : Disclosure.Misstated;
        if (reported is null)
            return Disclosure.Omitted;
        return item.Condition!.Evaluate(reported) switch
        {
            true => Disclosure.Disclosed,
            false => Disclosure.Misstated,
            null => Disclosure.Omitted,
        };
    }

    /// <summary>
    /// Whether the two values differ: numbers beyond <paramref name="tolerance"/> (a fraction of the observed value),
    /// anything else at all; null when either is not recorded.
    /// </summary>
    public static bool? Differs(object? observed, object? reported, decimal tolerance)
    {
        if (observed is null || reported is null)
            return null;
        if (observed is decimal o && reported is decimal r)
            return Math.Abs(o - r) > tolerance * Math.Abs(o);
        return !observed.Equals(reported);
    }

    /// <summary>
    /// The facts of a breach that the report contradicts or leaves out — what evidence of the agency's knowledge has to
    /// show: for a condition, each fact it reads that the report's view does not record or records otherwise; for a
    /// compared attribute, that attribute; for a subject the report leaves out, its existence
    /// (<see cref="Reports.EvidenceRecord.Exists"/>) and every fact the condition reads.
    /// </summary>
    public static IReadOnlyList<string> Contradicted(IItemTest item, AttributeView observed, AttributeView? reported)
    {
        if (item.Item.Comparison is { } comparison)
            return comparison.Attribute is { } attribute ? [attribute] : [Reports.EvidenceRecord.Exists];
        var reads = item.Condition!.Reads;
        var facts = new List<string>(reads.Count + 1);
        if (reported is null)
            facts.Add(Reports.EvidenceRecord.Exists);
        foreach (var (name, slot) in reads)
            if (reported is null || reported.Values[slot] is not { } said || !said.Equals(observed.Values[slot]))
                facts.Add(name);
        return facts;
    }

    /// <summary>The facts <paramref name="item"/>'s condition reads that <paramref name="view"/> does not record, in the condition's order.</summary>
    public static IEnumerable<string> Missing(IItemTest item, AttributeView view) =>
        item.Condition is { } condition ? condition.Reads.Where(r => view.Values[r.Slot] is null).Select(r => r.Name) : [];

    /// <summary>
    /// The facts whose absence leaves <paramref name="item"/> undecided on a subject: those its condition reads that
    /// verification did not record, or the compared attribute on the side that does not record it
    /// (<c>reported.NAME</c> for the report's side).
    /// </summary>
    public static IEnumerable<string> MissingToDecide(IItemTest item, AttributeView observed, object?[]? reported)
    {
        if (item.Condition is not null)
            return Missing(item, observed);
        if (item.Item.Comparison?.Attribute is not { } attribute || reported is null)
            return [];
        var missing = new List<string>(2);
        if (observed.Values[item.CompareSlot] is null)
            missing.Add(attribute);
        if (reported[item.CompareSlot] is null)
            missing.Add("reported." + attribute);
        return missing;
    }
}
