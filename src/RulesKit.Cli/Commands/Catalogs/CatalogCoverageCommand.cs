using System.CommandLine;
using System.Globalization;
using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Cli.Commands.Catalogs;

/// <summary><c>ruleskit catalog coverage</c>: for every industry and period, which criteria the standards in force feed; exit 1 on an unexplained hole.</summary>
internal static class CatalogCoverageCommand
{
    public static Command Create(CliContext cli)
    {
        var from = CliOptions.Typed<DateOnly>("--from", cli.T("起始日（默认 2019-05-01：应急管理部令第1号施行）", "first day (default 2019-05-01: 应急管理部令第1号 in force)"),
            CliOptions.ParseDate, text => CliOptions.BadDate("--from", text), () => new DateOnly(2019, 5, 1));
        var to = CliOptions.Typed<DateOnly>("--to", cli.T("截止日（默认：今天）", "last day (default: today)"), CliOptions.ParseDate, text => CliOptions.BadDate("--to", text), () => DateOnly.FromDateTime(DateTime.Today));
        var list = new Option<string?>("--list") { Description = cli.T("只看这个认定目录", "only this determination list") };
        var catalogs = CliOptions.Catalogs(cli);
        var extend = CliOptions.Extend(cli);
        var command = new Command("coverage", cli.T("各行业各期间：施行的标准支撑哪些情形（有未说明的漏洞时退出码为 1）", "for every industry and period: which criteria the standards in force feed (exit 1 on an unexplained hole)"))
        {
            from, to, list, catalogs, extend,
        };
        command.SetAction(parse =>
        {
            var set = cli.Engine(parse.GetValue(catalogs), parse.GetValue(extend)).Catalogs;
            var (start, end) = (parse.GetValue(from), parse.GetValue(to).AddDays(1));
            if (end <= start)
                throw new UsageException("--to 必须不早于 --from", "--to must not be before --from");
            if (parse.GetValue(list) is { } id && !set.Catalogs.Any(c => c.Type == CatalogType.Determination && c.Id == id))
                throw new UsageException($"--list：未知的认定目录“{id}”", $"--list: unknown determination list '{id}'");
            var coverage = CatalogCoverage.Compute(set, start, end, parse.GetValue(list));
            cli.Output.Write(Coverage(coverage, cli.Language));
            return coverage.Holes.IsEmpty ? CommandLine.Ok : CommandLine.Failure;
        });
        return command;
    }

    private static string Coverage(CatalogCoverage coverage, Language language)
    {
        var zh = language == Language.Chinese;
        var w = new StringBuilder();
        w.AppendLine(zh
            ? "图例：O 官方文本条款支撑  T 仅转录文本条款支撑  R 仅凭记忆条款（至多存疑）  D 仅草稿  G 已知缺口  ✗ 无任何支撑（漏洞）  · 不适用"
            : "legend: O fed by official texts  T by transcriptions only  R by recalled texts only (at most suspected)  D drafts only  G known gap  ✗ fed by nothing (a hole)  · not applicable");
        foreach (var group in coverage.Periods.GroupBy(p => p.List.Id))
        {
            w.AppendLine();
            w.AppendLine(group.Key);
            var numbers = group.SelectMany(p => p.Criteria.Select(c => c.Number)).Distinct().Order().ToList();
            w.Append(CultureInfo.InvariantCulture, $"  {(zh ? "行业" : "industry"),-20}{(zh ? "期间" : "period"),-27}");
            w.AppendLine(string.Join(" ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture).PadLeft(2))));
            foreach (var p in group)
            {
                var period = $"{p.From:yyyy-MM-dd} – {p.To.AddDays(-1):yyyy-MM-dd}";
                w.Append(CultureInfo.InvariantCulture, $"  {p.Industry,-20}{period,-27}");
                w.AppendLine(string.Join(" ", numbers.Select(n => (p.Criteria.FirstOrDefault(c => c.Number == n) is { } c ? Mark(c) : " ").PadLeft(2))));
            }
        }
        var holes = coverage.Holes.ToList();
        var gaps = coverage.Periods.SelectMany(p => p.Criteria.Where(c => c.Gap is not null).Select(c => (p, c))).ToList();
        w.AppendLine();
        if (gaps.Count > 0)
        {
            w.AppendLine(zh ? "已知缺口（rules/known-gaps.yaml）：" : "known gaps (rules/known-gaps.yaml):");
            foreach (var (p, c) in gaps.DistinctBy(x => (x.p.List.Id, x.c.Number, x.p.Industry)))
                w.AppendLine($"  {p.List.Id} #{c.Number} {p.Industry}: {c.Gap!.Reason}");
        }
        w.AppendLine(zh ? $"漏洞：{holes.Count}" : $"holes: {holes.Count}");
        foreach (var hole in holes)
            w.AppendLine($"  {hole.Period.List.Id} #{hole.Criterion.Number} {hole.Period.Industry} {hole.Period.From:yyyy-MM-dd} – {hole.Period.To.AddDays(-1):yyyy-MM-dd}");
        return w.ToString();
    }

    private static string Mark(CriterionCoverage c) => c.Feed switch
    {
        FeedLevel.Official => "O",
        FeedLevel.Transcription => "T",
        FeedLevel.RecalledOnly => "R",
        FeedLevel.DraftOnly => "D",
        FeedLevel.NotApplicable => "·",
        _ => c.Gap is null ? "✗" : "G",
    };
}
