using System.Globalization;
using System.Text;
using RE = RulesEngine;
using RulesEngine.Models;
using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Law;

namespace RulesKit.Benchmarks.Baselines;

/// <summary>
/// Microsoft RulesEngine 6.0.1 at its fastest setting (UseFastExpressionCompiler), given the same condition
/// items translated to its expression language, one workflow per catalog combination and kind.
/// </summary>
internal sealed partial class RulesEnginePeer
{
    private readonly Workload _workload;
    private readonly RE.RulesEngine _engine;
    private readonly Dictionary<(IReadOnlyList<Catalog>, string), string> _setNames = new();
    private readonly HashSet<string> _workflows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int[]> _reads = new(StringComparer.Ordinal);

    public RulesEnginePeer(Workload workload)
    {
        _workload = workload;
        var workflows = new List<Workflow>();
        foreach (var (catalogs, industry) in workload.Prepared.Select(p => (p.Catalogs, p.Industry)).Distinct())
        {
            var setName = $"set{_setNames.Count}";
            _setNames[(catalogs, industry)] = setName;
            foreach (var (kind, items) in workload.ItemsByKind(catalogs, industry))
            {
                var schema = workload.Engine.Catalogs.Kinds[kind];
                var name = $"{setName}|{kind}";
                _workflows.Add(name);
                workflows.Add(new Workflow
                {
                    WorkflowName = name,
                    Rules = items.Select(i => { _reads[i.Name] = [.. i.Condition!.Reads.Select(r => r.Slot)]; return i; }).Select(i => new Rule
                    {
                        RuleName = i.Name,
                        RuleExpressionType = RuleExpressionType.LambdaExpression,
                        Expression = Translate(i, schema),
                    }).ToList(),
                });
            }
        }
        foreach (var table in workload.Engine.Catalogs.Catalogs.SelectMany(c => c.Tables))
            F.Tables[table.Name] = table;
        _engine = new RE.RulesEngine(workflows.ToArray(), new ReSettings { CustomTypes = [typeof(F)], UseFastExpressionCompiler = true });
    }

    public Findings Findings(int from, int to)
    {
        var findings = new Findings();
        for (var r = from; r < to; r++)
        {
            var (catalogs, industry, subjects) = _workload.Prepared[r];
            var setName = _setNames[(catalogs, industry)];
            foreach (var subject in subjects)
            {
                var workflow = $"{setName}|{subject.Kind}";
                if (!_workflows.Contains(workflow))
                    continue;
                var kind = _workload.Engine.Catalogs.Kinds[subject.Kind];
                var results = _engine.ExecuteAllRulesAsync(workflow, new RuleParameter("input1", new SubjectInput(kind, subject.Observed))).GetAwaiter().GetResult();
                var violated = results.Where(x => x.IsSuccess).Select(x => x.Rule.RuleName).ToList();
                if (violated.Count == 0)
                    continue;
                // The disclosure: the same rules on what the report said (absent view or attribute: omitted).
                if (subject.Reported is not { } reported)
                {
                    findings.Omitted += violated.Count;
                    continue;
                }
                var onReported = _engine.ExecuteAllRulesAsync(workflow, new RuleParameter("input1", new SubjectInput(kind, reported))).GetAwaiter().GetResult()
                    .ToDictionary(x => x.Rule.RuleName, x => x.IsSuccess, StringComparer.Ordinal);
                foreach (var rule in violated)
                {
                    if (_reads[rule].Any(slot => reported.Values[slot] is null))
                        findings.Omitted++;
                    else if (onReported[rule])
                        findings.Disclosed++;
                    else
                        findings.Misstated++;
                }
            }
        }
        return findings;
    }

    /// <summary>Attributes become typed accessors guarded by presence; functions and tables go through <see cref="F"/>.</summary>
    private static string Translate(CompiledItem item, SubjectKind kind)
    {
        var text = item.Condition!.Text;
        var tables = item.Catalog.Tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var output = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                output.Append(text, i, end - i + 1);
                i = end + 1;
                continue;
            }
            if (char.IsLetter(text[i]) || text[i] == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                    i++;
                var word = text[start..i];
                var isCall = i < text.Length && text[i] == '(';
                if (isCall && tables.Contains(word))
                    output.Append("F.T(\"").Append(word).Append("\", ");
                else if (isCall)
                    output.Append("F.").Append(word);
                else if (word == "evaluation_date")
                    output.Append("input1.EvaluationDate");
                else if (kind.Find(word) is { } attribute)
                    output.Append(attribute.Type switch
                    {
                        AttributeType.Number => $"input1.Num(\"{word}\")",
                        AttributeType.Boolean => $"input1.Bool(\"{word}\")",
                        AttributeType.Date => $"input1.Date(\"{word}\")",
                        _ => $"input1.Text(\"{word}\")",
                    });
                else
                    output.Append(word);
                if (isCall && tables.Contains(word))
                    i++; // the '(' is already written
                continue;
            }
            if (char.IsDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.'))
                    i++;
                output.Append(text, start, i - start).Append('m'); // decimal literals, as RulesKit reads them
                continue;
            }
            output.Append(text[i++]);
        }
        var guards = item.Condition.Reads.Select(r => $"input1.Has(\"{r.Name}\")");
        return string.Join(" && ", guards.Append($"({output})"));
    }

    /// <summary>The input RulesEngine sees: typed accessors over one attribute view.</summary>
    public sealed class SubjectInput(SubjectKind kind, AttributeView view)
    {
        public DateTime EvaluationDate => view.EvaluationDate;
        public bool Has(string name) => view.Values[kind.Find(name)!.Slot] is not null;
        public decimal Num(string name) => (decimal)view.Values[kind.Find(name)!.Slot]!;
        public bool Bool(string name) => (bool)view.Values[kind.Find(name)!.Slot]!;
        public string Text(string name) => (string)view.Values[kind.Find(name)!.Slot]!;
        public DateTime Date(string name) => (DateTime)view.Values[kind.Find(name)!.Slot]!;
    }

    /// <summary>The condition functions and lookup tables, reachable from RulesEngine expressions.</summary>
    // The names are the catalog conditions' own (abs, days_between…), so the translated text calls them unchanged.
#pragma warning disable IDE1006
    public static class F
    {
        public static readonly Dictionary<string, LookupTable> Tables = new(StringComparer.Ordinal);
        public static decimal abs(decimal x) => Math.Abs(x);
        public static decimal min(decimal a, decimal b) => Math.Min(a, b);
        public static decimal max(decimal a, decimal b) => Math.Max(a, b);
        public static decimal ceiling(decimal x) => Math.Ceiling(x);
        public static decimal pow(decimal x, decimal y) => ConditionFunctions.Pow(x, y);
        public static decimal days_between(DateTime a, DateTime b) => ConditionFunctions.DaysBetween(a, b);
        public static decimal months_between(DateTime a, DateTime b) => ConditionFunctions.MonthsBetween(a, b);
        public static DateTime add_months(DateTime d, decimal m) => ConditionFunctions.AddMonths(d, m);
        public static DateTime date(string s) => DateTime.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        public static decimal T(string table, string k1) => Tables[table].TryGet([k1], out var v) ? v : throw new KeyNotFoundException(k1);
        public static decimal T(string table, string k1, string k2) => Tables[table].TryGet([k1, k2], out var v) ? v : throw new KeyNotFoundException(k1 + "/" + k2);
    }
#pragma warning restore IDE1006
}
