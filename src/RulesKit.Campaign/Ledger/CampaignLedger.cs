using System.Collections.Concurrent;
using System.Collections.Immutable;
using RulesKit.Campaign.Batch;
using RulesKit.Determinations;
using RulesKit.Input;
using RulesKit.Results;

namespace RulesKit.Campaign.Ledger;

/// <summary>
/// A campaign folder evaluated once: every report and inspection record judged, every enforcement action and
/// rectification read, kept as the few facts the campaign's tables need. <see cref="Submission"/> then gives any
/// unit's cumulative tables for any 截止日期 without evaluating again.
/// </summary>
/// <example>
/// <code>
/// var ledger = await CampaignLedger.BuildAsync(engine, "rules/campaign/zhengzhou-2021");
/// var city = ledger.Submission("郑州市应急管理局", new DateOnly(2021, 8, 16));
/// File.WriteAllText("summary.html", CampaignHtml.Render(city));
/// </code>
/// </example>
public sealed class CampaignLedger
{
    private CampaignLedger(CampaignSettings settings, ImmutableArray<ReportSummary> reports, ImmutableArray<RecordSummary> records,
        ImmutableArray<EnforcementAction> actions, ImmutableArray<RectificationEntry> rectifications, ImmutableArray<Diagnostic> errors, long inputs,
        ImmutableArray<Diagnostic> warnings)
    {
        Warnings = warnings;
        Settings = settings;
        Reports = reports;
        Records = records;
        Actions = actions;
        Rectifications = rectifications;
        Errors = errors;
        Inputs = inputs;
    }

    /// <summary>The campaign's units and calendar.</summary>
    public CampaignSettings Settings { get; }

    /// <summary>Every enforcement action read.</summary>
    public ImmutableArray<EnforcementAction> Actions { get; }

    /// <summary>Every rectification ledger entry read.</summary>
    public ImmutableArray<RectificationEntry> Rectifications { get; }

    /// <summary>What could not be read or evaluated, located; those inputs count for nothing.</summary>
    public ImmutableArray<Diagnostic> Errors { get; }

    /// <summary>
    /// What was read but looks wrong, without changing a count on its own: a report, record or action the folder does not
    /// hold named by another, a date after the calendar or after today. Every table carries them (<see cref="CampaignSubmission.PartialWarning"/>).
    /// </summary>
    public ImmutableArray<Diagnostic> Warnings { get; }

    /// <summary>Files read (reports, records, enforcement and ledger files, campaign.yaml).</summary>
    public long Inputs { get; }

    internal ImmutableArray<ReportSummary> Reports { get; }

    internal ImmutableArray<RecordSummary> Records { get; }

    /// <summary>The latest reporting day of the calendar: the default 截止日期.</summary>
    public DateOnly DefaultCutOff => Settings.ReportingDays.IsEmpty ? DateOnly.MaxValue : Settings.ReportingDays[^1];

    /// <summary>Reads and evaluates the campaign folder <paramref name="folder"/>; progress counts reports and records.</summary>
    /// <exception cref="RulesKitInputException">The folder or its campaign.yaml is missing or invalid.</exception>
    public static async Task<CampaignLedger> BuildAsync(RulesKitEngine engine, string folder, IProgress<BatchProgress>? progress = null,
        int parallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(folder);
        var settingsPath = Path.Combine(folder, CampaignFiles.SettingsName);
        if (!File.Exists(settingsPath))
            throw new RulesKitInputException([LedgerMessages.NoSettings.At(folder, 0, 0)]);
        var settingsBinder = new NodeBinder();
        var settings = CampaignFiles.ReadSettings(DocumentReader.ReadFile(settingsPath), settingsBinder);
        settingsBinder.ThrowIfErrors();

        var errors = new List<Diagnostic>();
        var actions = new List<EnforcementAction>();
        var rectifications = new List<RectificationEntry>();
        var inputs = new List<BatchInput>();
        long count = 1;
        // The one folder walk (links once, none outside the folder, bounded): a folder kept by many hands cannot hang the run.
        var files = FolderFiles.Enumerate(folder, FolderFiles.WithExtension(".yaml", ".yml", ".json", ".jsonl"))
            .Where(f => Path.GetFullPath(f) != Path.GetFullPath(settingsPath));
        foreach (var file in files)
        {
            count++;
            // A JSON Lines file holds many reports or inspection records, one per line (large campaigns).
            if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                inputs.AddRange(BatchEvaluator.InputsFrom(file));
                continue;
            }
            DocumentNode document;
            try
            {
                document = DocumentReader.ReadFile(file);
            }
            catch (RulesKitInputException e)
            {
                errors.AddRange(e.Diagnostics);
                continue;
            }
            var b = new NodeBinder();
            switch (CampaignFiles.Classify(file, document))
            {
                case CampaignFiles.Kind.Enforcement:
                    var read = CampaignFiles.ReadActions(document, file, b);
                    if (b.HasErrors)
                        errors.AddRange(b.Diagnostics);
                    else
                        actions.AddRange(read);
                    break;
                case CampaignFiles.Kind.Rectifications:
                    var entries = CampaignFiles.ReadRectifications(document, file, b);
                    if (b.HasErrors)
                        errors.AddRange(b.Diagnostics);
                    else
                        rectifications.AddRange(entries);
                    break;
                default:
                    var node = document;
                    inputs.Add(BatchInput.FromDocument(file, () => node));
                    break;
            }
        }

