using RulesKit.Catalogs;

namespace RulesKit.Reports;

/// <summary>
/// A report as the check leaves it: the checked <see cref="Report"/>, and its attribute values already in the slots
/// their kinds assign (dates as DateTime, as conditions read them). The check visits every value and looks up its
/// attribute anyway, so the engine need not look every name up a second time. Indexed as the engine walks a report:
/// its subjects, then its documents; each entry is kept with the subject or document (its owner) and the kind it was
/// made for, and used only for that same owner and kind. The engine keeps this beside the public report it hands
/// out (RulesKitEngine), never on it.
/// </summary>
internal sealed class CheckedReport(Report report, CheckedReport.Entry[] entries)
{
    /// <summary>The checked report.</summary>
    public Report Report { get; } = report;

    /// <summary>
    /// The kind and slots the check made for <paramref name="owner"/> at <paramref name="index"/>, or null when
    /// another subject stands there; <paramref name="reported"/> is null when it has no reported view.
    /// </summary>
    public SubjectKind? TryGet(int index, object owner, out object?[]? observed, out object?[]? reported)
    {
        if ((uint)index < (uint)entries.Length && entries[index] is var entry && ReferenceEquals(entry.Owner, owner))
        {
            (observed, reported) = (entry.Observed, entry.Reported);
            return entry.Kind;
        }
        (observed, reported) = (null, null);
        return null;
    }

    /// <summary>The slots made for <paramref name="owner"/>'s observed values at <paramref name="index"/> as <paramref name="kind"/>, or null.</summary>
    public object?[]? Observed(int index, object owner, SubjectKind kind) =>
        TryGet(index, owner, out var observed, out _) is { } checkedKind && ReferenceEquals(checkedKind, kind) ? observed : null;

    /// <summary>The slots made for <paramref name="owner"/>'s reported values at <paramref name="index"/> as <paramref name="kind"/>, or null.</summary>
    public object?[]? Reported(int index, object owner, SubjectKind kind) =>
        TryGet(index, owner, out _, out var reported) is { } checkedKind && ReferenceEquals(checkedKind, kind) ? reported : null;

    /// <summary>The value as a condition reads it: a date as DateTime (conditions compare it with the evaluation date).</summary>
    public static object AsRead(object value) => value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;

    /// <summary>One subject's or document's slots (reported: null when it has none), with the owner and kind they were made for.</summary>
    internal readonly record struct Entry(object Owner, SubjectKind Kind, object?[] Observed, object?[]? Reported);
}
