using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RulesKit.Explanation;
using RulesKit.Workbench.Server;

namespace RulesKit.Tests.Workbench.Server;

/// <summary>The workbench's API over HTTP, as a page (or a hostile page) would call it.</summary>
public sealed class WorkbenchEndpointsTests : IAsyncLifetime
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("ruleskit-endpoints-").FullName;
    private WorkbenchServer _server = null!;
    private HttpClient _client = null!;
    private string _token = "";

    public async Task InitializeAsync()
    {
        _server = await WorkbenchServer.StartAsync(TestData.Engine, new WorkbenchOptions { Workspace = _workspace });
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _server.Address };
        var session = await _client.GetFromJsonAsync<JsonObject>("api/session");
        _token = (string)session!["token"]!;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_workspace, recursive: true);
    }

    [Fact]
    public async Task Evaluate_ExampleReport_TheEnginesVerdictAndExplanation()
    {
        var path = Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml");
        var answer = await Post("api/evaluate", new JsonObject { ["text"] = await File.ReadAllTextAsync(path), ["path"] = "reports/c07.yaml" });
        answer.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        var expected = TestData.Engine.Evaluate(TestData.Engine.ReadReport(path));
        body["kind"]!.GetValue<string>().Should().Be("report");
        body["evaluation"]!["determinations"]![0]!["verdict"]!.GetValue<string>().Should().Be(expected.Determinations[0].Verdict);
        body["explanation"]!.GetValue<string>().Should().Be(ExplanationWriter.ToText(expected, Language.Chinese).Replace(path, "reports/c07.yaml"));
    }

    [Fact]
    public async Task Evaluate_InvalidYaml_ProblemsWithLineAndColumn()
    {
        var answer = await Post("api/evaluate", new JsonObject { ["text"] = "id: A\ntitle: [unclosed\n" });
        var body = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        body["kind"]!.GetValue<string>().Should().Be("invalid");
        var problem = body["errors"]![0]!;
        problem["line"]!.GetValue<int>().Should().BePositive();
        problem["message"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Post_WithoutTheAntiforgeryToken_RefusedAndNothingWritten()
    {
        using var bare = new HttpClient { BaseAddress = _server.Address };
        var answer = await bare.PostAsJsonAsync("api/save", new JsonObject { ["path"] = "a.yaml", ["text"] = "id: A" });
        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).Should().Contain("防伪令牌");
        File.Exists(Path.Combine(_workspace, "a.yaml")).Should().BeFalse();
    }

    [Fact]
    public async Task Save_PathOutsideTheWorkspace_RefusedWithTheReason()
    {
        var answer = await Post("api/save", new JsonObject { ["path"] = "../escaped.yaml", ["text"] = "id: A" });
        answer.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).Should().Contain("工作区");
        File.Exists(Path.Combine(Path.GetDirectoryName(_workspace)!, "escaped.yaml")).Should().BeFalse();
    }

    [Fact]
    public async Task Request_AnotherHostName_Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/session");
        request.Headers.Host = "attacker.example";
        var answer = await _client.SendAsync(request);
        answer.StatusCode.Should().Be(HttpStatusCode.MisdirectedRequest);
    }

    [Fact]
    public async Task Page_ServedWithItsAssetsAndAPolicyThatAllowsOnlyItself()
    {
        var page = await _client.GetAsync(new Uri(_server.Address, "/"));
        page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("assets/app.js").And.NotContain("http://").And.NotContain("https://");
        (await _client.GetStringAsync("assets/app.js")).Should().Contain("X-RulesKit-Token");
        (await _client.GetAsync("assets/../../secret")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Form_HazchemOnADate_KindsWithChineseTitlesAndValueTitles()
    {
        var form = (await _client.GetFromJsonAsync<JsonObject>("api/form?industry=hazchem&date=2021-03-15"))!;
        var kind = form["kinds"]!.AsArray().Single(k => (string)k!["name"]! == "petrochemical_external_distance")!;
        kind["title"]!.GetValue<string>().Should().Be("石油化工企业与相邻工厂或设施的防火间距");
        var objectClass = kind["attributes"]!.AsArray().Single(a => (string)a!["name"]! == "object_class")!;
        objectClass["title"]!.GetValue<string>().Should().Be("相邻工厂或设施");
        objectClass["values"]!.AsArray().Select(v => (string)v!["title"]!).Should().Equal("居住区、公共福利设施、村庄", "相邻工厂（围墙）", "国家铁路线（中心线）", "厂外公路（路边）", "变配电站（围墙）");
        form["kinds"]!.AsArray().Should().NotContain(k => (string)k!["name"]! == "hazchem_inventory", "the engine makes that kind itself");
    }

    [Fact]
    public async Task Template_ReportOfTheKindsPicked_OnlyThoseAndAMisspeltOneNamed()
    {
        var template = (await _client.GetFromJsonAsync<JsonObject>("api/template?type=report&industry=hazchem&kinds=storage_tank_area"))!;
        template["text"]!.GetValue<string>().Should().Contain("kind: storage_tank_area").And.NotContain("kind: highway_distance");
        var misspelt = await _client.GetAsync("api/template?type=report&industry=hazchem&kinds=storage_tank_aera");
        misspelt.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await misspelt.Content.ReadAsStringAsync()).Should().Contain("storage_tank_area");
    }

    [Theory]
    [InlineData("report&industry=mining")]
    [InlineData("inspection&party=enterprise")]
    [InlineData("campaign")]
    [InlineData("actions")]
    [InlineData("ledger")]
    public async Task Template_EachType_CommentedYamlWithoutASchemaLine(string query)
    {
        var template = (await _client.GetFromJsonAsync<JsonObject>("api/template?type=" + query))!;
        var text = template["text"]!.GetValue<string>();
        text.Should().StartWith("#").And.NotContain("yaml-language-server");
        text.Should().MatchRegex("[\u4e00-\u9fff]", "the comments are in Chinese");
    }

    private async Task<HttpResponseMessage> Post(string url, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add(WorkbenchEndpoints.TokenHeader, _token);
        return await _client.SendAsync(request);
    }
}
