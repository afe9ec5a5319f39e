using RulesKit.Reports;
using RulesKit.Law;

namespace RulesKit.Engine.Facts;

/// <summary>
/// A checked subject or cited document with its two attribute views. Each kind's item rules have a network of
/// their own (CompiledRuleSet.Sessions), so one fact type serves every kind.
/// </summary>
internal sealed class SubjectFact
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

    /// <summary>Neither a reported view nor "not in the report" was recorded: the report's silence is assumed.</summary>
    public bool SilenceAssumed { get; set; }

    /// <summary>Evidence records that concern this subject, in report order.</summary>
    public IReadOnlyList<EvidenceRecord> Evidence { get; set; } = [];
}
