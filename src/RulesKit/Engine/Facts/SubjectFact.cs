using RulesKit.Engine.Conditions;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

/// <summary>
/// A checked subject or cited document with its two attribute views. In a session each kind is its own CLR
/// type (<see cref="SubjectFact{TKind}"/>, see <see cref="KindTypes"/>), so the Rete network routes a subject
/// straight to the items of its kind by type, on insert and on retract, instead of visiting every kind's test.
/// </summary>
internal abstract class SubjectFact
{
    public ReportFact Report { get; set; } = null!;
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Name { get; set; }
    public bool IsDocument { get; set; }
    public AttributeView Observed { get; set; } = null!;

    /// <summary>Null when the report does not mention the subject. Built on first use: most subjects are
    /// never compared, and a clean subject is never asked what the report said.</summary>
    public AttributeView? Reported
    {
        get
        {
            if (_reportedSource is { } source)
            {
                _reported = source();
                _reportedSource = null;
            }
            return _reported;
        }
        set => (_reported, _reportedSource) = (value, null);
    }

    private AttributeView? _reported;
    private Func<AttributeView>? _reportedSource;

    /// <summary>Gives the reported view lazily.</summary>
    public void ReportedFrom(Func<AttributeView> source) => (_reported, _reportedSource) = (null, source);

    public bool? ControlsApprovedByRegulator { get; set; }

    /// <summary>Evidence records that concern this subject, in report order.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence { get; set; } = [];
}

/// <summary>A subject of the kind that <typeparamref name="TKind"/> stands for.</summary>
internal sealed class SubjectFact<TKind> : SubjectFact;

/// <summary>A subject outside any session (why / why-not views).</summary>
internal sealed class PlainSubjectFact : SubjectFact;

/// <summary>
/// One CLR type per kind without emitting code: kind number n is the closed generic type whose ten type
/// arguments spell n in binary (<c>Tag&lt;I, O, …&gt;</c>), so up to 1,024 kinds get distinct types.
/// </summary>
internal static class KindTypes
{
    public const int Max = 1 << 10;

    public static Type SubjectType(int index)
    {
        if (index is < 0 or >= Max)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"at most {Max} kinds");
        var bits = new Type[10];
        for (var b = 0; b < bits.Length; b++)
            bits[b] = (index >> b & 1) == 1 ? typeof(I) : typeof(O);
        return typeof(SubjectFact<>).MakeGenericType(typeof(Tag<,,,,,,,,,>).MakeGenericType(bits));
    }

    // Marker types: never instantiated.
#pragma warning disable CA1812
    private sealed class O;

    private sealed class I;

    private sealed class Tag<T0, T1, T2, T3, T4, T5, T6, T7, T8, T9>;
#pragma warning restore CA1812
}
