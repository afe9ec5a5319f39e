using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesKit.Law;
using RulesKit.Reports;

namespace RulesKit.Explanation;

/// <summary>
/// Writes a GB 18218 identification with its arithmetic: every term q/Q with its table row, β and where it came from,
/// α and its band, S and R, the grade, and how far S is from 1 and R from the next grade.
/// </summary>
public static class MajorHazardWriter
{
    /// <summary>As JSON, in RulesKit's conventions.</summary>
    public static string ToJson(MajorHazardIdentification identification) => JsonSerializer.Serialize(identification, RulesKitJson.Options);

    /// <summary>As plain text (Chinese by default).</summary>
    public static string ToText(MajorHazardIdentification identification, Language language = Language.Chinese) => Write(identification, language, markdown: false);

    /// <summary>The identification as a print-ready HTML page (the Markdown of <see cref="ToMarkdown"/>, rendered escaped).</summary>
    public static string ToHtml(MajorHazardIdentification identification, Language language = Language.Chinese)
    {
        ArgumentNullException.ThrowIfNull(identification);
        return MarkdownHtml.Render(ToMarkdown(identification, language), language == Language.Chinese ? "重大危险源辨识" : "major hazard identification", language);
    }

    /// <summary>As Markdown, for a case file.</summary>
    public static string ToMarkdown(MajorHazardIdentification identification, Language language = Language.Chinese) => Write(identification, language, markdown: true);

    /// <summary>A subject's identification inside a report's explanation: whose it is, the arithmetic, and what the report's list leaves out.</summary>
    internal static string Section(SubjectMajorHazard subject, Language language, bool markdown)
    {
        var zh = language == Language.Chinese;
        if (subject.Identification is not { } identification)
            return zh ? $"对象 {subject.Subject}：重大危险源级别 {N(subject.EnteredGrade ?? 0)} 为核查录入值（未记录存量，未经 GB 18218 计算）\n"
                : $"Subject {subject.Subject}: major-hazard grade {N(subject.EnteredGrade ?? 0)} as entered by verification (no inventory recorded, not computed by GB 18218)\n";
        var text = Write(identification, language, markdown, "## ");
        var head = (zh ? $"对象 {subject.Subject}：重大危险源辨识由核查所见的存量计算（结果取代录入的级别）\n" : $"Subject {subject.Subject}: computed from the inventory verification recorded; the result replaces an entered grade.\n");
        var tail = subject.LeftOut is not { } leftOut ? (zh ? "报告危险有害因素辨识所列物质：未记录\n" : "Substances the report's hazard identification lists: not recorded\n")
            : leftOut.IsEmpty ? (zh ? "报告危险有害因素辨识已列出核查所见的全部危险化学品\n" : "The report's hazard identification lists every hazardous chemical found\n")
            : (zh ? $"现场存在而报告危险有害因素辨识未列出：{string.Join("、", leftOut)}\n" : $"Found on site but not in the report's hazard identification: {string.Join(", ", leftOut)}\n");
        return markdown ? head + "\n" + text + "\n" + tail : head + text + tail;
    }

