using System.CommandLine;
using RulesKit.Input;
using RulesKit.Inspections;
using RulesKit.Results;

namespace RulesKit.Cli;

public static partial class CommandLine
{
    internal sealed partial class Cli
    {
        private Command InspectCommand()
        {
            var record = new Argument<string>("record") { Description = "an inspection record (YAML or JSON): an agency, an enterprise, a city or county bureau" };
            var reports = ReportsOption();
            var catalogs = CatalogsOption();
            var extend = ExtendOption();
            var asOf = AsOfOption();
            var format = FormatOption();
            var command = new Command("inspect", "the points of the campaign's checklist found for one inspection record, with explanations")
            {
                record, reports, catalogs, extend, asOf, format,
            };
            command.SetAction(parse =>
            {
                var engine = Engine(parse.GetValue(catalogs), parse.GetValue(extend));
                var read = engine.ReadInspection(parse.GetValue(record)!);
                var evaluation = engine.Inspect(read, NamedReports(engine, read, parse.GetValue(reports) ?? []), parse.GetValue(asOf));
                WriteEvaluation(evaluation, parse.GetValue(format));
                return Ok;
            });
            return command;
        }

        private static Option<string[]> ReportsOption() => new("--reports")
        {
            Description = "report files or folders: the reports the record names are evaluated from them (their determinations feed the points that rest on them)",
            AllowMultipleArgumentsPerToken = true,
        };

        // Evaluates the reports the record names, found in the given files and folders; others are not read.
        private static List<ReportEvaluation> NamedReports(RulesKitEngine engine, InspectionRecord record, string[] paths)
        {
            var wanted = record.Reports.Select(r => r.Report).ToHashSet(StringComparer.Ordinal);
            var evaluations = new List<ReportEvaluation>();
            if (wanted.Count == 0)
                return evaluations;
            var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
                    ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)
                    : [p]);
            foreach (var file in files)
            {
                var node = DocumentReader.ReadFile(file);
                if (RulesKitEngine.IsInspectionRecord(node) || node is not MappingNode m || m["id"] is not ScalarNode { Value: var id } || !wanted.Contains(id))
                    continue;
                evaluations.Add(engine.Evaluate(engine.ReadReport(node)));
            }
            return evaluations;
        }
    }
}
