using System.Globalization;
using System.Net;
using System.Text;
using RulesKit.Campaign.Tables;

namespace RulesKit.Campaign.Ledger;

/// <summary>
/// A submission as one self-contained HTML page (no external assets): the tables, and bar charts of verdicts
/// and findings by county, agency, criterion and industry, and the cumulative trend over the reporting days,
/// drawn as inline SVG. The same submission gives the same bytes.
/// </summary>
public static class CampaignHtml
{
    /// <summary>The page for <paramref name="submission"/>.</summary>
    public static string Render(CampaignSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var w = new StringBuilder();
        var title = $"{submission.Unit.Unit} 专项整治汇总（截止 {submission.CutOff:yyyy-MM-dd}）";
        w.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n")
            .Append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;margin:2em;color:#222}h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}")
            .Append("table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #999;padding:.3em .6em;font-size:.9em;vertical-align:top}th{background:#eee}")
            .Append("td.n{text-align:right}.note{color:#555;font-size:.85em}nav a{margin-right:1em}svg text{font-size:12px}.bar0{fill:#c0392b}.bar1{fill:#e67e22}.bar2{fill:#2980b9}")
            .Append(".partial{border:3px solid #c0392b;background:#fdecea;padding:.8em 1em;font-weight:bold}")
            .Append(".doubtful{border:3px solid #e67e22;background:#fef5e7;padding:.8em 1em;font-weight:bold}")
            .Append("\n</style>\n</head>\n<body>\n");
        // A submission with failed inputs, or with data that looks wrong, says so before anything else, as every table
        // does: its tables leave failed inputs out, and a slip (a check date of 2031) drops a report from every count.
        if (!submission.PartialWarning.IsEmpty)
        {
            w.Append("<div class=\"").Append(submission.Failures.IsEmpty ? "doubtful" : "partial").Append("\" id=\"partial\" role=\"alert\">");
            foreach (var line in submission.PartialWarning)
                w.Append(E(line));
            w.Append("<ul>");
            foreach (var problem in submission.Failures.Concat(submission.Warnings))
                w.Append("<li>").Append(E($"{(problem.Line > 0 ? $"{problem.Source}:{problem.Line}:{problem.Column}" : problem.Source)} {problem.Code} {problem.Format(Language.Chinese)}")).Append("</li>");
            w.Append("</ul></div>\n");
        }
        w.Append("<h1>").Append(E(title)).Append("</h1>\n<nav id=\"toc\"></nav>\n");

        foreach (var (name, table) in submission.Tables())
            WriteTable(w, name, table);

        w.Append("<h2 id=\"charts\">图表</h2>\n");
        Bars(w, "by-county", "各区县判定结果（报告数）", submission.VerdictsByCounty.Select(x => (x.Key, new[] { x.False, x.Inaccurate, x.MajorOmission })), ["虚假", "失实", "重大疏漏"]);
        Bars(w, "by-industry", "各行业判定结果（报告数）", submission.VerdictsByIndustry.Select(x => (x.Key, new[] { x.False, x.Inaccurate, x.MajorOmission })), ["虚假", "失实", "重大疏漏"]);
        Bars(w, "by-agency", "各评价机构发现问题（项）", submission.FindingsByAgency.Select(x => (x.Agency, new[] { x.Major, x.General })), ["重大违法行为", "一般违法行为"]);
        Bars(w, "by-criterion", "附件4各情形成立次数（报告数）", submission.Annex4Criteria.Select(x => ($"情形{x.Criterion}", new[] { x.Reports })), ["成立"]);
        var trend = submission.Trend;
        Bars(w, "trend", "累计趋势（各报送日）", trend.Select(t => (t.Day.ToString("MM-dd", CultureInfo.InvariantCulture),
            new[] { (int)t.Counts[2], (int)t.Counts[1], (int)t.Counts[4] })), ["重大违法行为", "一般违法行为", "行政处罚"]);

        // The only script: a table of contents from the headings (the page reads without it).
        w.Append("<script>\n(function(){var n=document.getElementById('toc');document.querySelectorAll('h2[id]').forEach(function(h){var a=document.createElement('a');a.href='#'+h.id;a.textContent=h.textContent;n.appendChild(a);});})();\n</script>\n");
        w.Append("</body>\n</html>\n");
        return w.ToString();
    }

