using System.Collections.Immutable;
using RulesKit.Input;

namespace RulesKit.Campaign.Ledger;

/// <summary>
/// Reads the files of a campaign folder that are not reports or inspection records: campaign.yaml, enforcement
/// files (<c>actions:</c>) and rectification ledgers (<c>rectifications:</c>), with located errors.
/// </summary>
internal static class CampaignFiles
{
    public const string SettingsName = "campaign.yaml";

    public enum Kind { Settings, Enforcement, Rectifications, ReportOrRecord }

    public static Kind Classify(string path, DocumentNode document) =>
        Path.GetFileName(path) == SettingsName ? Kind.Settings
        : document is MappingNode m && m["actions"] is not null ? Kind.Enforcement
        : document is MappingNode r && r["rectifications"] is not null ? Kind.Rectifications
        : Kind.ReportOrRecord;

    private static readonly (string Name, EnforcementType Type)[] Types =
    [
        ("document", EnforcementType.Document), ("penalty", EnforcementType.Penalty), ("suspension", EnforcementType.Suspension),
        ("revocation", EnforcementType.Revocation), ("revocation_request", EnforcementType.RevocationRequest), ("blacklist", EnforcementType.Blacklist),
        ("approval_handled", EnforcementType.ApprovalHandled),
        ("media", EnforcementType.Media),
    ];

    public static string TypeName(EnforcementType type) => Types.First(t => t.Type == type).Name;

    public static CampaignSettings ReadSettings(DocumentNode document, NodeBinder b)
    {
        var root = b.Mapping(document, "campaign.yaml");
        if (root is null)
            return new CampaignSettings();
        b.OnlyKeys(root, "campaign.yaml", "campaign", "city", "counties", "reportingDays");
        CampaignUnit Unit(DocumentNode? node, string what)
        {
            if (b.Mapping(node, what) is not { } m)
                return new CampaignUnit("", "", null, null);
            b.OnlyKeys(m, what, "unit", "county", "filledBy", "telephone");
            return new CampaignUnit(b.Text(m, "unit", what, true) ?? "", b.Text(m, "county", what, true) ?? "", b.Text(m, "filledBy", what, false), b.Text(m, "telephone", what, false));
        }
        var counties = b.List(root, "counties", "campaign.yaml", true).Select((n, i) => Unit(n, $"counties[{i}]")).ToImmutableArray();
        var days = ImmutableArray.CreateBuilder<DateOnly>();
        if (b.Mapping(b.Required(root, "reportingDays", "campaign.yaml"), "reportingDays") is { } calendar)
        {
            b.OnlyKeys(calendar, "reportingDays", "from", "to", "days");
            var from = b.Date(calendar, "from", "reportingDays", true);
            var to = b.Date(calendar, "to", "reportingDays", true);
            var dayNumbers = b.List(calendar, "days", "reportingDays", true).Select(n => b.WholeNumber(n, "reportingDays.days")).OfType<int>().Order().ToList();
            if (from is { } f && to is { } t)
            {
                for (var d = f; d <= t; d = d.AddDays(1))
                    if (dayNumbers.Contains(d.Day))
                        days.Add(d);
                if (days.Count == 0)
                    b.Report(LedgerMessages.NoReportingDays, calendar.Location);
            }
        }
        return new CampaignSettings
        {
            Name = b.Text(root, "campaign", "campaign.yaml", true) ?? "",
            City = Unit(b.Required(root, "city", "campaign.yaml"), "city"),
            Counties = counties,
            ReportingDays = days.ToImmutable(),
        };
    }

