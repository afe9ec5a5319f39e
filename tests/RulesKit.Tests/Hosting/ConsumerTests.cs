using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RulesKit.Tests.Hosting;

/// <summary>
/// Proves the README's install recipe on a clean machine: the packages are packed into a folder feed,
/// and with an empty, isolated NuGet cache a console app and an ASP.NET Core app are restored from the
/// feed (their dependencies from the public source, which the recipe's nuget.config keeps), built and
/// run; the tool is installed from the same feed. No catalog file is on disk for any of them.
/// </summary>
public class ConsumerTests
{
    private const string Version = "0.2.0";

    [Fact]
    public async Task PackedPackages_CleanCache_ConsoleWebAppAndToolWork()
    {
        var work = Directory.CreateTempSubdirectory("ruleskit-consumer-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "nuget-cache"),          // empty: nothing comes from this machine's cache
            ["NUGET_HTTP_CACHE_PATH"] = Path.Combine(work, "nuget-http-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        try
        {
            var feed = Path.Combine(work, "feed");
            Run(TestData.RepositoryRoot, environment, "dotnet", "pack", "RulesKit.sln", "-c", "Release", "-o", feed);
            foreach (var package in new[] { "RulesKit", "RulesKit.Campaign", "RulesKit.Testing", "RulesKit.Hosting", "RulesKit.Tool" })
            {
                File.Exists(Path.Combine(feed, $"{package}.{Version}.nupkg")).Should().BeTrue(package);
                if (package != "RulesKit.Tool") // the tool's platform packages carry their pdbs
                    File.Exists(Path.Combine(feed, $"{package}.{Version}.snupkg")).Should().BeTrue($"{package} has a symbols package");
            }

            // The README's recipe, word for word.
            Run(work, environment, "dotnet", "new", "nugetconfig");
            Run(work, environment, "dotnet", "nuget", "add", "source", feed, "--name", "ruleskit");

            var example = Path.Combine(TestData.ExamplesDirectory, "hazchem-c01-highway-distance.false.yaml");
            var console = App(work, "console", "Microsoft.NET.Sdk", "Exe", """
                using RulesKit;
                var engine = RulesKitEngine.FromEmbeddedCatalogs();
                var result = engine.Evaluate(engine.ReadReport(args[0]));
                foreach (var d in result.Determinations)
                    Console.WriteLine($"{d.List.Id}: {d.VerdictName} {string.Join(",", d.Met)}");
                """);
            Run(console, environment, "dotnet", "add", "package", "RulesKit", "--version", Version);
            Run(console, environment, "dotnet", "run", "--", example).Should().Contain("henan.zhengzhou-annex4: 虚假 1");

            var web = App(work, "web", "Microsoft.NET.Sdk.Web", "Exe", """
                using Microsoft.AspNetCore.Http.HttpResults;
                using RulesKit;
                using RulesKit.Explanation;
                using RulesKit.Hosting;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddRulesKit(builder.Configuration);
                builder.Services.AddProblemDetails();
                builder.Services.AddExceptionHandler<RulesKitExceptionHandler>();
                var app = builder.Build();
                app.UseExceptionHandler();
                app.MapPost("/evaluate", async (HttpRequest request, RulesKitEngine engine) =>
                    Results.Json(engine.Evaluate(await engine.ParseReportAsync(request.Body, "request")), RulesKitJson.Options));
                app.Run();
                """);
            Run(web, environment, "dotnet", "add", "package", "RulesKit.Hosting", "--version", Version);
            Run(web, environment, "dotnet", "build");
            await CallWebApp(web, environment, example);

            var tools = Path.Combine(work, "tools");
            Run(work, environment, "dotnet", "tool", "install", "RulesKit.Tool", "--version", Version, "--tool-path", tools);
            Run(work, environment, Path.Combine(tools, "ruleskit"), "evaluate", example, "--lang", "en")
                .Should().Contain("Verdict: false report (虚假)").And.Contain("Criteria met: 1");
            if (System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier == "linux-x64")
            {
                // The platform's own package was installed, compiled ReadyToRun (a fresh process jits far less).
                var library = Directory.EnumerateFiles(Path.Combine(tools, ".store"), "RulesKit.dll", SearchOption.AllDirectories).Single();
                library.Should().Contain("ruleskit.tool.linux-x64");
                using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(library));
                pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size.Should().BeGreaterThan(0, "RulesKit.dll is ReadyToRun");
            }
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task CallWebApp(string web, Dictionary<string, string> environment, string example)
    {
        var port = FreePort();
        var start = Start(web, new Dictionary<string, string>(environment) { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" }, "dotnet", "run", "--no-build");
        using var process = Process.Start(start)!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilListening(http, process);

            var ok = await http.PostAsync("/evaluate", new StringContent(await File.ReadAllTextAsync(example), Encoding.UTF8, "application/yaml"));
            ok.StatusCode.Should().Be(HttpStatusCode.OK, await ok.Content.ReadAsStringAsync());
            using (var json = JsonDocument.Parse(await ok.Content.ReadAsStringAsync()))
            {
                var determination = json.RootElement.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("list").GetProperty("id").GetString() == "henan.zhengzhou-annex4");
                determination.GetProperty("verdictName").GetString().Should().Be("虚假");
                determination.GetProperty("criteria")[0].GetProperty("outcome").GetString().Should().Be("met", "enums are names in the JSON");
            }

            var bad = await http.PostAsync("/evaluate", new StringContent("id: [1]\n", Encoding.UTF8, "application/yaml"));
            bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
            problem.GetProperty("status").GetInt32().Should().Be(400);
            problem.GetProperty("errors").EnumerateArray().Should().Contain(e => e.GetProperty("code").GetString() == "RK1104" && e.GetProperty("line").GetInt32() == 1);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task WaitUntilListening(HttpClient http, Process process)
    {
        for (var i = 0; i < 300; i++)
        {
            process.HasExited.Should().BeFalse("the web app must keep running");
            try
            {
                await http.GetAsync("/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }
        throw new TimeoutException("the web app did not start listening in 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string App(string work, string name, string sdk, string outputType, string program)
    {
        var dir = Path.Combine(work, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, $"{name}.csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        return dir;
    }

    private static ProcessStartInfo Start(string directory, Dictionary<string, string> environment, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return start;
    }

    private static string Run(string directory, Dictionary<string, string> environment, string command, params string[] args)
    {
        using var process = Process.Start(Start(directory, environment, command, args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(8)).Should().BeTrue($"{command} {string.Join(' ', args)} finished in time");
        process.ExitCode.Should().Be(0, $"{command} {string.Join(' ', args)} failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
