using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesKit.Explanation;
using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit.Testing.Generation;

/// <summary>
/// A synthetic campaign folder for load tests: campaign.yaml, reports and inspection records as JSON Lines
/// (checked across the 集中检查阶段, spread over the counties), enforcement actions and a rectification ledger.
/// The same counts and seed give the same bytes.
/// </summary>
public static class SyntheticCampaign
{
    private static readonly string[] Counties = ["中原区", "二七区", "管城回族区", "金水区", "上街区", "惠济区", "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市"];
    private static readonly DateOnly Start = new(2021, 7, 1);

    /// <summary>Writes the folder; returns the city's 填报单位.</summary>
    public static string Write(string folder, int reports, int records, int seed)
    {
        ArgumentNullException.ThrowIfNull(folder);
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var utf8 = new UTF8Encoding(false);
        var settings = new StringBuilder("campaign: 合成专项整治\ncity: { unit: 郑州市应急管理局, county: 郑州市 }\ncounties:\n");
        foreach (var county in Counties)
            settings.Append(CultureInfo.InvariantCulture, $"  - {{ unit: {county}应急管理局, county: {county} }}\n");
        settings.Append("reportingDays: { from: 2021-07-01, to: 2021-09-30, days: [6, 16, 26] }\n");
        File.WriteAllText(Path.Combine(folder, "campaign.yaml"), settings.ToString(), utf8);

        var ids = new List<(string Id, string Agency, string County)>(reports);
        using (var writer = new StreamWriter(Path.Combine(folder, "reports.jsonl"), false, utf8) { NewLine = "\n" })
        {
            for (var i = 0; i < reports; i++)
            {
                var report = SyntheticReports.Build(random, $"CR-{seed}-{i + 1:D7}") with { CheckedOn = Start.AddDays(random.Next(0, 88)) };
                ids.Add((report.Id, report.Agency, report.County));
                writer.WriteLine(SyntheticReports.ToJson(report));
            }
        }
        using (var writer = new StreamWriter(Path.Combine(folder, "records.jsonl"), false, utf8) { NewLine = "\n" })
        {
            for (var i = 0; i < records; i++)
            {
                var named = ids.Count == 0 ? default : ids[random.Next(ids.Count)];
                var agency = random.Next(3) > 0;
                var record = new InspectionRecord
                {
                    Id = $"CI-{seed}-{i + 1:D6}",
                    Party = agency ? "agency" : "enterprise",
                    Name = agency ? named.Agency ?? "某机构" : $"某企业{random.Next(1, 5000)}",
                    County = named.County ?? Counties[random.Next(Counties.Length)],
                    InspectionDate = Start.AddDays(random.Next(0, 88)),
                    Subjects = agency
                        ? [new CheckedSubject { Id = "Q", Kind = "agency_qualification", Observed = new Dictionary<string, object> { ["fixed_assets_10k_yuan"] = random.Next(600, 1200), ["floor_area_m2"] = random.Next(900, 1500), ["archive_room_m2"] = random.Next(90, 200), ["fulltime_assessors"] = random.Next(20, 40) } },
                           new CheckedSubject { Id = "P", Kind = "statutory_project", Observed = new Dictionary<string, object> { ["contract_signed"] = random.Next(20) > 0, ["leader_on_site"] = random.Next(10) > 0, ["surveyors_on_site"] = true, ["report_disclosed"] = random.Next(8) > 0 } }]
                        : [new CheckedSubject { Id = "M", Kind = "material_supplied", Observed = new Dictionary<string, object> { ["false_or_inaccurate"] = random.Next(15) == 0 } }],
                    Reports = named.Id is null ? [] : [new ReportReference { Report = named.Id, ReliedOnFor = agency ? null : "licence" }],
                };
                writer.WriteLine(JsonSerializer.Serialize(record, RulesKitJson.Compact));
            }
        }
        Directory.CreateDirectory(Path.Combine(folder, "enforcement"));
        var actions = new StringBuilder("actions:\n");
        string[] types = ["document", "penalty", "suspension", "blacklist", "approval_handled", "media"];
        for (var i = 0; i < Math.Max(1, records / 20); i++)
        {
            var type = types[random.Next(types.Length)];
            var (id, agencyName, county) = ids.Count == 0 ? ("", "某机构", Counties[0]) : ids[random.Next(ids.Count)];
            var fine = type == "penalty" ? $", fine: {random.Next(3, 30)}" : "";
            actions.Append(CultureInfo.InvariantCulture, $"  - {{ id: A-{i + 1}, date: {Start.AddDays(random.Next(0, 88)):yyyy-MM-dd}, county: {county}, type: {type}, target: {agencyName}, report: {id}{fine} }}\n");
        }
        File.WriteAllText(Path.Combine(folder, "enforcement", "actions.yaml"), actions.ToString(), utf8);
        return "郑州市应急管理局";
    }
}
