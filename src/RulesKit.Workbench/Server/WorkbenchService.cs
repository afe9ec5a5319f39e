using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using RulesKit.Catalogs;
using RulesKit.Explanation;
using RulesKit.Inspections;
using RulesKit.Reports;
using RulesKit.Results;
using RulesKit.Workbench.Files;
using RulesKit.Workbench.Templates;

namespace RulesKit.Workbench.Server;

/// <summary>
/// What the workbench's endpoints do, apart from HTTP: the form's kinds for an industry or party and a date, a
/// document evaluated as it is typed, one criterion explained, and the files of the workspace.
/// </summary>
internal sealed class WorkbenchService(RulesKitEngine engine, WorkspaceFolder workspace, Language language)
{
    // Reports read from the workspace for the inspection records that name them, kept while the file is unchanged.
    private readonly ConcurrentDictionary<string, (DateTime Written, Report? Report)> _reports = new(StringComparer.Ordinal);

    public RulesKitEngine Engine { get; } = engine;

    public WorkspaceFolder Workspace { get; } = workspace;

    public Language Language { get; } = language;

    /// <summary>
    /// What the form offers for an industry (a report) or a party (an inspection record) on a date: the vocabulary,
    /// and every kind in force with its attributes, their Chinese titles, units and allowed values.
    /// </summary>
    public JsonObject Form(string? industry, string? party, DateOnly date)
    {
        var catalogs = Engine.Catalogs;
        IReadOnlyList<string> kinds = [];
        if (party is not null)
            kinds = FileTemplates.InspectionKinds(catalogs, party);
        else if (industry is not null)
        {
            // The kinds of the standards in force on the date (the form follows the report's evaluation date).
            var all = FileTemplates.ReportKinds(catalogs, industry);
            var inForce = catalogs.InForce(industry, date).Where(c => c.Type == CatalogType.Standards).SelectMany(c => c.Items).Select(i => i.Kind).ToHashSet(StringComparer.Ordinal);
            kinds = [.. all.Where(inForce.Contains)];
        }
        return new JsonObject
        {
            ["industries"] = Terms(catalogs.Vocabulary.Industries),
            ["reportTypes"] = Terms(catalogs.Vocabulary.ReportTypes),
            ["purposes"] = Terms(catalogs.Vocabulary.Purposes),
            ["parties"] = Terms(catalogs.Vocabulary.Parties),
            ["kinds"] = new JsonArray([.. kinds.Select(k => Kind(catalogs.Kinds[k]))]),
        };
    }

    /// <summary>A report or inspection record as typed: its problems located by line and column, or its evaluation and explanation.</summary>
    public JsonObject Evaluate(string text, string? path, Language language)
    {
        var source = path ?? "workbench.yaml";
        ReportOrRecord input;
        try
        {
            input = Engine.ParseInput(text, source);
        }
        catch (RulesKitInputException e)
        {
            return new JsonObject
            {
                ["kind"] = "invalid",
                ["errors"] = new JsonArray([.. e.Diagnostics.Select(d => Problem(d, language))]),
            };
        }
        var evaluation = input.Report is { } report ? Engine.Evaluate(report) : Engine.Inspect(input.Record!, ReportsNamed(input.Record!, path));
        return new JsonObject
        {
            ["kind"] = input.Report is not null ? "report" : "inspection",
            ["errors"] = new JsonArray([.. evaluation.Diagnostics.Select(d => Problem(d, language))]),
            ["evaluation"] = JsonNode.Parse(ExplanationWriter.ToJson(evaluation)),
            ["explanation"] = ExplanationWriter.ToText(evaluation, language),
        };
    }

    /// <summary>
    /// The case document of the report or record at <paramref name="path"/> as typed: HTML to print and Markdown, written
    /// beside it (NAME.案卷.html, NAME.案卷.md). Returns their paths.
    /// </summary>
    public JsonObject CaseDocument(string text, string path, Language language)
    {
        var input = Engine.ParseInput(text, path);
        var evaluation = input.Report is { } report ? Engine.Evaluate(report) : Engine.Inspect(input.Record!, ReportsNamed(input.Record!, path));
        var stem = path[..^Path.GetExtension(path).Length] + (language == Language.Chinese ? ".案卷" : ".case");
        Workspace.WriteDocument(stem + ".html", ExplanationWriter.ToHtml(evaluation, language));
        Workspace.WriteDocument(stem + ".md", ExplanationWriter.ToMarkdown(evaluation, language));
        return new JsonObject { ["files"] = new JsonArray(stem + ".html", stem + ".md") };
    }

