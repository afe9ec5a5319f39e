using RulesKit.Campaign.Ledger;
using RulesKit.Campaign.Tables;

namespace RulesKit.Tests.Campaign.Ledger;

/// <summary>
/// The shipped example campaign: cumulative 附件2 and 附件3 for a county and the city at two 截止日期, the
/// county-to-city roll-up, the problem lists and the rectification ledger.
/// </summary>
public class CampaignLedgerTests
{
    internal static readonly string Folder = Path.Combine(TestData.RulesDirectory, "campaign", "zhengzhou-2021");

    private static readonly Lazy<CampaignLedger> Shared = new(() => CampaignLedger.BuildAsync(TestData.Engine, Folder, parallelism: 2).GetAwaiter().GetResult());

    internal static CampaignLedger Example => Shared.Value;

    private static readonly DateOnly July16 = new(2021, 7, 16);

    [Fact]
    public void BuildAsync_ExampleFolder_ReadsEverythingWithoutErrors()
    {
        Example.Errors.Should().BeEmpty();
        Example.Warnings.Should().BeEmpty();
        Example.Settings.Counties.Should().HaveCount(4);
        Example.Settings.ReportingDays.Should().HaveCount(9).And.StartWith(new DateOnly(2021, 7, 6)).And.EndWith(new DateOnly(2021, 9, 26));
        Example.DefaultCutOff.Should().Be(new DateOnly(2021, 9, 26), "the calendar's latest reporting day");
    }

    [Fact]
    public void Submission_CityOnJuly16_CountsOnlyWhatHappenedByThen()
    {
        var city = Example.Submission("郑州市应急管理局", July16);

        // By 07-16: reports ZZ-HC-01 and ZZ-HC-CLR (中牟, 07-05, one visit), ZZ-HC-03 (中牟, 07-14), ZZ-MN-2021-01 (登封,
        // 07-08); documents on 07-07 and 07-12; the 15万元 penalty of 07-15. Nothing after.
        city.Annex2Row.Should().Equal(3m, 0m, 3m, 2m, 1m, 15m, 0m, 0m, 0m, 0m, 0m);
        city.Annex3.Rows.Select(r => r[1]).Should().HaveCount(3);
        city.Annex2.Notes.Should().Equal("填报单位：郑州市应急管理局", "截止日期：2021年7月16日");
        city.Annex2.Footer.Should().StartWith(["填报人：周现军", "联系电话：0371-67888913", "注：本表实行累计报送，每次统计“截止日期”前的累计汇总情况。"]);
    }

    [Fact]
    public void Submission_CityAtTheEnd_EveryColumnFilled()
    {
        var city = Example.Submission("郑州市应急管理局");

        city.CutOff.Should().Be(new DateOnly(2021, 9, 26));
        city.Annex2Row.Should().OnlyContain(n => n > 0, "the example exercises every column of 附件2");
        city.Annex2Row[5].Should().Be(45.5m, "15 + 10.5 + 20 万元");
        city.Annex2Row[8].Should().Be(1, "甲安全评价有限公司 is blacklisted by two counties: one 家");
        city.Annex2Row[3].Should().Be(3, "four documents recorded, XY-2021-001 an internal 立案审批表 not served on the agency");
        city.Annex2Row[7].Should().Be(1, "登封's request to the province is not a revocation; the province's revocation is");
        city.Annex3.Rows.Should().Contain(r => r[4].Contains("立案审批表（未送达当事人，不计入下达执法文书）"), "附件3 says why the document is not counted");
        city.Annex3.Rows.Should().OnlyContain(r => r.All(cell => cell.Length > 0), "every column of 附件3 is filled");
        city.Annex3.Rows.Should().Contain(r => r[4].Contains("行政处罚（罚款15万元）") && r[6].Contains("撤销采信该报告的安全生产许可"));
    }

    [Theory]
    [InlineData("2021-07-16")]
    [InlineData("2021-09-26")]
    public void Submission_Counties_SumToTheCityExceptDistinctUnits(string day)
    {
        var cutOff = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var city = Example.Submission("郑州市应急管理局", cutOff).Annex2Row;
        var counties = Example.Settings.Counties.Select(c => Example.Submission(c.Unit, cutOff).Annex2Row).ToList();

        for (var i = 0; i < city.Length; i++)
        {
            var sum = counties.Sum(c => c[i]);
            if (i == 8)
                city[i].Should().BeLessThanOrEqualTo(sum, "黑名单 counts units (家): one agency listed by two counties is one");
            else
                city[i].Should().Be(sum, $"column {CampaignSubmission.Annex2Columns[i]} adds up: no report or action belongs to two counties");
        }
        city.Sum().Should().BePositive();
    }

