using RulesKit.Campaign.Ledger;

namespace RulesKit.Tests.Campaign.Ledger;

/// <summary>
/// A campaign folder kept by many hands and served to a browser: no slip or hostile edit hangs a run, changes a total
/// without an error, or drops an input without a word.
/// </summary>
public class CampaignFolderHardeningTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ruleskit-hardening-").FullName;

    public CampaignFolderHardeningTests() => TestData.CopyDirectory(CampaignLedgerTests.Folder, _folder);

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private Task<CampaignLedger> Build() => CampaignLedger.BuildAsync(TestData.Engine, _folder, parallelism: 2);

    private string FileOf(string relative) => Path.Combine(_folder, relative);

    private void Edit(string relative, string from, string to)
    {
        var text = File.ReadAllText(FileOf(relative));
        text.Should().Contain(from, "the example this test edits");
        File.WriteAllText(FileOf(relative), text.Replace(from, to));
    }

    [Fact]
    public async Task BuildAsync_LinkLoopUnderReports_FinishesAndReadsEachFileOnce()
    {
        Directory.CreateSymbolicLink(FileOf("reports/up"), "..");
        Directory.CreateSymbolicLink(FileOf("reports/self"), FileOf("reports"));
        var ledger = await Build().WaitAsync(TimeSpan.FromSeconds(60));
        ledger.Errors.Should().BeEmpty();
        ledger.Submission("郑州市应急管理局").Annex2Row.Should().Equal(CampaignLedgerTests.Example.Submission("郑州市应急管理局").Annex2Row);
    }

    [Fact]
    public async Task BuildAsync_LinkToAFileOutside_Refused()
    {
        var outside = Path.Combine(Path.GetTempPath(), $"ruleskit-outside-{Guid.NewGuid():N}.yaml");
        File.Copy(FileOf("reports/hazchem-c01-highway-distance.yaml"), outside);
        try
        {
            File.CreateSymbolicLink(FileOf("reports/elsewhere.yaml"), outside);
            var act = Build;
            (await act.Should().ThrowAsync<RulesKitInputException>()).Which.Diagnostics.Should().Contain(d => d.Code == "RK1118" && d.Source.EndsWith("elsewhere.yaml"));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Theory]
    [InlineData("fine: 15", "fine: -5")]
    [InlineData("fine: 15", "fine: 1e9")]
    public async Task BuildAsync_FineOutOfRange_ErrorAndTheTotalUnchanged(string from, string to)
    {
        Edit("enforcement/actions.yaml", from, to);
        var ledger = await Build();
        ledger.Errors.Should().ContainSingle(e => e.Code == "RK8012" && e.Source.EndsWith("actions.yaml"));
        var city = ledger.Submission("郑州市应急管理局");
        city.Annex2Row[5].Should().Be(0m, "a file with an error counts for nothing: no fine of it lowers or raises the total");
        city.Annex2.Warning.Should().Contain(line => line.Contains("RK8012") || line.Contains("actions.yaml"), "and the table says which input failed");
    }

    [Theory]
    [InlineData("type: revocation_request, by: county", "type: revocation, by: county")]
    [InlineData("type: revocation_request, by: county", "type: revocation")]
    public async Task BuildAsync_RevocationNotByTheProvince_ErrorNamingWhoRevokes(string from, string to)
    {
        // 登封's request typed as a revocation would put a revocation in 附件2 that the province never made.
        Edit("enforcement/actions.yaml", from, to);
        var ledger = await Build();
        var error = ledger.Errors.Should().ContainSingle(e => e.Code == "RK8016").Subject;
        error.Format(Language.Chinese).Should().Contain("应急管理部令第1号 第三条").And.Contain("revocation_request");
        error.Line.Should().BePositive();
    }

    [Fact]
    public async Task BuildAsync_DocumentServedUnknownOrServed_CountedNotServedNot()
    {
        var before = (await Build()).Submission("荥阳市应急管理局").Annex2Row[3];
        Edit("enforcement/actions.yaml", "instrument: 立案审批表, served: false", "instrument: 立案审批表");
        (await Build()).Submission("荥阳市应急管理局").Annex2Row[3].Should().Be(before + 1, "not recorded, the type 'document' stands for a document served");
    }

    [Fact]
    public async Task BuildAsync_RectificationDoneBeforeFound_ErrorAtTheDate()
    {
        Edit("ledger/rectifications.yaml", "found: 2021-07-09, due: 2021-07-31, done: 2021-08-06", "found: 2021-07-09, due: 2021-07-31, done: 2020-08-06");
        var ledger = await Build();
        var e = ledger.Errors.Should().ContainSingle(d => d.Code == "RK8014").Subject;
        e.Source.Should().EndWith("rectifications.yaml");
        e.Line.Should().BeGreaterThan(0);
        e.Message.Should().Contain("ZG-DF-01");
    }

    [Fact]
    public async Task BuildAsync_RectificationFromNothingHeld_WarningNamingEntryAndId()
    {
        Edit("ledger/rectifications.yaml", "from: ZZ-MN-2021-01", "from: ZZ-MN-2012-01");
        var ledger = await Build();
        ledger.Warnings.Should().ContainSingle(d => d.Code == "RK8015" && d.Message.Contains("ZG-DF-01") && d.Message.Contains("ZZ-MN-2012-01"));
        ledger.Errors.Should().BeEmpty();
    }

    [Fact]
    public async Task BuildAsync_CheckDateTypedAsTheNextDecade_WarningNamingFileAndReport()
    {
        Edit("reports/hazchem-c03-tampered-lightning-report.yaml", "checkedOn: 2021-07-14", "checkedOn: 2031-07-14");
        var ledger = await Build();
        var w = ledger.Warnings.Should().ContainSingle(d => d.Code == "RK8010").Subject;
        w.Source.Should().EndWith("hazchem-c03-tampered-lightning-report.yaml");
        w.Message.Should().Contain("ZZ-HC-03").And.Contain("2031-07-14");
        var city = ledger.Submission("郑州市应急管理局");
        city.Annex2.Warning.Should().Contain(line => line.StartsWith("注意：") && line.Contains("2031-07-14"), "every table says so");
        CampaignHtml.Render(city).Should().Contain("class=\"doubtful\"").And.Contain("2031-07-14", "and so does the HTML page");
    }

    [Fact]
    public async Task BuildAsync_RecordNamingAReportNotHeld_WarningNamingBothEnds()
    {
        var record = Directory.EnumerateFiles(FileOf("inspections")).Select(File.ReadAllText).First(t => t.Contains("report: ZZ-HC-01"));
        File.WriteAllText(FileOf("inspections/dangling.yaml"), record.Replace("report: ZZ-HC-01", "report: ZZ-NOWHERE").Replace("id: ZZ-INS-AG-1", "id: ZZ-INS-DANGLING"));
        var ledger = await Build();
        ledger.Warnings.Should().Contain(d => d.Code == "RK8011" && d.Message.Contains("ZZ-NOWHERE") && d.Source.EndsWith("dangling.yaml"));
    }

    [Fact]
    public async Task BuildAsync_MutatedFolders_BoundedAndLocatedNeverUnhandled()
    {
        // Typing slips in every file kind, empty and huge files, wrong encodings, dangling ids, absurd numbers: each run ends
        // within the bound with located errors or warnings (or a refusal), never an unhandled exception.
        var random = new Random(2021);
        var files = Directory.EnumerateFiles(_folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var originals = files.ToDictionary(f => f, File.ReadAllBytes);
        Func<byte[], byte[]>[] mutations =
        [
            b => [],
            b => [.. b.Take(random.Next(b.Length))],
            b => System.Text.Encoding.Unicode.GetBytes(System.Text.Encoding.UTF8.GetString(b)),
            b => [.. b.Select(x => random.Next(40) == 0 ? (byte)random.Next(256) : x)],
            b => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(b).Replace("2021-0", "2021-1").Replace(": 1", ": -1")),
            b => System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(b).Replace("ZZ-", "YY-")),
            b => [.. b, .. System.Text.Encoding.UTF8.GetBytes(new string('#', 200_000) + "\n")],
        ];
        for (var round = 0; round < 12; round++)
        {
            foreach (var (file, bytes) in originals)
                File.WriteAllBytes(file, bytes);
            foreach (var file in files.OrderBy(_ => random.Next()).Take(3))
                File.WriteAllBytes(file, mutations[random.Next(mutations.Length)](originals[file]));
            try
            {
                var ledger = await Build().WaitAsync(TimeSpan.FromSeconds(60));
                ledger.Errors.Concat(ledger.Warnings).Should().OnlyContain(d => d.Source.Length > 0, $"round {round}: every problem says where");
            }
            catch (RulesKitInputException e)
            {
                e.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Source.Length > 0, $"round {round}");
            }
        }
    }
}