    /// <summary>Why one criterion of a list is, or is not, met for the document as typed.</summary>
    public string ExplainCriterion(string text, string? path, string list, int number, Language language)
    {
        var input = Engine.ParseInput(text, path ?? "workbench.yaml");
        var explanations = input.Report is { } report
            ? Engine.ExplainCriterion(report, number, list)
            : Engine.ExplainCriterion(input.Record!, number, list, ReportsNamed(input.Record!, path));
        return ExplanationWriter.ToText(explanations, language);
    }

    // The evaluations of the reports an inspection record names, read from the campaign folder it sits in (the
    // nearest folder above it with a campaign.yaml), else from its own folder. Reports the folder does not hold stay
    // unknown: the points resting on them cannot be decided, as in the campaign.
    private List<ReportEvaluation> ReportsNamed(InspectionRecord record, string? path)
    {
        var named = record.Reports.Select(r => r.Report).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0 || path is null)
            return [];
        // A record not yet saved may name a folder that does not exist yet: its nearest existing folder is looked in.
        var folder = Path.GetDirectoryName(Workspace.Resolve(path))!;
        while (!Directory.Exists(folder) && folder.Length > Workspace.Root.Length)
            folder = Path.GetDirectoryName(folder)!;
        for (var dir = folder; dir.Length >= Workspace.Root.Length; dir = Path.GetDirectoryName(dir)!)
        {
            if (File.Exists(Path.Combine(dir, "campaign.yaml")))
            {
                folder = dir;
                break;
            }
            if (dir == Workspace.Root)
                break;
        }
        var found = new List<ReportEvaluation>();
        foreach (var file in Input.FolderFiles.Enumerate(folder, Input.FolderFiles.WithExtension(".yaml", ".yml")))
        {
            var report = ReadCached(file);
            if (report is not null && named.Contains(report.Id))
                found.Add(Engine.Evaluate(report));
        }
        return found;
    }

    private Report? ReadCached(string file)
    {
        var written = File.GetLastWriteTimeUtc(file);
        if (_reports.TryGetValue(file, out var kept) && kept.Written == written)
            return kept.Report;
        Report? report = null;
        try
        {
            if (new FileInfo(file).Length <= Workspace.MaxFileBytes)
                report = Engine.ParseInput(File.ReadAllText(file), Workspace.Relative(file)).Report;
        }
        catch (RulesKitInputException)
        {
            // Not a report, or an invalid one: it names nothing the record can rest on.
        }
        _reports[file] = (written, report);
        return report;
    }

    private static JsonObject Problem(Diagnostic d, Language language) => new()
    {
        ["code"] = d.Code,
        ["severity"] = d.Severity.ToString().ToLowerInvariant(),
        ["line"] = d.Line,
        ["column"] = d.Column,
        ["message"] = d.Format(language),
    };

    private static JsonArray Terms(IEnumerable<Term> terms) =>
        new([.. terms.Select(t => new JsonObject { ["key"] = t.Key, ["title"] = t.Title })]);

    private static JsonObject Kind(SubjectKind kind) => new()
    {
        ["name"] = kind.Name,
        ["title"] = kind.Title ?? kind.Name,
        ["inventory"] = SubjectInventory.CanCarry(kind),
        ["attributes"] = new JsonArray([.. kind.Attributes.Select(Attribute)]),
    };

    private static JsonObject Attribute(KindAttribute a) => new()
    {
        ["name"] = a.Name,
        ["title"] = a.ShortTitle ?? a.Name,
        ["type"] = a.Type.ToString().ToLowerInvariant(),
        ["unit"] = a.Unit,
        ["basis"] = a.Basis,
        ["values"] = new JsonArray([.. a.Values.Select(v => new JsonObject { ["value"] = v, ["title"] = a.ValueTitle(v) ?? v })]),
    };
}
