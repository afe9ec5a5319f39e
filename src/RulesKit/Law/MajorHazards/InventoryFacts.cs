using System.Collections.Immutable;
using RulesKit.Catalogs;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>
/// The facts a subject's inventory gives (GB 18218), put where the items read them: <c>major_hazard</c> and
/// <c>mhi_grade</c> computed from what verification found, replacing an entered grade; and the check subject whose
/// <c>substances_not_identified</c> counts the substances found that the report's hazard identification does not list.
/// (A grade entered without an inventory implies <c>major_hazard</c> in the report check itself.)
/// </summary>
internal static class InventoryFacts
{
    private const string MajorHazard = SubjectInventory.MajorHazardAttribute, Grade = SubjectInventory.GradeAttribute,
        NotIdentified = "substances_not_identified";

    /// <summary>Whether <paramref name="report"/> has an inventory to derive from.</summary>
    public static bool Needed(Report report, CatalogSet catalogs)
    {
        foreach (var s in report.Subjects)
            if (s.Inventory is not null && CanCarry(catalogs, s.Kind))
                return true;
        return false;
    }

    private static bool CanCarry(CatalogSet catalogs, string kind) =>
        catalogs.Kinds.TryGetValue(kind, out var k) && SubjectInventory.CanCarry(k);

    /// <summary>
    /// <paramref name="report"/> with the derived facts in its subjects' views. A substance that cannot be placed in
    /// Table 1 or 2 is a located error; on a day no GB 18218 tables are in force the inventory gives nothing and an
    /// entered grade is used as entered.
    /// </summary>
    /// <exception cref="RulesKitInputException">A substance of an inventory cannot be placed.</exception>
    public static Report Derive(Report report, CatalogSet catalogs)
    {
        var tables = MajorHazardTables.InForce(catalogs, report.EvaluationDate);
        var problems = new List<Diagnostic>();
        var subjects = new List<CheckedSubject>(report.Subjects.Count);
        var checks = new List<CheckedSubject>();
        foreach (var s in report.Subjects)
        {
            if (tables is null || s.Inventory is not { Observed: { } found } inventory || !CanCarry(catalogs, s.Kind)
                || MajorHazardIdentifier.Identify(Unit(s, inventory, found, report), tables, problems) is not { } m)
            {
                subjects.Add(s);
                continue;
            }
            // The computation replaces an entered grade: a unit that is not a 重大危险源 has none, and one whose grade
            // cannot be computed (β or the people unknown) has an unknown one.
            var observed = new Dictionary<string, object>(s.Observed, StringComparer.Ordinal) { [MajorHazard] = m.IsMajorHazard };
            observed.Remove(Grade);
            if (m.Grade is { } grade)
                observed[Grade] = (decimal)grade;
            subjects.Add(s with { Observed = observed });
            // The check of the report's identification against what is on site is a subject of its own: it exists where
            // an inventory was recorded, and is open until the report's list is recorded too.
            if (catalogs.Kinds.ContainsKey(SubjectInventory.CheckKind))
                checks.Add(new CheckedSubject
                {
                    Id = s.Id + "/inventory",
                    Kind = SubjectInventory.CheckKind,
                    Name = (s.Name ?? s.Id) + "（存量）",
                    Observed = inventory.Reported is { } listed
                        ? new Dictionary<string, object> { [NotIdentified] = (decimal)NotListed(found, listed, tables).Length }
                        : new Dictionary<string, object>(),
                    Reported = new Dictionary<string, object>(),
                });
        }
        if (problems.Count > 0)
            throw new RulesKitInputException(problems);
        return report with { Subjects = [.. subjects, .. checks] };
    }

    /// <summary>
    /// Where each graded subject's grade comes from, by subject id: computed from the inventory verification recorded
    /// (on the report's evaluation date), or entered without one.
    /// </summary>
    public static ImmutableArray<SubjectMajorHazard> Identify(Report report, CatalogSet catalogs)
    {
        List<SubjectMajorHazard>? found = null;
        MajorHazardTables? tables = null;
        foreach (var s in report.Subjects)
        {
            SubjectMajorHazard? entry = null;
            if (s.Inventory?.Observed is { } substances && (tables ??= MajorHazardTables.InForce(catalogs, report.EvaluationDate)) is { } inForce
                && MajorHazardIdentifier.Identify(Unit(s, s.Inventory, substances, report), inForce, []) is { } m)
                entry = new SubjectMajorHazard
                {
                    Subject = s.Id,
                    Identification = m,
                    LeftOut = s.Inventory.Reported is { } listed ? NotListed(substances, listed, inForce) : null,
                };
            else if (s.Observed.TryGetValue(Grade, out var entered) && entered is decimal grade)
                entry = new SubjectMajorHazard { Subject = s.Id, EnteredGrade = grade };
            if (entry is not null)
                (found ??= []).Add(entry);
        }
        // By subject id, so that the order the subjects were written in changes nothing.
        return found is null ? [] : [.. found.OrderBy(f => f.Subject, StringComparer.Ordinal)];
    }

    // The substances found that the report's list does not name (by Table 1 row, else by name).
    private static ImmutableArray<string> NotListed(ImmutableArray<UnitSubstance> found, ImmutableArray<UnitSubstance> listed, MajorHazardTables tables)
    {
        var named = listed.Select(x => MajorHazardIdentifier.Identity(x, tables)).ToHashSet(StringComparer.Ordinal);
        return [.. found.Where(x => !named.Contains(MajorHazardIdentifier.Identity(x, tables))).Select(x => x.Name)];
    }

    private static HazardousUnit Unit(CheckedSubject s, SubjectInventory inventory, ImmutableArray<UnitSubstance> substances, Report report) => new()
    {
        Name = s.Name ?? s.Id,
        Type = inventory.Type,
        PeopleWithin500m = inventory.PeopleWithin500m,
        Substances = substances,
        Source = report.Source ?? report.Id,
    };
}