    private static string Write(MajorHazardIdentification m, Language language, bool markdown, string heading = "# ")
    {
        ArgumentNullException.ThrowIfNull(m);
        var zh = language == Language.Chinese;
        string T(string chinese, string english) => zh ? chinese : english;
        var texts = Texts.For(language);
        var w = new StringBuilder();
        var unitType = m.Unit.Type == HazardousUnitType.Storage ? T("储存单元", "storage unit") : T("生产单元", "production unit");
        w.Append(markdown ? heading : "").Append(T("危险化学品重大危险源辨识：", "Major hazard identification: ")).Append(m.Unit.Name).Append(T("（", " (")).Append(unitType).Append(T("）\n", ")\n"));
        if (markdown)
            w.Append('\n');
        w.Append(T("依据：", "Basis: ")).Append(m.Document).Append(' ').Append(m.Standard.Key).Append(T("（表值：", " (table values: ")).Append(texts[m.Confidence]).Append(T("）\n", ")\n"));
        if (markdown)
        {
            w.Append('\n').Append(T("| 物质 | 数量 q（t） | 临界量 Q（t） | Q 的来源 | q/Q | β | β 的来源 | β·q/Q |", "| substance | q (t) | Q (t) | Q from | q/Q | β | β from | β·q/Q |")).Append('\n');
            w.Append("| --- | ---: | ---: | --- | ---: | ---: | --- | ---: |\n");
        }
        foreach (var t in m.Terms)
        {
            var beta = t.Beta is { } b ? N(b) : T("未知", "unknown");
            var betaFrom = t.BetaToxicName is { } toxic ? T($"表3 {toxic}", $"Table 3 {toxic}")
                : t.BetaCategory is { } category ? T($"表4 {category}", $"Table 4 {category}") : T("缺少危险性类别（表4）", "no hazard category (Table 4)");
            var thresholdFrom = t.Table1Row is { } row ? T($"表1 第{row}行 {t.Table1Name}", $"Table 1 row {row} {t.Table1Name}") : T($"表2 {t.ThresholdCategory}", $"Table 2 {t.ThresholdCategory}");
            var weighted = t.Weighted is { } x ? N(x) : "—";
            if (markdown)
                w.Append($"| {t.Substance.Name} | {N(t.Substance.QuantityTonnes)} | {N(t.Threshold)} | {thresholdFrom} | {N(t.Ratio)} | {beta} | {betaFrom} | {weighted} |\n");
            else
                w.Append(zh
                    ? $"  {t.Substance.Name}：q = {N(t.Substance.QuantityTonnes)} t，Q = {N(t.Threshold)} t（{thresholdFrom}），q/Q = {N(t.Ratio)}；β = {beta}（{betaFrom}），β·q/Q = {weighted}\n"
                    : $"  {t.Substance.Name}: q = {N(t.Substance.QuantityTonnes)} t, Q = {N(t.Threshold)} t ({thresholdFrom}), q/Q = {N(t.Ratio)}; β = {beta} ({betaFrom}), β·q/Q = {weighted}\n");
        }
        foreach (var t in m.Terms.Where(t => t.BetaByReading))
            w.Append(markdown ? "\n" : "  ").Append(t.Substance.Name).Append(T("：多种危险性，β 取设定临界量的类别的表4值（并列时取最大）——标准未明示，本项目的解读",
                ": several hazards; β is Table 4's for the category that sets the threshold (the largest where several tie) — the standard does not say: the project's reading")).Append('\n');
        if (markdown)
            w.Append('\n');

        var s = (m.SExact ? "S = " : "S ≈ ") + N(m.S);
        w.Append(T("辨识指标 ", "Identification index ")).Append(s).Append(" = Σ q/Q");
        w.Append(m.IsMajorHazard
            ? T(" ≥ 1：构成重大危险源（4.2.1）\n", " ≥ 1: a major hazard installation (4.2.1)\n")
            : T($" < 1：不构成重大危险源（4.2.1），距 1 还差 {N(m.ShortOfIdentification!.Value)}\n", $" < 1: not a major hazard installation (4.2.1), {N(m.ShortOfIdentification!.Value)} short of 1\n"));
        if (markdown)
            w.Append('\n');
        if (m.Alpha is { } alpha)
            w.Append(T("暴露人员校正系数 α = ", "Exposure correction α = ")).Append(N(alpha)).Append(T("（厂区边界外 500 m 内常住人口 ", " (people living within 500 m of the boundary: ")).Append(People(m, zh)).Append(T("）\n", ")\n"));
        if (markdown && m.Alpha is not null)
            w.Append('\n');
        if (m.R is { } r)
        {
            w.Append(T("分级指标 ", "Grading index ")).Append(m.RExact ? "R = " : "R ≈ ").Append(N(r)).Append(" = α·Σ β·q/Q\n");
            if (markdown)
                w.Append('\n');
            if (m.Grade is { } grade)
            {
                w.Append(T("级别：", "Grade: ")).Append(zh ? MajorHazardIdentification.GradeName(grade) : $"{grade} ({MajorHazardIdentification.GradeName(grade)})").Append(T("（表6）", " (Table 6)"));
                if (m.ShortOfNextGrade is { } gap)
                    w.Append(T($"；距{MajorHazardIdentification.GradeName(grade - 1)}还差 {N(gap)}", $"; {N(gap)} short of grade {grade - 1}"));
                w.Append('\n');
            }
            else
            {
                w.Append(T("不构成重大危险源，不分级\n", "not a major hazard installation: no grade\n"));
            }
        }
        else
        {
            w.Append(T("分级指标 R 无法计算，缺少：", "Grading index R cannot be computed; missing: ")).Append(string.Join(T("、", ", "), m.MissingForGrade.Select(x => x == "peopleWithin500m" ? T("厂区边界外 500 m 内常住人口（peopleWithin500m）", "people within 500 m (peopleWithin500m)") : T($"{x} 的危险性类别（表4 的 β）", $"{x}'s hazard category (β of Table 4)")))).Append('\n');
        }
        if (markdown)
            w.Append('\n');
        w.Append(T("表值来源：", "Table values seen in: ")).Append(m.TableSource).Append('\n');
        return w.ToString();
    }

    // The people recorded and Table 5's band: "60人（50–99人）", "60 (band 50–99)".
    private static string People(MajorHazardIdentification m, bool zh)
    {
        var people = m.Unit.PeopleWithin500m!.Value;
        var (least, most) = (m.AlphaBandLeast!.Value, m.AlphaBandMost);
        var band = most is null ? (zh ? $"{least}人以上" : $"{least} or more") : most == least ? (zh ? $"{least}人" : $"{least}") : (zh ? $"{least}–{most}人" : $"{least}–{most}");
        return zh ? $"{people}人，表5：{band}" : $"{people}, Table 5 band: {band}";
    }

    // Figures as the standard prints them: no trailing zeros, invariant digits.
    private static string N(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
