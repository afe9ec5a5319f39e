using System.CommandLine;
using RulesKit.Input;
using RulesKit.Explanation;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal enum OutputFormat { Text, Json, Markdown }

    internal sealed partial class Cli
    {
        private Command EvaluateCommand()
        {
            var report = new Argument<string>("report") { Description = "a report file (YAML or JSON)" };
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var asOf = AsOfOption();
            var format = FormatOption();
            var command = new Command("evaluate", "verdicts with explanations for one report") { report, catalogs, extend, asOf, format };
            command.SetAction(parse =>
            {
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                var evaluation = engine.Evaluate(engine.ReadReport(parse.GetValue(report)!), parse.GetValue(asOf));
                WriteEvaluation(evaluation, parse.GetValue(format));
                return Ok;
            });
            return command;
        }

        private Command ExplainCommand()
        {
            var report = new Argument<string>("report") { Description = "a report file (YAML or JSON)" };
            var criterion = Typed<int>("--criterion", "a criterion number: why it was or was not met",
                text => int.TryParse(text, out var n) && n > 0 ? n : null,
                text => new UsageException($"--criterion：应为正整数，实际是“{text}”", $"--criterion: expected a whole number above 0, found '{text}'"));
            var list = new Option<string?>("--list") { Description = "with --criterion: only this determination list" };
            var item = new Option<string?>("--item") { Description = "an item, ITEM or CATALOG/ITEM: its test on every subject of its kind" };
            var asOf = AsOfOption();
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var reports = ReportsOption();
            var command = new Command("explain", "why a criterion (or an inspection point) or an item did or did not apply") { report, criterion, list, item, asOf, catalogs, extend, reports };
            command.SetAction(parse =>
            {
                var (number, id) = (parse.GetValue(criterion), parse.GetValue(item));
                if (number is null == id is null)
                    throw new UsageException("explain：--criterion N 与 --item ID 须且只须给出一个", "explain: give exactly one of --criterion N or --item ID");
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                var language = Language;
                var document = DocumentReader.ReadFile(parse.GetValue(report)!);
                if (RulesKitEngine.IsInspectionRecord(document))
                {
                    if (number is null)
                        throw new UsageException("explain：检查记录只能用 --criterion N 解释检查要点", "explain: for an inspection record, give --criterion N (a checklist point)");
                    var record = engine.ReadInspection(document);
                    Output.Write(ExplanationWriter.ToText(engine.ExplainCriterion(record, number.Value, parse.GetValue(list),
                        NamedReports(engine, record, parse.GetValue(reports) ?? []), parse.GetValue(asOf)), language));
                    return Ok;
                }
                var read = engine.ReadReport(document);
                Output.Write(number is { } n
                    ? ExplanationWriter.ToText(engine.ExplainCriterion(read, n, parse.GetValue(list), parse.GetValue(asOf)), language)
                    : ExplanationWriter.ToText(engine.ExplainItem(read, id!, parse.GetValue(asOf)), language));
                return Ok;
            });
            return command;
        }
    }
}
