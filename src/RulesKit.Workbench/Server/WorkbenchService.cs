using System.Collections.Concurrent;
using System.Text.Json;
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
    // Reports read and evaluated from the workspace for the inspection records that name them, kept while the file is
    // unchanged: a keystroke in a record would otherwise evaluate every report it names again.
    private readonly ConcurrentDictionary<string, (DateTime Written, ReportEvaluation? Evaluation)> _reports = new(StringComparer.Ordinal);

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
            // The kinds of the standards in force on the date (the form follows the report's evaluation date), those of
            // every industry's catalogs (a highway distance, a cited document) included: the form is searched, not read whole.
            _ = FileTemplates.ReportKinds(catalogs, industry); // an unknown industry is refused with the known ones
            kinds = [.. catalogs.InForce(industry, date).Where(c => c.Type == CatalogType.Standards).SelectMany(c => c.Items).Select(i => i.Kind)
                .Where(k => k != SubjectInventory.CheckKind).Distinct().Order(StringComparer.Ordinal)];
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
        var evaluation = Evaluation(input, path);
        return new JsonObject
        {
            ["kind"] = input.Report is not null ? "report" : "inspection",
            ["errors"] = new JsonArray([.. evaluation.Diagnostics.Select(d => Problem(d, language))]),
            ["evaluation"] = JsonNode.Parse(ExplanationWriter.ToJson(evaluation)),
            ["explanation"] = ExplanationWriter.ToText(evaluation, language),
        };
    }

    // A report evaluated, or an inspection record judged with the reports it names.
    private ReportEvaluation Evaluation(ReportOrRecord input, string? path) =>
        input.Report is { } report ? Engine.Evaluate(report) : Engine.Inspect(input.Record!, ReportsNamed(input.Record!, path));

    /// <summary>
    /// The case document of the report or record at <paramref name="path"/> as typed: HTML to print and Markdown, written
    /// beside it (NAME.案卷.html, NAME.案卷.md). Returns their paths.
    /// </summary>
    public JsonObject CaseDocument(string text, string path, Language language)
    {
        var evaluation = Evaluation(Engine.ParseInput(text, path), path);
        var stem = path[..^Path.GetExtension(path).Length] + (language == Language.Chinese ? ".案卷" : ".case");
        Workspace.WriteDocument(stem + ".html", ExplanationWriter.ToHtml(evaluation, language));
        Workspace.WriteDocument(stem + ".md", ExplanationWriter.ToMarkdown(evaluation, language));
        return new JsonObject { ["files"] = new JsonArray(stem + ".html", stem + ".md") };
    }

    /// <summary>
    /// A saved report or inspection record as the form's state, so that it can be edited in the form again; refused
    /// (with what the form does not show) when the file holds facts the form would lose on saving.
    /// </summary>
    public JsonObject FormState(string path)
    {
        var text = Workspace.ReadText(path);
        var input = Engine.ParseInput(text, path);
        if (input.Report is { } r)
        {
            var lost = new List<string>();
            if (r.Documents.Any(d => !DocumentKinds.Contains(d.Kind)))
                lost.Add("documents（引用的文件，非 cited_document 类型）");
            if (r.Documents.Any(d => d.Cited is null && d.InReport is null))
                lost.Add("未记录报告是否引用的文件（inReport）");
            if (r.Subjects.Any(x => x.Reported is null && x.InReport is null))
                lost.Add("未记录报告是否提及的对象（inReport）");
            Refuse(lost, path);
            return new JsonObject
            {
                ["mode"] = "report",
                ["state"] = new JsonObject
                {
                    ["id"] = r.Id, ["title"] = r.Title, ["number"] = r.Number ?? "", ["industry"] = r.Industry, ["reportType"] = r.ReportType,
                    ["purpose"] = r.Purpose, ["agency"] = r.Agency, ["enterprise"] = r.Enterprise, ["county"] = r.County,
                    ["evaluationDate"] = Day(r.EvaluationDate), ["issuedOn"] = Day(r.IssuedOn), ["checkedOn"] = Day(r.CheckedOn),
                    ["conclusionText"] = r.Conclusion.Text, ["favourable"] = r.Conclusion.Favourable, ["statutoryBasis"] = r.StatutoryBasis ?? "",
                    ["inspectors"] = new JsonArray([.. (r.Inspectors ?? []).Select(i => new JsonObject { ["name"] = i.Name, ["certificate"] = i.Certificate ?? "" })]),
                    ["subjects"] = new JsonArray([.. r.Subjects.Select(Subject).Concat(r.Documents.Select(Document))]),
                    ["evidence"] = new JsonArray([.. r.Evidence.Select(Evidence)]),
                },
            };
        }
        var record = input.Record!;
        return new JsonObject
        {
            ["mode"] = "inspection",
            ["state"] = new JsonObject
            {
                ["id"] = record.Id, ["party"] = record.Party, ["name"] = record.Name, ["county"] = record.County,
                ["inspectionDate"] = Day(record.InspectionDate), ["inspector"] = record.Inspector ?? "",
                ["subjects"] = new JsonArray([.. record.Subjects.Select(Subject)]),
                ["reports"] = new JsonArray([.. record.Reports.Select(x => new JsonObject { ["report"] = x.Report, ["reliedOnFor"] = x.ReliedOnFor ?? "", ["knewFalse"] = x.KnewFalse })]),
                ["evidence"] = new JsonArray([.. record.Evidence.Select(Evidence)]),
            },
        };

        static void Refuse(List<string> lost, string path)
        {
            if (lost.Count > 0)
                throw new WorkspaceException($"{path} 含有表单尚不显示的内容（{string.Join("、", lost)}）：在表单中保存会丢失它们，请在 YAML 页编辑",
                    $"{path} holds what the form does not show yet ({string.Join(", ", lost)}): saving from the form would lose it; edit it on the YAML page");
        }
    }

    /// <summary>A day as the page's date fields hold it (YYYY-MM-DD), or empty.</summary>
    internal static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static JsonObject Subject(CheckedSubject s)
    {
        var entry = Entry(s.Id, s.Kind, s.Name, s.Observed, s.Reported, s.InReport, s.ControlsApprovedByRegulator);
        entry["inventory"] = s.Inventory is { } inventory ? new JsonObject
        {
            ["type"] = JsonSerializer.SerializeToNode(inventory.Type)!.GetValue<string>(),
            ["people"] = inventory.PeopleWithin500m?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["observed"] = Substances(inventory.Observed),
            ["reported"] = Substances(inventory.Reported),
            ["reportedListed"] = inventory.Reported is not null,
        } : null;
        return entry;
    }

    // A cited document in the form: the original as what was found, what the report cites as what it states.
    private static JsonObject Document(CitedDocument d) => Entry(d.Id, d.Kind, d.Name, d.Original, d.Cited, d.InReport, null);

    // One card of the form: the two views side by side, and whether the report mentions it at all.
    private static JsonObject Entry(string id, string kind, string? name, IReadOnlyDictionary<string, object> observed,
        IReadOnlyDictionary<string, object>? reported, bool? inReport, bool? controlsApproved) => new()
    {
        ["id"] = id, ["kind"] = kind, ["name"] = name ?? "",
        ["observed"] = Values(observed),
        ["reported"] = Values(reported ?? new Dictionary<string, object>()),
        ["inReport"] = inReport != false && reported is not null,
        ["controlsApproved"] = controlsApproved,
    };

    private static JsonArray Substances(System.Collections.Immutable.ImmutableArray<UnitSubstance>? substances) => new([.. (substances ?? []).Select(x => new JsonObject
    {
        ["name"] = x.Name, ["cas"] = x.Cas ?? "", ["row"] = x.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        ["category"] = string.Join("、", x.Categories), ["quantity"] = x.QuantityTonnes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    })]);

    // The form holds numbers and dates as the text typed, booleans as booleans, enum values as their names.
    private static JsonObject Values(IReadOnlyDictionary<string, object> values) => new(values.OrderBy(v => v.Key, StringComparer.Ordinal)
        .Select(v => KeyValuePair.Create(v.Key, (JsonNode?)(v.Value switch
        {
            bool b => JsonValue.Create(b),
            decimal d => JsonValue.Create(d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            DateOnly day => JsonValue.Create(Day(day)),
            var other => JsonValue.Create(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture)),
        }))));

    private static JsonObject Evidence(EvidenceRecord e) => new()
    {
        ["id"] = e.Id,
        ["source"] = JsonSerializer.SerializeToNode(e.Source)!.GetValue<string>(),
        ["description"] = e.Description,
        ["concerns"] = new JsonArray([.. e.Concerns.Select(c => JsonValue.Create(c))]),
        ["shows"] = new JsonArray([.. (e.Shows ?? []).Select(c => JsonValue.Create(c))]),
        ["by"] = e.By ?? "", ["on"] = Day(e.On), ["form"] = e.Form ?? "", ["originalChecked"] = e.OriginalChecked,
        ["falsified"] = e.Falsified, ["agencyAware"] = e.AgencyAware,
    };

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
            if (EvaluatedReport(file) is { } evaluation && named.Contains(evaluation.ReportId))
                found.Add(evaluation);
        }
        return found;
    }

    private ReportEvaluation? EvaluatedReport(string file)
    {
        var written = File.GetLastWriteTimeUtc(file);
        if (_reports.TryGetValue(file, out var kept) && kept.Written == written)
            return kept.Evaluation;
        ReportEvaluation? evaluation = null;
        try
        {
            if (new FileInfo(file).Length <= Workspace.MaxFileBytes && Engine.ParseInput(File.ReadAllText(file), Workspace.Relative(file)).Report is { } report)
                evaluation = Engine.Evaluate(report);
        }
        catch (RulesKitInputException)
        {
            // Not a report, or an invalid one: it names nothing the record can rest on.
        }
        _reports[file] = (written, evaluation);
        return evaluation;
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

    // The kinds a report cites as documents (its `documents:`, each with the original and what the report cites), not as
    // checked subjects: the shipped catalogs test cited documents under this kind.
    internal static readonly string[] DocumentKinds = ["cited_document"];

    private static JsonObject Kind(SubjectKind kind) => new()
    {
        ["name"] = kind.Name,
        ["document"] = DocumentKinds.Contains(kind.Name),
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
