using System.Text.Json;
using Microsoft.Playwright;
using RulesKit.Campaign.Ledger;
using RulesKit.Tests.Cli;
using RulesKit.Workbench.Server;

namespace RulesKit.Tests.Workbench.Server;

/// <summary>
/// The workbench used as a county expert uses it, in Debian's Chromium driven by Playwright: a report made from
/// nothing through the form, its verdict followed as it is typed, saved, and read back by the tool to the same verdict;
/// an inspection record; a county's campaign tables. Screenshots are kept in TestResults/ beside the test assembly.
/// </summary>
public sealed class WorkbenchBrowserTests : IAsyncLifetime
{
    private static readonly string Chromium = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";
    private readonly string _workspace = Directory.CreateTempSubdirectory("ruleskit-workbench-").FullName;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private WorkbenchServer _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        File.Exists(Chromium).Should().BeTrue($"the browser test needs Chromium at {Chromium} (tests/run.sh installs it: apt-get install chromium)");
        TestData.CopyDirectory(Path.Combine(TestData.RulesDirectory, "campaign", "zhengzhou-2021"), Path.Combine(_workspace, "zhengzhou-2021"));
        _server = await WorkbenchServer.StartAsync(TestData.Engine, new WorkbenchOptions { Workspace = _workspace });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        _page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 }, Locale = "zh-CN" });
        _page.PageError += (_, error) => _problems.Add(error);
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
                _problems.Add(message.Text);
        };
        _page.Request += (_, request) => _requests.Add(request.Url);
        await _page.GotoAsync(_server.Address.AbsoluteUri);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_workspace, recursive: true);
    }

    [Fact]
    public async Task ReportForm_VillageTooCloseAndValvesMissing_FalseThenChangesWhenDisclosedAndSavedFileEvaluatesAlike()
    {
        // The report: a village 80 m from an LPG tank group that the report puts at 160 m; emergency shut-off valves
        // missing that the report says are installed; the agency's own photos of both.
        await FillLpgReport("WB-LPG-1");

        var annex4 = "[data-list='henan.zhengzhou-annex4']";
        await _page.Locator($"{annex4} [data-verdict='false_report']").WaitForAsync();
        (await _page.Locator($"{annex4} [data-criterion='7']").GetAttributeAsync("data-outcome")).Should().Be("met");
        (await _page.Locator($"{annex4} [data-criterion='1']").GetAttributeAsync("data-outcome")).Should().Be("suspected",
            "GB 50160's distance (surroundings) is recalled, not seen: criterion 1 can at most be suspected");
        await _page.Locator($"{annex4} [data-criterion='7'] button").ClickAsync();
        await _page.Locator($"{annex4} [data-criterion='7'] pre.why").Filter(new LocatorFilterOptions { HasText = "HC-05.a" }).WaitForAsync();
        await Shot("workbench-report-false.png");

        // Why not, for a criterion the report does not meet: its chain on request.
        await _page.Locator($"{annex4} details.why-not summary").ClickAsync();
        await _page.Locator($"{annex4} details.why-not [data-why='3']").ClickAsync();
        await _page.Locator($"{annex4} details.why-not pre.why").Filter(new LocatorFilterOptions { HasText = "情形 3" }).WaitForAsync();

        // The valves disclosed: the report now states what verification found.
        await Select("subjects.1.reported.emergency_shutoff", "false");
        await _page.Locator($"{annex4} [data-criterion='7'][data-outcome='met']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        (await _page.Locator($"{annex4} [data-verdict='false_report']").CountAsync()).Should().Be(0);
        // What is left undecided says which facts would decide it (121号 五's second half: a liquefied gas, an SIS).
        (await _page.Locator("#facts-needed").InnerTextAsync()).Should().Contain("toxic_or_liquefied_gas");
        await Shot("workbench-report-disclosed.png");

        await _page.ClickAsync("#save");
        await _page.Locator("#save-status").Filter(new LocatorFilterOptions { HasText = "reports/WB-LPG-1.yaml" }).WaitForAsync();
        var saved = Path.Combine(_workspace, "reports", "WB-LPG-1.yaml");
        File.Exists(saved).Should().BeTrue();

        // The case document, beside the report: printable HTML (opened and looked at) and Markdown.
        await _page.ClickAsync("#case-document");
        await _page.Locator("#case-files a").First.WaitForAsync();
        File.Exists(Path.Combine(_workspace, "reports", "WB-LPG-1.案卷.md")).Should().BeTrue();
        var casePage = await _browser.NewPageAsync();
        await casePage.GotoAsync(new Uri(_server.Address, "files/reports/WB-LPG-1.%E6%A1%88%E5%8D%B7.html").AbsoluteUri);
        (await casePage.Locator("h1").InnerTextAsync()).Should().Contain("WB-LPG-1");
        (await casePage.ContentAsync()).Should().Contain("评价机构 甲安全评价有限公司").And.Contain("危险化学品罐区").And.NotContain("storage_tank_area,");
        await casePage.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "TestResults", "workbench-case-document.png"), FullPage = true });
        await casePage.CloseAsync();

        // The tool reads the saved file to the verdict the panel shows, list by list.
        var (code, json, error) = Tool.Run("evaluate", saved, "--format", "json");
        code.Should().Be(0, error);
        var shown = await PanelVerdicts();
        shown.Should().BeEquivalentTo(Verdicts(json));
        _problems.Should().BeEmpty();
        _requests.Should().OnlyContain(u => u.StartsWith(_server.Address.AbsoluteUri, StringComparison.Ordinal), "the workbench needs no network");
    }

    [Fact]
    public async Task OpenInForm_EverySavedReportOfTheCampaign_SameVerdictAsTheToolAndSavedBackUnchangedInMeaning()
    {
        // Every report of the example campaign the form can show is opened in the form, its verdict compared with the
        // tool's, saved under a new name from the form, and the tool reads that file to the same verdict.
        // With them, examples of what only some reports hold: an inventory (GB 18218), a statutory basis, documents.
        Directory.CreateDirectory(Path.Combine(_workspace, "reports"));
        foreach (var example in new[] { "hazchem-x12-grade-understated.false.yaml", "hazchem-m02-ammonia-cylinders-left-out.major-omission.yaml", "pipeline-c09-gathering-line-occupied.scope-open.yaml" })
            File.Copy(Path.Combine(TestData.ExamplesDirectory, example), Path.Combine(_workspace, "reports", example));
        // A subject whose mention by the report was not recorded cannot be shown: refused rather than changed on saving.
        await File.WriteAllTextAsync(Path.Combine(_workspace, "reports", "silent.yaml"), TestData.ReportHeader + "subjects:\n  - { id: S1, kind: storage_tank_area, observed: { mhi_grade: 2 } }\n");
        await _page.ClickAsync("[data-tab='yaml']");
        await _page.ClickAsync("[data-form='reports/silent.yaml']");
        await _page.Locator(".status").Filter(new LocatorFilterOptions { HasText = "inReport" }).WaitForAsync();
        _problems.RemoveAll(p => p.Contains("400", StringComparison.Ordinal));   // the refusal's own answer
        File.Delete(Path.Combine(_workspace, "reports", "silent.yaml"));
        var opened = 0;
        var files = Directory.GetFiles(Path.Combine(_workspace, "zhengzhou-2021", "reports"), "*.yaml").Concat(Directory.GetFiles(Path.Combine(_workspace, "reports"), "*.yaml"));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(_workspace, file).Replace('\\', '/');
            if (!await _page.Locator($"[data-form='{relative}']").IsVisibleAsync())
                await _page.ClickAsync("[data-tab='yaml']");
            await _page.ClickAsync($"[data-form='{relative}']");
            await _page.Locator("#report-id").WaitForAsync();
            await _page.Locator("#verdict-status").WaitForAsync();
            await _page.WaitForFunctionAsync("() => document.querySelectorAll('.determination').length > 0");
            var shown = await PanelVerdicts();
            if (relative.Contains("x12", StringComparison.Ordinal))
                await Shot("workbench-inventory-form.png");   // the GB 18218 inventory as a form
            var (code, json, error) = Tool.Run("evaluate", file, "--format", "json");
            code.Should().Be(0, error);
            shown.Should().BeEquivalentTo(Verdicts(json), relative);

            var copy = relative.Replace(".yaml", ".form.yaml", StringComparison.Ordinal);
            await _page.FillAsync("#save-path", copy);
            await _page.ClickAsync("#save");
            await _page.Locator("#save-status").Filter(new LocatorFilterOptions { HasText = copy }).WaitForAsync();
            var (code2, json2, error2) = Tool.Run("evaluate", Path.Combine(_workspace, copy), "--format", "json");
            code2.Should().Be(0, error2);
            Verdicts(json2).Should().BeEquivalentTo(Verdicts(json), copy);
            File.Delete(Path.Combine(_workspace, copy));
            await _page.ClickAsync("[data-tab='yaml']");
            opened++;
        }
        opened.Should().Be(16, "every report of the example campaign (the tampered document's included) and the three examples");
        _problems.Should().BeEmpty();
    }

    [Fact]
    public async Task InspectionForm_EnterpriseKnowinglyUsingAFalseReport_PointFourMetFromTheCampaignsReports()
    {
        await _page.ClickAsync("[data-tab='inspection']");
        await Fill("id", "WB-INS-EN-1");
        await _page.SelectOptionAsync("#party", "enterprise");
        await Fill("name", "某危险化学品仓储有限公司");
        await Fill("county", "中牟县");
        await Fill("inspectionDate", "2021-08-20");
        await _page.Locator("button", new PageLocatorOptions { HasText = "添加报告" }).ClickAsync();
        await Fill("reports.0.report", "ZZ-HC-01");
        await Select("reports.0.reliedOnFor", "licence");
        await Select("reports.0.knewFalse", "true");
        // Saved into the campaign folder: the reports it names are read from there.
        await _page.FillAsync("#save-path", "zhengzhou-2021/inspections/wb-enterprise.yaml");
        await _page.ClickAsync("#save");
        await _page.Locator("#save-status").Filter(new LocatorFilterOptions { HasText = "wb-enterprise.yaml" }).WaitForAsync();
        await Fill("name", "某危险化学品仓储有限公司 ");   // a change, so the panel is evaluated with the saved path

        var point4 = _page.Locator("[data-criterion='4']");
        await point4.WaitForAsync();
        (await point4.GetAttributeAsync("data-outcome")).Should().Be("met");
        await Shot("workbench-inspection.png");

        await Select("reports.0.knewFalse", "false");
        await point4.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        _problems.Should().BeEmpty();
    }

    [Fact]
    public async Task Campaign_CountyTables_WrittenAsTheLedgerCountsThemWithSpreadsheetLinks()
    {
        await _page.ClickAsync("[data-tab='campaign']");
        await _page.SelectOptionAsync("#campaign-folder", "zhengzhou-2021");
        await _page.ClickAsync("#campaign-read");
        await _page.Locator("#campaign-unit option[value='中牟县应急管理局']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await _page.SelectOptionAsync("#campaign-unit", "中牟县应急管理局");
        await _page.FillAsync("#campaign-cutoff", "2021-08-26");
        await _page.ClickAsync("#campaign-run");
        await _page.Locator("#campaign-files a").First.WaitForAsync();

        var expected = (await CampaignLedger.BuildAsync(TestData.Engine, Path.Combine(_workspace, "zhengzhou-2021"))).Submission("中牟县应急管理局", new DateOnly(2021, 8, 26));
        var shown = await _page.Locator("#annex2 td").AllInnerTextsAsync();
        shown.Select(decimal.Parse).Should().Equal(expected.Annex2Row);
        var links = await _page.Locator("#campaign-files a").AllInnerTextsAsync();
        links.Should().Contain(["annex2-summary.xlsx", "annex3-false-reports.xlsx", "summary.html"]);
        var xlsx = await _page.APIRequest.GetAsync(await _page.Locator("#campaign-files a", new PageLocatorOptions { HasText = "annex2-summary.xlsx" }).GetAttributeAsync("href") is { } href
            ? new Uri(_server.Address, href).AbsoluteUri : throw new InvalidOperationException("no link"));
        xlsx.Status.Should().Be(200);
        (await xlsx.BodyAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        await Shot("workbench-campaign.png");
        _problems.Should().BeEmpty();
    }

    // The issue's report, typed into the form: a village 80 m from an LPG tank group that the report puts at 160 m;
    // emergency shut-off valves missing that the report says are installed; the agency's own photos of both.
    private async Task FillLpgReport(string id)
    {
        await Fill("id", id);
        await Fill("title", "某液化气储配有限公司安全现状评价报告");
        await _page.SelectOptionAsync("#report-type", "现状评价");
        await _page.SelectOptionAsync("#purpose", "licence");
        await Fill("agency", "甲安全评价有限公司");
        await Fill("enterprise", "某液化气储配有限公司");
        await Fill("county", "中牟县");
        await Fill("evaluationDate", "2021-03-15");
        await Fill("checkedOn", "2021-08-16");
        await Fill("conclusionText", "具备安全生产条件");
        await _page.SelectOptionAsync("#favourable", "true");

        await AddKind("村庄", "petrochemical_external_distance");
        await Select("subjects.0.observed.object_class", "residential_public_village");
        await Select("subjects.0.reported.object_class", "residential_public_village");
        await Select("subjects.0.observed.facility_class", "liquefied_hydrocarbon_tank_group");
        await Select("subjects.0.reported.facility_class", "liquefied_hydrocarbon_tank_group");
        await Fill("subjects.0.observed.distance_m", "80");
        await Fill("subjects.0.reported.distance_m", "160");

        await AddKind("罐区", "storage_tank_area");
        await Fill("subjects.1.name", "液化石油气罐区");
        await Fill("subjects.1.observed.mhi_grade", "2");
        await Fill("subjects.1.reported.mhi_grade", "2");
        await Select("subjects.1.observed.emergency_shutoff", "false");
        await Select("subjects.1.reported.emergency_shutoff", "true");

        await _page.ClickAsync("#add-evidence");
        await Fill("evidence.0.description", "评价机构勘验影像：罐区进出料管道未设紧急切断阀，罐区距村庄约80米");
        await _page.CheckAsync("[data-evidence='E1'] [data-concerns='S1']");
        await _page.CheckAsync("[data-evidence='E1'] [data-concerns='S2']");
        await _page.CheckAsync("[data-evidence='E1'] [data-shows='distance_m']");
        await _page.CheckAsync("[data-evidence='E1'] [data-shows='emergency_shutoff']");
    }

    [Fact]
    public async Task NewCountyCampaign_FromTheBrowserAlone_SettingsReportActionAndTables()
    {
        // A county expert with no folder yet: the campaign's settings, a report and an action typed in forms, then the tables.
        await _page.ClickAsync("[data-tab='campaign']");
        await _page.FillAsync("#new-campaign-folder", "中牟县-2021");
        await _page.ClickAsync("#new-campaign");
        await _page.FillAsync("#campaign-name", "中牟县安全评价机构执业行为专项整治（2021）");
        var city = _page.Locator("[data-file-editor='中牟县-2021/campaign.yaml'] .row-card").First;
        await city.Locator("input").Nth(0).FillAsync("郑州市应急管理局");
        await city.Locator("input").Nth(1).FillAsync("郑州市");
        await _page.ClickAsync("#add-county");
        var county = _page.Locator("[data-file-editor='中牟县-2021/campaign.yaml'] .row-card").Nth(1);
        await county.Locator("input").Nth(0).FillAsync("中牟县应急管理局");
        await county.Locator("input").Nth(1).FillAsync("中牟县");
        await _page.FillAsync("#reporting-from", "2021-07-01");
        await _page.FillAsync("#reporting-to", "2021-09-30");
        await _page.FillAsync("#reporting-days", "6, 16, 26");
        await _page.ClickAsync("#save-settings");
        await _page.Locator("#campaign-unit option[value='中牟县应急管理局']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

        // The report, through the form, saved into the folder.
        await _page.ClickAsync("[data-tab='report']");
        await FillLpgReport("ZM-LPG-1");
        await _page.FillAsync("#save-path", "中牟县-2021/reports/ZM-LPG-1.yaml");
        await _page.ClickAsync("#save");
        await _page.Locator("#save-status").Filter(new LocatorFilterOptions { HasText = "ZM-LPG-1.yaml" }).WaitForAsync();

        // An enforcement action, through the row form.
        await _page.ClickAsync("[data-tab='campaign']");
        await _page.SelectOptionAsync("#campaign-folder", "中牟县-2021");
        await _page.ClickAsync("#campaign-read");
        var actions = _page.Locator("[data-file-editor='中牟县-2021/enforcement/actions.yaml']");
        await actions.Locator("[data-add]").ClickAsync();
        var row = actions.Locator("[data-row='0']");
        await row.Locator("[data-col='id']").FillAsync("ZM-1");
        await row.Locator("[data-col='date']").FillAsync("2021-08-20");
        await row.Locator("[data-col='county']").SelectOptionAsync("中牟县");
        await row.Locator("[data-col='type']").SelectOptionAsync("document");
        await row.Locator("[data-col='target']").FillAsync("甲安全评价有限公司");
        await row.Locator("[data-col='instrument']").FillAsync("责令限期改正指令书");
        await row.Locator("[data-col='served']").SelectOptionAsync("true");
        var reads = await _page.Locator("#campaign-editors").GetAttributeAsync("data-reads");
        await actions.Locator("[data-save]").ClickAsync();
        // Saved, the folder is read again: the row comes back from the file.
        await _page.WaitForFunctionAsync($"() => document.querySelector('#campaign-editors').dataset.reads !== '{reads}'");
        (await _page.Locator("[data-file-editor='中牟县-2021/enforcement/actions.yaml'] [data-row='0'] [data-col='instrument']").InputValueAsync()).Should().Be("责令限期改正指令书");

        await _page.SelectOptionAsync("#campaign-unit", "中牟县应急管理局");
        await _page.FillAsync("#campaign-cutoff", "2021-08-26");
        await _page.ClickAsync("#campaign-run");
        await _page.Locator("#campaign-files a").First.WaitForAsync();
        var expected = (await CampaignLedger.BuildAsync(TestData.Engine, Path.Combine(_workspace, "中牟县-2021"))).Submission("中牟县应急管理局", new DateOnly(2021, 8, 26));
        expected.Annex2Row[0].Should().Be(1, "one agency checked once");
        expected.Annex2Row[2].Should().Be(1, "the report is 虚假: one major violation");
        expected.Annex2Row[3].Should().Be(1, "one document served");
        (await _page.Locator("#annex2 td").AllInnerTextsAsync()).Select(decimal.Parse).Should().Equal(expected.Annex2Row);
        File.Exists(Path.Combine(_workspace, "中牟县-2021", "汇总表", "中牟县应急管理局-2021-08-26", "annex2-summary.xlsx")).Should().BeTrue();
        await Shot("workbench-new-county-campaign.png");
        _problems.Should().BeEmpty();
    }

    private async Task Fill(string field, string value) => await _page.FillAsync($"[data-field='{field}']", value);

    private async Task Select(string field, string value) => await _page.SelectOptionAsync($"[data-field='{field}']", value);

    private async Task AddKind(string search, string kind)
    {
        await _page.FillAsync("#kind-search", search);
        await _page.ClickAsync($"button[data-kind='{kind}']");
    }

    // What the panel shows now (after the last change has come back): per list, the verdict and the criteria shown.
    private async Task<Dictionary<string, (string Verdict, string Criteria)>> PanelVerdicts()
    {
        await _page.WaitForFunctionAsync("() => document.querySelector('#verdict-status') !== null");
        var lists = await _page.Locator(".determination").EvaluateAllAsync<JsonElement>(
            "cards => cards.map(c => ({ list: c.dataset.list, verdict: c.querySelector('[data-verdict]').dataset.verdict, criteria: [...c.querySelectorAll('[data-criterion]')].map(x => x.dataset.criterion + ':' + x.dataset.outcome).join(',') }))");
        return lists.EnumerateArray().ToDictionary(l => l.GetProperty("list").GetString()!, l => (l.GetProperty("verdict").GetString()!, l.GetProperty("criteria").GetString()!));
    }

    // What the tool's JSON says, in the panel's terms: per list, the verdict and the criteria met, suspected or undecided.
    private static Dictionary<string, (string Verdict, string Criteria)> Verdicts(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("determinations").EnumerateArray()
            .ToDictionary(d => d.GetProperty("list").GetProperty("id").GetString()!, d => (Verdict: d.TryGetProperty("verdict", out var verdict) && verdict.ValueKind == JsonValueKind.String ? verdict.GetString()! : "none",
                Criteria: string.Join(",", d.GetProperty("criteria").EnumerateArray().Where(c => c.GetProperty("outcome").GetString() is "met" or "suspected" or "cannotDecide")
                    .Select(c => $"{c.GetProperty("number").GetInt32()}:{c.GetProperty("outcome").GetString()}"))));

    private async Task Shot(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestResults", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }
}