        var known = settings.Counties.Select(c => c.County).Append(settings.City.County).ToHashSet(StringComparer.Ordinal);
        void County(string county, string what, string source)
        {
            if (!known.Contains(county))
                errors.Add(LedgerMessages.UnknownCounty.At(source, 0, 0, what, county, string.Join(", ", known.Order(StringComparer.Ordinal))));
        }
        foreach (var a in actions)
            County(a.County, $"actions[{a.Id}]", a.Source ?? folder);
        foreach (var r in rectifications)
            County(r.County, $"rectifications[{r.Id}]", r.Source ?? folder);
        Unique(actions.Select(a => (a.Id, a.Source ?? "")), "actions", errors);
        Unique(rectifications.Select(r => (r.Id, r.Source ?? "")), "rectifications", errors);

        var warnings = new List<Diagnostic>();
        var reports = new ConcurrentBag<ReportSummary>();
        var records = new ConcurrentBag<RecordSummary>();
        var named = new List<(string What, string Report, string Source)>();
        var lastDay = settings.ReportingDays.Max();
        var today = DateOnly.FromDateTime(DateTime.Today);
        var options = new BatchOptions { Parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount, Progress = progress };
        await foreach (var record in BatchEvaluator.EvaluateAsync(engine, inputs, options, cancellationToken).ConfigureAwait(false))
        {
            if (!record.Succeeded)
            {
                errors.AddRange(record.Errors);
                continue;
            }
            if (record.Inspection is { } inspection)
            {
                foreach (var reference in inspection.Reports)
                    named.Add(($"inspection record {inspection.Id}", reference.Report, record.Source));
                Late(inspection.InspectionDate, $"inspection record {inspection.Id}", record.Source);
                if (known.Contains(inspection.County))
                    records.Add(RecordSummary.From(inspection, record.Evaluation!));
                else
                    County(inspection.County, $"inspection record {inspection.Id}", record.Source);
                continue;
            }
            var report = record.Report!;
            if (report.CheckedOn is { } checkedOn && (checkedOn > lastDay || checkedOn > today))
                warnings.Add(LedgerMessages.CheckedOnLate.At(record.Source, 0, 0, report.Id, checkedOn,
                    checkedOn > today ? Today : LastReportingDay, checkedOn > today ? today : lastDay));
            if (report.CheckedOn is null)
                errors.Add(LedgerMessages.NoCheckedOn.At(record.Source, 0, 0, report.Id));
            else if (!known.Contains(report.County))
                County(report.County, $"report {report.Id}", record.Source);
            else
                reports.Add(ReportSummary.From(report, record.Evaluation!));
        }
        Unique(reports.Select(r => (r.Id, r.Source)), "reports", errors);

