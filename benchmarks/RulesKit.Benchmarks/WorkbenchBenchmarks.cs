using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using RulesKit.Workbench.Server;

namespace RulesKit.Benchmarks;

/// <summary>
/// A keystroke in the workbench, server side: the form's YAML (the browser test's report, two subjects and an evidence
/// record) posted to a running workbench, parsed, evaluated, and answered with the evaluation's JSON and its Chinese
/// explanation. Against the baseline of the same text parsed and evaluated in process, in the same run. The target is
/// under 100 ms from keystroke to verdict on the 2-core machine; the page adds only its rendering.
/// </summary>
[MemoryDiagnoser]
public class WorkbenchBenchmarks
{
    private const string Report = """
        id: "WB-LPG-1"
        title: "某液化气储配有限公司安全现状评价报告"
        reportType: 现状评价
        purpose: licence
        industry: hazchem
        agency: "甲安全评价有限公司"
        enterprise: "某液化气储配有限公司"
        county: "中牟县"
        evaluationDate: 2021-03-15
        checkedOn: 2021-08-16
        conclusion:
          text: "具备安全生产条件"
          favourable: true
        subjects:
          - id: "S1"
            kind: petrochemical_external_distance
            observed:
              object_class: "residential_public_village"
              facility_class: "liquefied_hydrocarbon_tank_group"
              distance_m: 80
            reported:
              object_class: "residential_public_village"
              facility_class: "liquefied_hydrocarbon_tank_group"
              distance_m: 160
          - id: "S2"
            kind: storage_tank_area
            name: "液化石油气罐区"
            observed:
              mhi_grade: 2
              emergency_shutoff: false
            reported:
              mhi_grade: 2
              emergency_shutoff: true
        evidence:
          - id: "E1"
            source: agency_photo
            description: "评价机构勘验影像：罐区进出料管道未设紧急切断阀，罐区距村庄约80米"
            concerns: ["S1", "S2"]
            shows: ["distance_m", "emergency_shutoff"]

        """;

    private RulesKitEngine _engine = null!;
    private WorkbenchServer _server = null!;
    private HttpClient _client = null!;
    private string _token = "";
    private string _workspace = "";

    [GlobalSetup]
    public void Setup()
    {
        _engine = RulesKitEngine.FromEmbeddedCatalogs();
        _workspace = Directory.CreateTempSubdirectory("ruleskit-workbench-bench-").FullName;
        _server = WorkbenchServer.StartAsync(_engine, new WorkbenchOptions { Workspace = _workspace }).GetAwaiter().GetResult();
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = _server.Address };
        _token = (string)_client.GetFromJsonAsync<JsonObject>("api/session").GetAwaiter().GetResult()!["token"]!;
        if (Keystroke() < 1000)
            throw new InvalidOperationException("the workbench did not answer with an evaluation");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_workspace, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "parse + evaluate in process")]
    public int InProcess() => _engine.Evaluate(_engine.ParseInput(Report, "reports/WB-LPG-1.yaml").Report!).Determinations.Length;

    [Benchmark(Description = "keystroke: POST /api/evaluate → evaluation JSON + explanation")]
    public int Keystroke()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/evaluate?lang=zh")
        {
            Content = JsonContent.Create(new JsonObject { ["text"] = Report, ["path"] = "reports/WB-LPG-1.yaml" }),
        };
        request.Headers.Add(WorkbenchEndpoints.TokenHeader, _token);
        using var response = _client.Send(request);
        response.EnsureSuccessStatusCode();
        return response.Content.ReadAsStringAsync().GetAwaiter().GetResult().Length;
    }
}
