using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit;

/// <summary>One checked input that may be a report or an inspection record (a line of a mixed JSON Lines batch): exactly one of the two is set.</summary>
public sealed class ReportOrRecord
{
    private ReportOrRecord(Report? report, InspectionRecord? record) => (Report, Record) = (report, record);

    /// <summary>The report, when the input is one.</summary>
    public Report? Report { get; }

    /// <summary>The inspection record, when the input is one.</summary>
    public InspectionRecord? Record { get; }

    /// <summary>An input that is a report.</summary>
    public static ReportOrRecord Of(Report report) => new(report ?? throw new ArgumentNullException(nameof(report)), null);

    /// <summary>An input that is an inspection record.</summary>
    public static ReportOrRecord Of(InspectionRecord record) => new(null, record ?? throw new ArgumentNullException(nameof(record)));
}