        // What the campaign's own files name must be there: a record or action about a report the folder does not hold
        // would rest on nothing without a word.
        var held = reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var a in actions.Where(a => a.Report is not null))
            named.Add(($"actions[{a.Id}]", a.Report!, a.Source ?? folder));
        foreach (var (what, id, source) in named.Where(n => !held.Contains(n.Report)).Distinct())
            warnings.Add(LedgerMessages.DanglingReport.At(source, 0, 0, what, id));
        var recordIds = records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in rectifications.Where(r => r.From is { } from && !held.Contains(from) && !recordIds.Contains(from)))
            warnings.Add(LedgerMessages.DanglingSource.At(r.Source ?? folder, 0, 0, $"rectifications[{r.Id}]", r.From!));
        foreach (var a in actions)
            Late(a.Date, $"actions[{a.Id}]", a.Source ?? folder);
        foreach (var r in rectifications)
            Late(r.Found, $"rectifications[{r.Id}]", r.Source ?? folder);

        void Late(DateOnly day, string what, string source)
        {
            if (day > today)
                warnings.Add(LedgerMessages.DateOutsideCampaign.At(source, 0, 0, what, day, Today, today));
        }

        return new CampaignLedger(settings,
            [.. reports.OrderBy(r => r.Source, StringComparer.Ordinal)],
            [.. records.OrderBy(r => r.Source, StringComparer.Ordinal)],
            [.. actions.OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal)],
            [.. rectifications.OrderBy(r => r.Found).ThenBy(r => r.Id, StringComparer.Ordinal)],
            [.. errors.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Code, StringComparer.Ordinal)],
            count + 0,
            [.. warnings.OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal).ThenBy(e => e.Message, StringComparer.Ordinal)]);
    }

    private static readonly LocalizedText Today = new("今天", "today"), LastReportingDay = new("报送日历的最后一个报送日", "the calendar's last reporting day");

    // An id used twice would be counted twice: the second is an error and is kept out of nothing else.
    private static void Unique(IEnumerable<(string Id, string Source)> entries, string what, List<Diagnostic> errors)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, source) in entries.OrderBy(e => e.Source, StringComparer.Ordinal))
        {
            if (seen.TryGetValue(id, out var first))
                errors.Add(LedgerMessages.DuplicateEntry.At(source, 0, 0, what, id, first));
            else
                seen[id] = source;
        }
    }

    /// <summary>
    /// The cumulative submission of <paramref name="unit"/> (the city's 填报单位, or a county's) counting what
    /// happened on or before <paramref name="cutOff"/> (default: the calendar's latest reporting day).
    /// </summary>
    /// <exception cref="RulesKitInputException">No unit has that name.</exception>
    public CampaignSubmission Submission(string unit, DateOnly? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var found = Settings.Find(unit) ?? throw new RulesKitInputException([LedgerMessages.UnknownUnit.At("--unit", 0, 0, unit,
            string.Join(", ", Settings.Counties.Select(c => c.Unit).Prepend(Settings.City.Unit)))]);
        var counties = found == Settings.City
            ? Settings.Counties.Select(c => c.County).Append(Settings.City.County).ToHashSet(StringComparer.Ordinal)
            : [found.County];
        return new CampaignSubmission(this, found, counties, cutOff ?? DefaultCutOff);
    }
}

/// <summary>What the tables need of one evaluated report.</summary>
internal sealed record ReportSummary(string Id, string Title, string County, string Agency, string Industry, string Purpose, DateOnly CheckedOn,
    bool InScope, bool False, bool Inaccurate, bool MajorOmission, ImmutableArray<int> Annex4Met, string Source)
{
    public static ReportSummary From(Reports.Report report, ReportEvaluation e)
    {
        // Counted only where the campaign's list (the one with a scope) governs the report.
        var campaign = e.Determinations.FirstOrDefault(d => d.Scope is not null);
        return new(report.Id, report.Title, report.County, report.Agency, report.Industry, report.Purpose, report.CheckedOn!.Value,
            campaign is null || campaign.Applicability == Determinations.Applicability.Applies,
            e.Determinations.Any(d => d.Verdict == "false_report"), e.Determinations.Any(d => d.Verdict == "inaccurate_report"),
            e.Determinations.Any(d => d.Verdict == "major_omission"),
            e.Determinations.FirstOrDefault(d => d.Scope is not null)?.Met ?? [], report.Source ?? report.Id);
    }

    public string VerdictText => False ? "虚假" : Inaccurate ? "失实" : MajorOmission ? "重大疏漏" : "";
}

/// <summary>What the tables need of one judged inspection record: its points found, with their class.</summary>
internal sealed record RecordSummary(string Id, string Party, string Name, string County, DateOnly Date, ImmutableArray<PointFinding> Points, string Source)
{
    public static RecordSummary From(Inspections.InspectionRecord record, ReportEvaluation e) => new(record.Id, record.Party, record.Name, record.County, record.InspectionDate,
        [.. e.Determinations.SelectMany(d => d.Criteria)
            .Where(c => c.Outcome is CriterionOutcome.Met or CriterionOutcome.Suspected)
            .Select(c => new PointFinding(c.Number, c.Text, c.Class, c.Outcome == CriterionOutcome.Met,
                record.Party == "agency" && c.Matches.All(m => m.Nonconformity.SubjectId.StartsWith("report:", StringComparison.Ordinal))))],
        record.Source ?? record.Id);
}

/// <summary>A point an inspection record found (or suspects); <paramref name="RestatesReport"/> when it only repeats a report's verdict.</summary>
internal sealed record PointFinding(int Number, string Text, string Class, bool Met, bool RestatesReport);
