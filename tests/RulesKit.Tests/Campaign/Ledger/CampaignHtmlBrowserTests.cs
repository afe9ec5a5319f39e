using System.Globalization;
using Microsoft.Playwright;
using RulesKit.Campaign.Ledger;

namespace RulesKit.Tests.Campaign.Ledger;

/// <summary>
/// The HTML summary opened in a real browser: Debian's Chromium (installed by .ci/run), driven by Playwright.
/// The numbers the page shows must be the tables', and the page must load without a script error.
/// </summary>
public class CampaignHtmlBrowserTests
{
    // Debian's package; PLAYWRIGHT_CHROMIUM names another executable.
    private static readonly string Chromium = Environment.GetEnvironmentVariable("PLAYWRIGHT_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    public async Task Render_CitySummaryInChromium_ShowsTheTablesNumbersWithoutScriptErrors()
    {
        File.Exists(Chromium).Should().BeTrue($"the browser test needs Chromium at {Chromium} (.ci/run installs it: apt-get install chromium)");
        var submission = CampaignLedgerTests.Example.Submission("郑州市应急管理局", new DateOnly(2021, 8, 26));
        var html = Path.Combine(Directory.CreateTempSubdirectory("ruleskit-html-").FullName, "summary.html");
        await File.WriteAllTextAsync(html, CampaignHtml.Render(submission));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
                problems.Add(message.Text);
        };
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(html).AbsoluteUri);

        var annex2 = await page.Locator("#table-annex2-summary tbody td").AllInnerTextsAsync();
        annex2.Select(t => decimal.Parse(t, CultureInfo.InvariantCulture)).Should().Equal(submission.Annex2Row);
        var annex3 = await page.Locator("#table-annex3-false-reports tbody tr").CountAsync();
        annex3.Should().Be(submission.Annex3.Rows.Length);
        var byCounty = await page.Locator("#chart-by-county rect[data-series='虚假']").EvaluateAllAsync<int[]>("bars => bars.map(b => +b.dataset.value)");
        byCounty.Sum().Should().Be((int)submission.VerdictsByCounty.Sum(x => x.False));
        var trend = await page.Locator("#chart-trend rect[data-series='重大违法行为']").EvaluateAllAsync<int[]>("bars => bars.map(b => +b.dataset.value)");
        trend.Should().Equal(submission.Trend.Select(t => (int)t.Counts[2]));
        (await page.Locator("#toc a").CountAsync()).Should().BeGreaterThan(3, "the page's script built its table of contents");
        problems.Should().BeEmpty();
        requests.Should().OnlyContain(u => u.StartsWith("file:", StringComparison.Ordinal), "the page is self-contained");

        var shot = Path.Combine(AppContext.BaseDirectory, "TestResults", "campaign-summary.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        new FileInfo(shot).Length.Should().BePositive();
    }
}
