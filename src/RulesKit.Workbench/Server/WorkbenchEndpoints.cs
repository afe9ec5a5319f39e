using System.Globalization;
using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RulesKit.Campaign.Ledger;
using RulesKit.Campaign.Tables;
using RulesKit.Workbench.Files;
using RulesKit.Workbench.Templates;
using static RulesKit.Workbench.Server.WorkbenchService;

namespace RulesKit.Workbench.Server;

/// <summary>
/// The workbench in any ASP.NET Core host: <see cref="AddRulesKitWorkbench"/> registers it over an engine and a
/// workspace, <see cref="MapRulesKitWorkbench"/> maps its page and API. Every request that changes or evaluates
/// anything carries the antiforgery token the page received; every path goes through <see cref="WorkspaceFolder"/>.
/// </summary>
public static class WorkbenchEndpoints
{
    /// <summary>The header that carries the antiforgery token on every POST.</summary>
    public const string TokenHeader = "X-RulesKit-Token";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Registers the workbench over <paramref name="engine"/> and the workspace of <paramref name="options"/>.</summary>
    /// <exception cref="WorkspaceException">The workspace folder does not exist.</exception>
    public static IServiceCollection AddRulesKitWorkbench(this IServiceCollection services, RulesKitEngine engine, WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddAntiforgery(o =>
        {
            o.HeaderName = TokenHeader;
            o.Cookie.Name = "ruleskit-antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddSingleton(new WorkbenchService(engine, new WorkspaceFolder(options.Workspace, options.MaxFileBytes), options.Language));
        return services;
    }

    /// <summary>Maps the workbench's page, assets and API at the root of <paramref name="endpoints"/>.</summary>
    public static IEndpointRouteBuilder MapRulesKitWorkbench(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Asset("index.html"));
        endpoints.MapGet("/assets/{name}", (string name) => Asset(name));

        endpoints.MapGet("/api/session", (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return HttpResults.Json(new JsonObject
            {
                ["token"] = tokens.RequestToken,
                ["language"] = service.Language == Language.English ? "en" : "zh",
                ["workspace"] = Path.GetFileName(service.Workspace.Root),
            }, Json);
        });

        endpoints.MapGet("/api/form", (HttpContext http, WorkbenchService service, string? industry, string? party, string? date) => Answer(http, service, () =>
            service.Form(industry, party, Date(date) ?? DateOnly.FromDateTime(DateTime.Today))));

        endpoints.MapGet("/api/files", (HttpContext http, WorkbenchService service) => Answer(http, service, () =>
            new JsonObject { ["files"] = new JsonArray([.. service.Workspace.Files().Select(f => JsonValue.Create(f))]) }));

        endpoints.MapGet("/api/file", (HttpContext http, WorkbenchService service, string? path) => Answer(http, service, () =>
            new JsonObject { ["path"] = path, ["text"] = service.Workspace.ReadText(path!) }));

        endpoints.MapGet("/api/form-state", (HttpContext http, WorkbenchService service, string? path) => Answer(http, service, () => service.FormState(path!)));

        endpoints.MapGet("/api/template", (HttpContext http, WorkbenchService service, string type, string? industry, string? party, string? kinds) => Answer(http, service, () =>
        {
            var catalogs = service.Engine.Catalogs;
            // The schema path is left to the editor: a file saved in the workspace is read by ruleskit without it.
            var text = type switch
            {
                "report" => FileTemplates.Report(catalogs, industry ?? "hazchem", "report.schema.json",
                    kinds is null ? null : kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                "inspection" => FileTemplates.Inspection(catalogs, party ?? "agency", "inspection.schema.json"),
                "campaign" => FileTemplates.Campaign("campaign.schema.json"),
                "actions" => FileTemplates.Actions("enforcement.schema.json"),
                "ledger" => FileTemplates.Ledger("rectifications.schema.json"),
                _ => throw new TemplateException($"未知模板“{type}”：应为 report、inspection、campaign、actions 或 ledger", $"unknown template '{type}': expected report, inspection, campaign, actions or ledger"),
            };
            return new JsonObject { ["text"] = SchemaLineRemoved(text) };
        }));

        endpoints.MapPost("/api/evaluate", async (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
            await Posted(http, antiforgery, service, body => service.Evaluate(Text(body, "text"), Optional(body, "path"), LanguageOf(http, service))));

        endpoints.MapPost("/api/explain", async (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
            await Posted(http, antiforgery, service, body => new JsonObject
            {
                ["text"] = service.ExplainCriterion(Text(body, "text"), Optional(body, "path"), Text(body, "list"),
                    int.Parse(Text(body, "number"), CultureInfo.InvariantCulture), LanguageOf(http, service)),
            }));

        endpoints.MapPost("/api/save", async (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
            await Posted(http, antiforgery, service, body =>
            {
                var path = Text(body, "path");
                service.Workspace.WriteText(path, Text(body, "text"));
                return new JsonObject { ["path"] = path };
            }));

        endpoints.MapPost("/api/case", async (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
            await Posted(http, antiforgery, service, body => service.CaseDocument(Text(body, "text"), Text(body, "path"), LanguageOf(http, service))));

        endpoints.MapPost("/api/campaign", async (HttpContext http, IAntiforgery antiforgery, WorkbenchService service) =>
            await Posted(http, antiforgery, service, body => Campaign(service, body, LanguageOf(http, service))));

        endpoints.MapGet("/files/{**path}", (HttpContext http, WorkbenchService service, string path) =>
        {
            try
            {
                var full = service.Workspace.Existing(path);
                // A page of the workspace (a campaign's summary) runs its own script but reaches nothing else.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";
                return HttpResults.File(full, WorkspaceFolder.Served[Path.GetExtension(full)], Path.GetExtension(full) == ".xlsx" ? Path.GetFileName(full) : null);
            }
            catch (WorkspaceException e)
            {
                return HttpResults.Json(new JsonObject { ["error"] = e.Format(LanguageOf(http, service)) }, Json, statusCode: StatusCodes.Status404NotFound);
            }
        });
        return endpoints;
    }

    // A campaign folder of the workspace: read (its units and last reporting day), or, given a unit, its tables and
    // summary written into FOLDER/汇总表/UNIT-截止日期 — only when every input was read, as the ruleskit command does.
    private static JsonObject Campaign(WorkbenchService service, JsonObject body, Language language)
    {
        var folderPath = Text(body, "folder");
        var folder = service.Workspace.Resolve(folderPath);
        if (!File.Exists(Path.Combine(folder, "campaign.yaml")))
            throw new WorkspaceException($"“{folderPath}”中没有 campaign.yaml：不是专项整治文件夹", $"'{folderPath}' holds no campaign.yaml: not a campaign folder");
        var ledger = CampaignLedger.BuildAsync(service.Engine, folder).GetAwaiter().GetResult();
        var answer = new JsonObject
        {
            ["campaign"] = ledger.Settings.Name,
            ["units"] = new JsonArray([.. new[] { ledger.Settings.City }.Concat(ledger.Settings.Counties).Select(u => JsonValue.Create(u.Unit))]),
            ["lastReportingDay"] = Day(ledger.DefaultCutOff),
            ["errors"] = new JsonArray([.. ledger.Errors.Select(d => JsonValue.Create(d.ToString(language)))]),
            ["warnings"] = new JsonArray([.. ledger.Warnings.Select(d => JsonValue.Create(d.ToString(language)))]),
            ["inputs"] = ledger.Inputs,
        };
        answer["settings"] = Settings(ledger.Settings);
        // The rows of each file, for the page's editors; a file the ledger could not read is named, so that its rows are
        // edited on the YAML page and never lost by saving the few that were read.
        var failed = ledger.Errors.Select(e => e.Source).Where(s => s.Length > 0).Select(s => Path.GetFullPath(s)).ToHashSet(StringComparer.Ordinal);
        answer["failedFiles"] = new JsonArray([.. failed.Where(f => f.StartsWith(service.Workspace.Root, StringComparison.Ordinal)).Select(f => JsonValue.Create(service.Workspace.Relative(f)))]);
        answer["actions"] = new JsonArray([.. ledger.Actions.Select(a => Row(service, a.Source, new JsonObject
        {
            ["id"] = a.Id, ["date"] = Day(a.Date), ["county"] = a.County, ["type"] = JsonSerializer.SerializeToNode(a.Type)!.GetValue<string>(), ["target"] = a.Target,
            ["report"] = a.Report ?? "", ["fine"] = a.Fine?.ToString(CultureInfo.InvariantCulture) ?? "", ["by"] = a.By ?? "", ["instrument"] = a.Instrument ?? "",
            ["served"] = a.Served, ["note"] = a.Note ?? "",
        }))]);
        answer["rectifications"] = new JsonArray([.. ledger.Rectifications.Select(r => Row(service, r.Source, new JsonObject
        {
            ["id"] = r.Id, ["county"] = r.County, ["unit"] = r.Unit, ["from"] = r.From ?? "", ["problem"] = r.Problem, ["measures"] = r.Measures,
            ["responsible"] = r.Responsible, ["found"] = Day(r.Found), ["due"] = Day(r.Due), ["done"] = Day(r.Done),
        }))]);
        if (Optional(body, "unit") is not { } unit)
            return answer;
        if (ledger.Settings.Find(unit) is null)
            throw new WorkspaceException($"campaign.yaml 中没有填报单位“{unit}”", $"campaign.yaml has no unit '{unit}'");
        var submission = ledger.Submission(unit, Date(Optional(body, "cutOff")));
        answer["annex2"] = new JsonArray([.. CampaignSubmission.Annex2Columns.Zip(submission.Annex2Row, (c, n) => new JsonObject { ["column"] = c, ["value"] = n })]);
        answer["cutOff"] = Day(submission.CutOff);
        if (!ledger.Errors.IsEmpty)
        {
            // An incomplete submission is not written: it could be sent as complete.
            answer["written"] = false;
            return answer;
        }
        var outRelative = $"{folderPath}/汇总表/{submission.Unit.Unit}-{submission.CutOff:yyyy-MM-dd}";
        var output = service.Workspace.Resolve(outRelative);
        Directory.CreateDirectory(output);
        using (var held = TableFolder.TryHold(output) ?? throw new WorkspaceException($"另一次运行正在写入 {outRelative}", $"another run is writing into {outRelative}"))
        {
            TableFolder.Write(output, [.. submission.Tables()]);
            var html = new UTF8Encoding(false).GetBytes(CampaignHtml.Render(submission));
            TableFolder.WriteWhole(Path.Combine(output, "summary.html"), stream => stream.Write(html));
        }
        answer["written"] = true;
        answer["files"] = new JsonArray([.. Directory.GetFiles(output).Select(service.Workspace.Relative).Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).Select(f => JsonValue.Create(f))]);
        return answer;
    }

    // campaign.yaml as the page edits it: the calendar given back as its first and last reporting day and the days of
    // the month, which expand to the same reporting days.
    private static JsonObject Settings(CampaignSettings settings) => new()
    {
        ["campaign"] = settings.Name,
        ["city"] = Unit(settings.City),
        ["counties"] = new JsonArray([.. settings.Counties.Select(Unit)]),
        ["from"] = Day(settings.ReportingDays.IsEmpty ? null : settings.ReportingDays[0]),
        ["to"] = Day(settings.ReportingDays.IsEmpty ? null : settings.ReportingDays[^1]),
        ["days"] = string.Join(", ", settings.ReportingDays.Select(d => d.Day).Distinct().Order()),
    };

    private static JsonObject Unit(CampaignUnit u) => new() { ["unit"] = u.Unit, ["county"] = u.County, ["filledBy"] = u.FilledBy ?? "", ["telephone"] = u.Telephone ?? "" };

    // A row with the workspace file it was read from ("FILE:LINE" in the ledger).
    private static JsonObject Row(WorkbenchService service, string? source, JsonObject row)
    {
        var file = source is null ? "" : source[..(source.LastIndexOf(':') is var colon and > 0 ? colon : source.Length)];
        row["file"] = file.Length > 0 && Path.GetFullPath(file).StartsWith(service.Workspace.Root, StringComparison.Ordinal) ? service.Workspace.Relative(Path.GetFullPath(file)) : "";
        return row;
    }

    private static async Task<IResult> Posted(HttpContext http, IAntiforgery antiforgery, WorkbenchService service, Func<JsonObject, JsonObject> handle)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return HttpResults.Json(new JsonObject { ["error"] = Say(http, service, "请求缺少有效的防伪令牌：请重新打开工作台页面", "the request lacks a valid antiforgery token: reload the workbench page") }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        JsonObject? body;
        try
        {
            if (http.Request.ContentLength > service.Workspace.MaxFileBytes * 2)
                throw new JsonException("too large");
            body = await JsonSerializer.DeserializeAsync<JsonObject>(http.Request.Body, Json, http.RequestAborted);
        }
        catch (JsonException)
        {
            body = null;
        }
        if (body is null)
            return HttpResults.Json(new JsonObject { ["error"] = Say(http, service, "请求正文应为一个 JSON 对象", "the request body must be one JSON object") }, Json, statusCode: StatusCodes.Status400BadRequest);
        return Answer(http, service, () => handle(body));
    }

    private static IResult Answer(HttpContext http, WorkbenchService service, Func<JsonObject> handle)
    {
        try
        {
            return HttpResults.Json(handle(), Json);
        }
        catch (WorkbenchException e)
        {
            return HttpResults.Json(new JsonObject { ["error"] = e.Format(LanguageOf(http, service)) }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
        catch (RulesKitInputException e)
        {
            return HttpResults.Json(new JsonObject { ["error"] = string.Join("\n", e.Diagnostics.Select(d => d.ToString(LanguageOf(http, service)))) }, Json, statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Asset(string name)
    {
        var type = Path.GetExtension(name) switch
        {
            ".html" => "text/html; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            _ => null,
        };
        var stream = type is null ? null : typeof(WorkbenchEndpoints).Assembly.GetManifestResourceStream("RulesKit.Workbench.Assets." + name);
        return stream is null ? HttpResults.NotFound() : HttpResults.Stream(stream, type);
    }

    private static string Text(JsonObject body, string name) =>
        Optional(body, name) ?? throw new BadRequest($"请求缺少“{name}”", $"the request lacks '{name}'");

    private static string? Optional(JsonObject body, string name) => body[name] switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<int>(out var i) => i.ToString(CultureInfo.InvariantCulture),
        _ => throw new BadRequest($"“{name}”应为文本", $"'{name}' must be a text"),
    };

    private static DateOnly? Date(string? text) =>
        string.IsNullOrEmpty(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new BadRequest($"日期“{text}”应为 YYYY-MM-DD", $"the date '{text}' must be YYYY-MM-DD");

    private static Language LanguageOf(HttpContext http, WorkbenchService service) =>
        http.Request.Query["lang"].ToString() switch { "en" => Language.English, "zh" => Language.Chinese, _ => service.Language };

    private static string Say(HttpContext http, WorkbenchService service, string chinese, string english) =>
        LanguageOf(http, service) == Language.Chinese ? chinese : english;

    // Templates for the browser name no schema path: the editor has none to resolve it against.
    private static string SchemaLineRemoved(string text) =>
        text.StartsWith("# yaml-language-server:", StringComparison.Ordinal) ? text[(text.IndexOf('\n') + 1)..] : text;

    // A request without what it needs (a field, a date in its form).
    private sealed class BadRequest(string chinese, string english) : WorkbenchException(chinese, english);
}