    public static List<EnforcementAction> ReadActions(DocumentNode document, string source, NodeBinder b)
    {
        var result = new List<EnforcementAction>();
        if (b.Mapping(document, "enforcement file") is not { } root)
            return result;
        b.OnlyKeys(root, "enforcement file", "actions");
        foreach (var node in b.List(root, "actions", "enforcement file", true))
        {
            if (b.Mapping(node, "actions") is not { } m)
                continue;
            var id = b.Text(m, "id", "actions", true) ?? "?";
            var what = $"actions[{id}]";
            b.OnlyKeys(m, what, "id", "date", "county", "type", "target", "report", "fine", "by", "instrument", "served", "note");
            var typeText = b.Text(m, "type", what, true);
            var type = Types.FirstOrDefault(t => t.Name == typeText);
            if (typeText is not null && type.Name is null)
                b.Report(LedgerMessages.UnknownActionType, m["type"]!.Location, what, string.Join(", ", Types.Select(t => t.Name)), typeText);
            var fine = b.Number(m, "fine", what, false);
            if (fine is not null && type.Type != EnforcementType.Penalty && type.Name is not null)
                b.Report(LedgerMessages.FineWithoutPenalty, m["fine"]!.Location, what);
            // A negative or absurd fine would change the 罚款 total without a word: an error, so the file counts for nothing.
            if (fine is < 0 or > MaxFine)
                b.Report(LedgerMessages.FineOutOfRange, m["fine"]!.Location, what, MaxFine, fine.Value);
            var by = b.Text(m, "by", what, false);
            if (by is not null and not ("county" or "city" or "province"))
                b.Report(LedgerMessages.UnknownAuthority, m["by"]!.Location, what, by);
            // Only the province revokes (1号令 第三条): a county's or city's revocation is a request, and counting it as
            // a revocation would swell 附件2's 吊销 column; an error, so the file counts for nothing until it is fixed.
            if (type.Type == EnforcementType.Revocation && type.Name is not null && by != "province")
                b.Report(LedgerMessages.RevocationNotByProvince, m["type"]!.Location, what, by ?? "—");
            var served = b.Boolean(m, "served", what, false);
            if (served is not null && type.Type != EnforcementType.Document && type.Name is not null)
                b.Report(LedgerMessages.ServedWithoutDocument, m["served"]!.Location, what);
            result.Add(new EnforcementAction
            {
                Id = id,
                Date = b.Date(m, "date", what, true) ?? default,
                County = b.Text(m, "county", what, true) ?? "",
                Type = type.Type,
                Target = b.Text(m, "target", what, true) ?? "",
                Report = b.Text(m, "report", what, false),
                Fine = fine,
                By = by,
                Instrument = b.Text(m, "instrument", what, false),
                Served = served,
                Note = b.Text(m, "note", what, false),
                Source = $"{source}:{m.Location.Line}",
            });
        }
        return result;
    }

    /// <summary>
    /// The largest fine accepted, in 万元: 安全生产法 第九十二条's heaviest fine on an agency is five times its illegal
    /// gains, which no single case of the campaign comes near; past this a value is a slip, not a fine.
    /// </summary>
    public const decimal MaxFine = 100_000m;

    public static List<RectificationEntry> ReadRectifications(DocumentNode document, string source, NodeBinder b)
    {
        var result = new List<RectificationEntry>();
        if (b.Mapping(document, "rectification ledger") is not { } root)
            return result;
        b.OnlyKeys(root, "rectification ledger", "rectifications");
        foreach (var node in b.List(root, "rectifications", "rectification ledger", true))
        {
            if (b.Mapping(node, "rectifications") is not { } m)
                continue;
            var id = b.Text(m, "id", "rectifications", true) ?? "?";
            var what = $"rectifications[{id}]";
            b.OnlyKeys(m, what, "id", "county", "unit", "from", "problem", "measures", "responsible", "found", "due", "done");
            var entry = new RectificationEntry
            {
                Id = id,
                County = b.Text(m, "county", what, true) ?? "",
                Unit = b.Text(m, "unit", what, true) ?? "",
                From = b.Text(m, "from", what, false),
                Problem = b.Text(m, "problem", what, true) ?? "",
                Measures = b.Text(m, "measures", what, true) ?? "",
                Responsible = b.Text(m, "responsible", what, true) ?? "",
                Found = b.Date(m, "found", what, true) ?? default,
                Due = b.Date(m, "due", what, true) ?? default,
                Done = b.Date(m, "done", what, false),
                Source = $"{source}:{m.Location.Line}",
            };
            if (entry.Due < entry.Found && m["due"] is { } due)
                b.Report(LedgerMessages.DueBeforeFound, due.Location, what, entry.Due, entry.Found);
            // A completion before the finding would count as 整改完成 what was never open.
            if (entry.Done is { } done && done < entry.Found && m["done"] is { } doneNode)
                b.Report(LedgerMessages.DoneBeforeFound, doneNode.Location, what, done, entry.Found);
            result.Add(entry);
        }
        return result;
    }
}
