using System.Diagnostics;

namespace RulesKit.Tests.Hosting;

/// <summary>
/// Proves a real consumer works: pack both packages into a folder feed, build a console app restored
/// from that feed only (plus the machine's package cache), run it on a shipped example, and install and
/// run the ruleskit tool from the same feed. No catalog files are on disk for either: they are embedded.
/// </summary>
public class ConsumerTests
{
    [Fact]
    public void PackedLibraryAndTool_WorkForAConsumer()
    {
        var work = Directory.CreateTempSubdirectory("ruleskit-consumer-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            Run(TestData.RepositoryRoot, "pack", "RulesKit.sln", "-c", "Release", "-o", feed);
            File.Exists(Path.Combine(feed, "RulesKit.0.2.0.nupkg")).Should().BeTrue();
            File.Exists(Path.Combine(feed, "RulesKit.Tool.0.2.0.nupkg")).Should().BeTrue();

            var app = Path.Combine(work, "app");
            Directory.CreateDirectory(app);
            File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "app.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <Nullable>enable</Nullable>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="RulesKit" Version="0.2.0" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), """
                using RulesKit;
                var engine = RulesKitEngine.FromEmbeddedCatalogs();
                var result = engine.Evaluate(engine.ReadReport(args[0]));
                foreach (var d in result.Determinations)
                    Console.WriteLine($"{d.List.Id}: {d.VerdictName} {string.Join(",", d.Met)}");
                """);
            var example = Path.Combine(TestData.ExamplesDirectory, "pipeline-c09-gathering-line-occupied.false.yaml");
            var output = Run(app, "run", "--", example);
            output.Should().Contain("henan.zhengzhou-annex4: 虚假 9");

            var tools = Path.Combine(work, "tools");
            Run(work, "tool", "install", "RulesKit.Tool", "--tool-path", tools, "--add-source", feed, "--version", "0.2.0");
            var toolOutput = Run(work, Path.Combine(tools, "ruleskit"), "evaluate", example, "--lang", "en");
            toolOutput.Should().Contain("Verdict: false report (虚假)").And.Contain("Criteria met: 9");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Run(string directory, string command, params string[] args)
    {
        var start = new ProcessStartInfo(command.Contains('/') ? command : "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!command.Contains('/'))
            start.ArgumentList.Add(command);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).Should().BeTrue($"{command} {string.Join(' ', args)} finished in time");
        process.ExitCode.Should().Be(0, $"{command} {string.Join(' ', args)} failed:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}