    [Fact]
    public void Submission_County_OnlyItsOwnReportsAndActions()
    {
        var zhongmu = Example.Submission("中牟县应急管理局");

        zhongmu.Annex3.Rows.Should().OnlyContain(r => r[2] == "中牟县");
        zhongmu.Annex2.Notes[0].Should().Be("填报单位：中牟县应急管理局");
        zhongmu.Annex2.Footer[0].Should().Be("填报人：王某");
    }

    [Fact]
    public void RectificationLedger_OverdueEntriesMarkedAtTheCutOff()
    {
        var atEnd = Example.Submission("郑州市应急管理局").RectificationLedger.Rows;
        var early = Example.Submission("郑州市应急管理局", new DateOnly(2021, 8, 6)).RectificationLedger.Rows;

        atEnd.Single(r => r[3] == "ZZ-HC-04")[8].Should().StartWith("逾期未完成");
        atEnd.Single(r => r[3] == "ZZ-MN-2021-01")[8].Should().Be("已完成 2021-08-06");
        early.Single(r => r[3] == "ZZ-MN-2021-01")[8].Should().Be("已完成 2021-08-06", "done on the cut-off day");
        Example.Submission("郑州市应急管理局", new DateOnly(2021, 8, 5)).RectificationLedger.Rows
            .Single(r => r[3] == "ZZ-MN-2021-01")[8].Should().StartWith("逾期未完成", "due 07-31, not done by 08-05");
        early.Should().NotContain(r => r[3] == "ZZ-INS-AG-1", "entered on 08-13");
    }

    [Fact]
    public void AgencyProblems_ListPerAgencyReportsAndInspectionPoints()
    {
        var rows = Example.Submission("郑州市应急管理局").AgencyProblems.Rows;

        rows.Select(r => r[1]).Should().BeInAscendingOrder(StringComparer.Ordinal);
        rows.Where(r => r[1] == "甲安全评价有限公司").Should().Contain(r => r[4].StartsWith("要点（4）")).And.Contain(r => r[4].Contains("判定为虚假"));
        rows.Should().NotContain(r => r[4].StartsWith("要点（1）"), "point 1 only restates a report's verdict, listed as the report");
    }

    [Fact]
    public void Submission_UnknownUnit_ErrorNamesTheUnits()
    {
        var act = () => Example.Submission("郑州市应急局");

        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Single().Message.Should().Contain("中牟县应急管理局");
    }

    [Fact]
    public async Task Outputs_SameInputs_ByteIdentical()
    {
        var first = Render(Example.Submission("荥阳市应急管理局"));
        var again = Render((await CampaignLedger.BuildAsync(TestData.Engine, Folder, parallelism: 1)).Submission("荥阳市应急管理局"));

        again.Should().HaveSameCount(first);
        for (var i = 0; i < first.Count; i++)
            again[i].Should().Equal(first[i], $"output {i} is the same bytes");

        static List<byte[]> Render(CampaignSubmission s)
        {
            var result = new List<byte[]> { System.Text.Encoding.UTF8.GetBytes(CampaignHtml.Render(s)) };
            foreach (var (_, table) in s.Tables())
            {
                result.Add(System.Text.Encoding.UTF8.GetBytes(TableWriter.ToCsv(table) + TableWriter.ToMarkdown(table)));
                using var xlsx = new MemoryStream();
                TableWriter.WriteXlsx(table, xlsx);
                result.Add(xlsx.ToArray());
            }
            return result;
        }
    }

    [Fact]
    public async Task BuildAsync_BadFiles_LocatedErrorsAndTheRestCounted()
    {
        var folder = Directory.CreateTempSubdirectory("ruleskit-campaign-").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(Folder, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            File.WriteAllText(Path.Combine(folder, "enforcement", "bad.yaml"), "actions:\n  - { id: B-1, date: 2021-07-10, county: 中牟县, type: warning, target: x }\n");
            File.WriteAllText(Path.Combine(folder, "reports", "unchecked.yaml"),
                File.ReadAllText(Path.Combine(Folder, "reports", "hazchem-disclosed-hazard.yaml")).Replace("checkedOn: 2021-07-05\n", "").Replace("ZZ-HC-CLR", "ZZ-NEW"));

            var ledger = await CampaignLedger.BuildAsync(TestData.Engine, folder, parallelism: 2);

            ledger.Errors.Should().Contain(e => e.Code == "RK8002" && e.Source.EndsWith("bad.yaml") && e.Line == 2);
            ledger.Errors.Should().Contain(e => e.Code == "RK8005" && e.Message.Contains("ZZ-NEW"));
            ledger.Submission("郑州市应急管理局").Annex2Row.Should().Equal(Example.Submission("郑州市应急管理局").Annex2Row, "the bad files count for nothing, the rest as before");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