    private static void WriteTable(StringBuilder w, string id, Table table)
    {
        w.Append("<h2 id=\"").Append(id).Append("\">").Append(E(table.Title)).Append("</h2>\n");
        foreach (var note in table.Notes)
            w.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        w.Append("<table id=\"table-").Append(id).Append("\">\n<thead><tr>");
        foreach (var c in table.Columns)
            w.Append("<th>").Append(E(c)).Append("</th>");
        w.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            w.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var numeric = decimal.TryParse(row[i], NumberStyles.Number, CultureInfo.InvariantCulture, out _);
                w.Append("<td data-col=\"").Append(i).Append('"').Append(numeric ? " class=\"n\"" : "").Append('>').Append(E(row[i])).Append("</td>");
            }
            w.Append("</tr>\n");
        }
        w.Append("</tbody>\n</table>\n");
        foreach (var line in table.Footer)
            w.Append("<p class=\"note\">").Append(E(line)).Append("</p>\n");
    }

    // A grouped horizontal bar chart; every bar carries its value as text and as data-value.
    private static void Bars(StringBuilder w, string id, string title, IEnumerable<(string Label, int[] Values)> data, string[] series)
    {
        var rows = data.ToList();
        w.Append("<h3>").Append(E(title)).Append("</h3>\n");
        if (rows.Count == 0)
        {
            w.Append("<p class=\"note\" id=\"chart-").Append(id).Append("\">无数据</p>\n");
            return;
        }
        var max = Math.Max(1, rows.Max(r => r.Values.DefaultIfEmpty(0).Max()));
        const int labelWidth = 220, barWidth = 420, barHeight = 14;
        var groupHeight = barHeight * series.Length + 8;
        var height = rows.Count * groupHeight + 30;
        w.Append("<svg id=\"chart-").Append(id).Append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(labelWidth + barWidth + 60)
            .Append("\" height=\"").Append(height).Append("\" role=\"img\" aria-label=\"").Append(E(title)).Append("\">\n");
        for (var s = 0; s < series.Length; s++)
            w.Append("<rect class=\"bar").Append(s % 3).Append("\" x=\"").Append(labelWidth + s * 120).Append("\" y=\"2\" width=\"10\" height=\"10\"/><text x=\"")
                .Append(labelWidth + s * 120 + 14).Append("\" y=\"11\">").Append(E(series[s])).Append("</text>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var top = 24 + r * groupHeight;
            w.Append("<text x=\"0\" y=\"").Append(top + barHeight).Append("\">").Append(E(rows[r].Label)).Append("</text>\n");
            for (var s = 0; s < series.Length && s < rows[r].Values.Length; s++)
            {
                var value = rows[r].Values[s];
                var length = (int)Math.Round(barWidth * (double)value / max);
                var y = top + s * barHeight;
                w.Append("<rect class=\"bar").Append(s % 3).Append("\" data-label=\"").Append(E(rows[r].Label)).Append("\" data-series=\"").Append(E(series[s]))
                    .Append("\" data-value=\"").Append(value).Append("\" x=\"").Append(labelWidth).Append("\" y=\"").Append(y).Append("\" width=\"").Append(length)
                    .Append("\" height=\"").Append(barHeight - 2).Append("\"/><text x=\"").Append(labelWidth + length + 4).Append("\" y=\"").Append(y + barHeight - 3)
                    .Append("\">").Append(value).Append("</text>\n");
            }
        }
        w.Append("</svg>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
