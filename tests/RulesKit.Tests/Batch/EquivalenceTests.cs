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
        foreach (var (line, i) in Lines.Select((l, i) => (l, i)))
            Fast(line, $"#{i}").Should().Be(Slow(line, $"#{i}"), $"line {i}");
    }

    // The fast path's own attribute-map reader (shared names, values converted in place) against the located
    // reader on what it must refuse or convert: repeated, null, escaped, quoted, long and unknown attributes.
    [Theory]
    [InlineData("\"staff_count\":120", "\"staff_count\":120,\"staff_count\":121")]
    [InlineData("\"staff_count\":120", "\"staff_count\":null")]
    [InlineData("\"staff_count\":120", "\"staff\\u005fcount\":120")]
    [InlineData("\"staff_count\":120", "\"staff_count\":\"120\"")]
    [InlineData("\"staff_count\":120", "\"unknown_attribute\":1")]
    [InlineData("\"role\":\"safety_manager\"", "\"role\":\"a_role_name_far_longer_than_the_sixty_four_characters_that_are_shared_between_lines\"")]
    [InlineData("\"role\":\"safety_manager\"", "\"role\":\"safety_\\u006danager\"")]
    public void ParseReportOrRecord_AttributeMapEdgeCases_SameAsTheLocatedReader(string original, string replacement)
    {
        var line = SyntheticReports.JsonLines(1, 1).Single();
        line.Should().Contain(original, "the generated line these cases edit");
        var edited = line.Replace(original, replacement, StringComparison.Ordinal);

        Fast(edited, "edited").Should().Be(Slow(edited, "edited"));
        // Twice: the second read meets the names the first one shared.
        Fast(edited, "edited").Should().Be(Slow(edited, "edited"));
    }

    private static string Slow(string line, string source)
    {
        try { return ExplanationWriter.ToJson(TestData.Engine.Evaluate(TestData.Engine.ReadReport(DocumentReader.Read(line, source)))); }
        catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
    }

    private static string Fast(string line, string source)
    {
        try { return ExplanationWriter.ToJson(TestData.Engine.Evaluate((Report)TestData.Engine.ParseReportOrRecord(line, source))); }
        catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
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
