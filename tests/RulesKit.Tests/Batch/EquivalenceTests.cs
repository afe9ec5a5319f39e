using System.Security.Cryptography;
using System.Text;
using RulesKit.Campaign.Batch;
using RulesKit.Explanation;
using RulesKit.Input;
using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Batch;

/// <summary>
/// The speed-ups change nothing decided: the JSON fast path reads what the located reader reads, the subject
/// screen lets NRules decide exactly what it decided on every subject, and a fixed generated batch gives the
/// recorded bytes.
/// </summary>
public class EquivalenceTests
{
    private static readonly string[] Lines = [.. SyntheticReports.JsonLines(600, 99), .. SyntheticReports.WorstCaseJsonLines(200, 5, 3)];

    [Fact]
    public void ParseReportOrRecord_FastPath_SameReportOrSameErrorsAsTheLocatedReader()
    {
        var engine = TestData.Engine;
        foreach (var (line, i) in Lines.Select((l, i) => (l, i)))
        {
            var source = $"#{i}";
            string Slow()
            {
                try { return ExplanationWriter.ToJson(engine.Evaluate(engine.ReadReport(DocumentReader.Read(line, source)))); }
                catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
            }
            string Fast()
            {
                try { return ExplanationWriter.ToJson(engine.Evaluate((Report)engine.ParseReportOrRecord(line, source))); }
                catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
            }
            Fast().Should().Be(Slow(), $"line {i}");
        }
    }

    [Fact]
    public void Evaluate_ScreenedAndUnscreened_ByteIdentical()
    {
        var screened = RulesKitEngine.FromEmbeddedCatalogs();
        var unscreened = RulesKitEngine.FromEmbeddedCatalogs();
        unscreened.Evaluator.ScreenSubjects = false;
        var reports = Lines.Select((l, i) => { try { return screened.ParseReport(l, $"#{i}"); } catch (RulesKitInputException) { return null; } }).OfType<Report>().ToList();
        reports.Should().HaveCountGreaterThan(700);

        foreach (var report in reports)
            ExplanationWriter.ToJson(screened.Evaluate(report)).Should().Be(ExplanationWriter.ToJson(unscreened.Evaluate(report)), report.Id);
        reports.Sum(r => screened.Evaluate(r).Nonconformities.Length).Should().BeGreaterThan(500, "the worst-case reports carry problems");
    }

    [Fact]
    public async Task EvaluateAsync_FixedGeneratedBatch_TheRecordedBytes()
    {
        var golden = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Batch", "generated-batch.sha256");
        var text = new StringBuilder();
        var inputs = Lines.Select((l, i) => BatchInput.FromText($"#{i}", l));
        await foreach (var record in BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { Parallelism = 2 }))
            text.Append(record.Evaluation is { } e ? ExplanationWriter.ToJson(e) : string.Join("\n", record.Errors)).Append('\n');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        // A change to the catalogs or to what the engine decides changes this hash on purpose: check the
        // differences, then record the new hash (the .received file) as the golden one.
        if (hash != File.ReadAllText(golden).Trim())
            await File.WriteAllTextAsync(Path.ChangeExtension(golden, ".received.sha256"), hash + "\n");
        hash.Should().Be(File.ReadAllText(golden).Trim());
    }
}
