using System.Collections.Immutable;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>GB 18218's arithmetic (4.1.2, 4.2.1, 4.3) over a unit's inventory.</summary>
internal static class MajorHazardIdentifier
{
    private const int Places = 4;

    /// <summary>
    /// Identifies and grades <paramref name="unit"/> with <paramref name="tables"/>; a substance that cannot be placed
    /// in Table 1 or Table 2 adds a located diagnostic to <paramref name="problems"/> and the result is null.
    /// </summary>
    public static MajorHazardIdentification? Identify(HazardousUnit unit, MajorHazardTables tables, List<Diagnostic> problems)
    {
        var terms = new List<SubstanceTerm>();
        var s = ExactRatio.Zero;
        var weighted = ExactRatio.Zero;
        var missing = new List<string>();
        foreach (var substance in unit.Substances)
        {
            if (Term(substance, tables, problems) is not { } placed)
                continue;
            var (term, ratio, betaRatio) = placed;
            terms.Add(term);
            s += ratio;
            if (betaRatio is { } b)
                weighted += b;
            else
                missing.Add(substance.Name);
        }
        if (problems.Count > 0)
            return null;

        var one = ExactRatio.Of(1);
        var isMajor = s >= one;
        decimal? alpha = null;
        int? least = null, most = null;
        if (unit.PeopleWithin500m is { } people)
        {
            var found = tables.Alpha.First(a => people >= a.Least);
            alpha = found.Alpha;
            var above = tables.Alpha.Where(a => a.Least > found.Least).Select(a => a.Least).DefaultIfEmpty(int.MaxValue).Min();
            (least, most) = (found.Least, above == int.MaxValue ? null : above - 1);
        }
        else
        {
            missing.Add("peopleWithin500m");
        }
        ExactRatio? r = missing.Count == 0 ? ExactRatio.Of(alpha!.Value) * weighted : null;
        int? grade = null;
        decimal? shortOfNext = null;
        if (isMajor && r is { } rr)
        {
            grade = tables.Grades.First(g => rr >= ExactRatio.Of(g.Least)).Grade;
            if (tables.Grades.FirstOrDefault(g => g.Grade == grade - 1) is { Grade: > 0 } higher)
                shortOfNext = (ExactRatio.Of(higher.Least) - rr).Round(Places);
        }
        return new MajorHazardIdentification
        {
            Unit = unit,
            Standard = tables.Catalog.Reference,
            Document = tables.Catalog.Document,
            Confidence = tables.Confidence,
            TableSource = tables.Catalog.Tables.First(t => t.Name == MajorHazardTables.Table1).Source,
            Terms = [.. terms],
            S = s.Round(Places),
            SExact = s.IsExactIn(Places),
            IsMajorHazard = isMajor,
            ShortOfIdentification = isMajor ? null : (one - s).Round(Places),
            Alpha = alpha,
            AlphaBandLeast = least,
            AlphaBandMost = most,
            R = r?.Round(Places),
            RExact = r?.IsExactIn(Places) ?? false,
            Grade = grade,
            ShortOfNextGrade = shortOfNext,
            MissingForGrade = [.. missing],
        };
    }

    /// <summary>
    /// What identifies a substance across two lists (what verification found, what the report lists): its Table 1 row
    /// where it has one, else its name.
    /// </summary>
    public static string Identity(UnitSubstance substance, MajorHazardTables tables)
    {
        return Term(substance, tables, [])?.Term.Table1Row is { } row ? $"#{row}" : substance.Name.Trim();
    }

    // Q by 4.1.2: Table 1 where the substance is named there, else the lowest of its categories' Table 2 thresholds.
    // β by 4.3: Table 3 where it names the substance, else Table 4 by its category. With the term, its q/Q and β·q/Q
    // exactly (β·q/Q null when β is unknown), which the sums need before any rounding.
    private static (SubstanceTerm Term, ExactRatio Ratio, ExactRatio? BetaRatio)? Term(UnitSubstance substance, MajorHazardTables tables, List<Diagnostic> problems)
    {
        var at = substance.Location;
        var what = $"substances[{substance.Name}]";
        var before = problems.Count;
        foreach (var category in substance.Categories.Where(c => !tables.Categories.ContainsKey(c)))
            problems.Add(at.Report(Messages.UnknownHazardCategory, what, category, string.Join(", ", tables.Categories.Keys)));

        MajorHazardTables.NamedRow? row = null;
        if (substance.Row is { } number)
        {
            row = tables.Named.FirstOrDefault(r => r.Row == number);
            if (row is null)
                problems.Add(at.Report(Messages.NoSuchTable1Row, what, number, tables.Named.Count));
        }
        var byName = tables.Named.FirstOrDefault(r => r.Names.Contains(substance.Name.Trim(), StringComparer.Ordinal));
        if (row is not null && byName is not null && byName != row)
            problems.Add(at.Report(Messages.Table1Disagrees, what, $"name {substance.Name}", byName.Row, $"row {row.Row}", row.Row));
        row ??= byName;
        if (substance.Cas is { Length: > 0 } cas)
        {
            var byCas = tables.Named.Where(r => r.Cas.Contains(cas, StringComparer.Ordinal)).ToList();
            if (row is not null && row.Cas.Count > 0 && !row.Cas.Contains(cas, StringComparer.Ordinal))
                problems.Add(at.Report(Messages.Table1Disagrees, what, $"CAS {cas}", byCas.FirstOrDefault()?.Row ?? 0, $"{substance.Name}", row.Row));
            else if (row is null && byCas.Count == 1 && !byCas[0].Conditional)
                row = byCas[0];
            else if (row is null && byCas.Count > 0 && substance.Categories.IsEmpty)
                problems.Add(at.Report(Messages.CasNeedsRow, what, cas, string.Join("；", byCas.Select(r => $"{r.Row} {r.Name}"))));
        }
        if (row is null && substance.Categories.IsEmpty && problems.Count == before)
            problems.Add(at.Report(Messages.SubstanceNotPlaced, what, substance.Name));
        if (problems.Count > before)
            return null;

        // The category that sets the threshold also gives β; where categories tie on it, the largest β (the standard
        // does not say which β a substance of several hazards takes: the project's reading, stated on the term).
        var setting = substance.Categories.OrderBy(c => tables.Categories[c]).ThenByDescending(c => tables.CategoryBeta.GetValueOrDefault(c)).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
        string? toxic = tables.ToxicBeta.ContainsKey(substance.Name.Trim()) ? substance.Name.Trim()
            : row is not null && tables.ToxicBeta.ContainsKey(row.BareName) ? row.BareName : null;
        decimal? beta = toxic is not null ? tables.ToxicBeta[toxic] : setting is not null ? tables.CategoryBeta[setting] : null;
        var threshold = row?.Threshold ?? tables.Categories[setting!];
        var ratio = ExactRatio.Of(substance.QuantityTonnes) / ExactRatio.Of(threshold);
        ExactRatio? betaRatio = beta is { } b ? ExactRatio.Of(b) * ratio : null;
        return (new SubstanceTerm
        {
            Substance = substance,
            Table1Row = row?.Row,
            Table1Name = row?.Name,
            ThresholdCategory = row is null ? setting : null,
            Threshold = threshold,
            Ratio = ratio.Round(Places),
            Beta = beta,
            BetaToxicName = toxic,
            BetaCategory = toxic is null ? setting : null,
            BetaByReading = toxic is null && substance.Categories.Length > 1,
            Weighted = betaRatio?.Round(Places),
        }, ratio, betaRatio);
    }
}
