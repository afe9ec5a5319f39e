using RulesKit.Catalogs;

namespace RulesKit.Reports;

/// <summary>
/// A checked report's attribute values already in the slots their kinds assign (dates as DateTime, as
/// conditions read them), made by the check, which visits every value and looks up its attribute anyway: the
/// engine then does not look every name up a second time. Indexed as the engine walks a report: its subjects,
/// then its documents. Each array is kept with the map and the kind it was made from, and used only for that
/// same map and kind: a report copied with other subjects, or checked by another engine's catalogs, gets its
/// slots made again. The arrays are never written after the check. <paramref name="owners"/> are the checked
/// report's subjects and documents in the same order, so that the screen can tell the slots are still theirs
/// by comparing references, without reading the subject (see <see cref="TryGet"/>).
/// </summary>
internal sealed class CheckedSlots(object[] owners, CheckedSlots.Entry[] observed, CheckedSlots.Entry[] reported)
{
    /// <summary>
    /// The kind and slots the check made for the subject or document at <paramref name="index"/>, when
    /// <paramref name="owner"/> is the one checked there (a subject's maps cannot change: it is a record of init-only
    /// properties); <paramref name="reportedSlots"/> is null when it has no reported view.
    /// </summary>
    public SubjectKind? TryGet(int index, object owner, out object?[]? observedSlots, out object?[]? reportedSlots)
    {
        if ((uint)index < (uint)owners.Length && ReferenceEquals(owners[index], owner) && observed[index] is { Kind: { } kind, Slots: { } slots })
        {
            (observedSlots, reportedSlots) = (slots, reported[index].Slots);
            return kind;
        }
        (observedSlots, reportedSlots) = (null, null);
        return null;
    }

    /// <summary>The slots made from <paramref name="map"/> for <paramref name="kind"/> at <paramref name="index"/>, or null.</summary>
    public object?[]? Observed(int index, IReadOnlyDictionary<string, object> map, SubjectKind kind) => Find(observed, index, map, kind);

    /// <inheritdoc cref="Observed"/>
    public object?[]? Reported(int index, IReadOnlyDictionary<string, object> map, SubjectKind kind) => Find(reported, index, map, kind);

    /// <summary>The kind the check found for the subject at <paramref name="index"/> with observed values <paramref name="map"/>, or null.</summary>
    public SubjectKind? KindAt(int index, IReadOnlyDictionary<string, object> map) =>
        (uint)index < (uint)observed.Length && observed[index] is var entry && ReferenceEquals(entry.Map, map) ? entry.Kind : null;

    private static object?[]? Find(Entry[] entries, int index, IReadOnlyDictionary<string, object> map, SubjectKind kind) =>
        (uint)index < (uint)entries.Length && entries[index] is { Slots: { } slots } entry && ReferenceEquals(entry.Map, map) && ReferenceEquals(entry.Kind, kind)
            ? slots
            : null;

    /// <summary>The value as a condition reads it: a date as DateTime (conditions compare it with the evaluation date).</summary>
    public static object AsRead(object value) => value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;

    /// <summary>One map's slots, with the map and kind they were made from.</summary>
    internal readonly record struct Entry(IReadOnlyDictionary<string, object>? Map, SubjectKind? Kind, object?[]? Slots);
}
