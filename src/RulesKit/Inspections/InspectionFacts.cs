using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Inspections;

/// <summary>
/// An inspection record as the engine judges it: its party where a report has its industry, its subjects, and one
/// subject of kind <see cref="ReportKind"/> (declared by the conduct catalogs) for each report it names, with what the
/// lists judged that report (<see cref="ReportFinding"/>). The points that rest on reports — an agency's 虚假 and
/// 重大疏漏 reports, an enterprise's approvals obtained with a false report — are items on those subjects.
/// </summary>
internal static class InspectionFacts
{
    /// <summary>The kind of the subjects that stand for the reports a record names.</summary>
    public const string ReportKind = "checked_report";

    /// <summary>
    /// The checked <paramref name="record"/> in the engine's shape, and a diagnostic (RK5007) for each named report
    /// without a finding in <paramref name="findings"/>: its subject then records only what the record says of it.
    /// </summary>
    public static (Report Shape, List<Diagnostic> Unevaluated) Shape(InspectionRecord record, IReadOnlyDictionary<string, ReportFinding> findings, CatalogSet catalogs)
    {
        var source = record.Source ?? $"inspection record {record.Id}";
        var subjects = new List<CheckedSubject>(record.Subjects);
        var unevaluated = new List<Diagnostic>();
        foreach (var named in record.Reports)
        {
            var values = new Dictionary<string, object>(StringComparer.Ordinal) { ["relied_on_for"] = named.ReliedOnFor ?? "none" };
            if (named.KnewFalse is { } knew)
                values["knew_false"] = knew;
            if (findings.TryGetValue(named.Report, out var f))
            {
                values["judged_false"] = f.JudgedFalse;
                values["judged_inaccurate"] = f.JudgedInaccurate;
                values["judged_major_omission"] = f.JudgedMajorOmission;
            }
            else
            {
                unevaluated.Add(Messages.ReportNotEvaluated.At(source, 0, 0, named.Report));
            }
            if (catalogs.Kinds.ContainsKey(ReportKind))
                subjects.Add(new CheckedSubject { Id = "report:" + named.Report, Kind = ReportKind, Name = named.Report, Observed = values });
        }
        return (InspectionReader.AsReport(record, subjects), unevaluated);
    }

    /// <summary>The categories fed by items on the subjects that stand for named reports, among <paramref name="inForce"/>.</summary>
    public static HashSet<string> ReportCategories(IEnumerable<Catalog> inForce) =>
        [.. inForce.SelectMany(c => c.Items).Where(i => i.Kind == ReportKind).SelectMany(i => i.Categories)];
}
