using System.Security.Cryptography;
using System.Text;
using RulesKit.Campaign.Batch;
using RulesKit.Explanation;
using RulesKit.Input;
using RulesKit.Testing.Generation;

namespace RulesKit.Tests.Campaign.Batch;

/// <summary>
/// The speed-ups change nothing decided: the JSON fast path reads what the located reader reads, the subject
/// screen lets NRules decide exactly what it decided on every subject, and a fixed generated batch gives the
/// recorded bytes.
/// </summary>
public class EquivalenceTests
{
    private static readonly string[] Lines = [.. SyntheticReports.JsonLines(600, 99), .. SyntheticReports.WorstCaseJsonLines(200, 5, 3)];

    [Fact]
    public void ParseInput_FastPath_SameReportOrSameErrorsAsTheLocatedReader()
    {
        foreach (var (line, i) in Lines.Select((l, i) => (l, i)))
            Fast(line, $"#{i}").Should().Be(Slow(line, $"#{i}"), $"line {i}");
    }

    [Fact]
    public void ParseInput_FastPath_SameAttributeMapsInTheSameOrderAsTheLocatedReader()
    {
        // The fast path's maps are its own type (AttributeMap), converted in place by the check: every subject's
        // and document's maps hold what the located reader's dictionaries hold, in the same order.
        static IEnumerable<string> Maps(Report r) =>
            r.Subjects.SelectMany(s => new[] { Show(s.Observed), Show(s.Reported) })
                .Concat(r.Documents.SelectMany(d => new[] { Show(d.Original), Show(d.Cited) }));
        static string Show(IReadOnlyDictionary<string, object>? map) =>
            map is null ? "null" : string.Join(",", map.Select(kv => $"{kv.Key}={kv.Value}:{kv.Value.GetType().Name}"));
        // The generated lines hold no dates and no values to convert: a cited document (dates as text, turned
        // into dates by the check) and a value the check drops (null) are edited in.
        var worst = SyntheticReports.WorstCaseJsonLines(1, 42, 3).Single();
        const string passed = "\"assessment_passed\":true";
        worst.Should().Contain("\"documents\":[]").And.Contain(passed);
        var at = worst.IndexOf(passed, StringComparison.Ordinal);
        string[] edited = [worst.Replace("\"documents\":[]", Document, StringComparison.Ordinal),
            worst[..at] + "\"assessment_passed\":null" + worst[(at + passed.Length)..]];
        var compared = 0;
        foreach (var (line, i) in Lines.Concat(edited).Select((l, i) => (l, i)))
        {
            Report slow;
            try { slow = TestData.Engine.ReadReport(DocumentReader.Read(line, "x")); }
            catch (RulesKitInputException) { continue; }
            var fast = TestData.Engine.ParseInput(Encoding.UTF8.GetBytes(line), "x").Report!;
            Maps(fast).Should().Equal(Maps(slow), $"line {i}");
            compared++;
        }
        compared.Should().BeGreaterThan(700);
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
    public void ParseInput_AttributeMapEdgeCases_SameAsTheLocatedReader(string original, string replacement)
    {
        var line = SyntheticReports.JsonLines(1, 1).Single();
        line.Should().Contain(original, "the generated line these cases edit");
        var edited = line.Replace(original, replacement, StringComparison.Ordinal);

        Fast(edited, "edited").Should().Be(Slow(edited, "edited"));
        // Twice: the second read meets the names the first one shared.
        Fast(edited, "edited").Should().Be(Slow(edited, "edited"));
    }

    [Fact]
    public void ParseInput_MapLongerThanAnyKind_SameErrorsAsTheLocatedReader()
    {
        // Longer than AttributeMap walks (a hostile line): the fast path declines it, the located reader reads it.
        var line = SyntheticReports.JsonLines(1, 1).Single();
        var extra = string.Concat(Enumerable.Range(0, AttributeMap.MaxWalked + 8).Select(i => $",\"extra_{i}\":{i}"));
        var edited = line.Replace("\"staff_count\":120", "\"staff_count\":120" + extra, StringComparison.Ordinal);
        edited.Should().NotBe(line);
        var slow = Slow(edited, "edited");
        slow.Should().Contain("extra_0").And.Contain($"extra_{AttributeMap.MaxWalked + 7}");
        RulesKit.Reports.FastJsonReports.TryRead(Encoding.UTF8.GetBytes(edited), "edited", TestData.Engine.Catalogs).Should().BeNull();
        Fast(edited, "edited").Should().Be(slow);
        FastUtf8(edited, "edited").Should().Be(slow);
    }

    // The fast reader against the located reader on the rest of a report: header, conclusion, documents and
    // evidence, numbers as written, and what is not JSON Lines of one report. Each edit of a worst-case line
    // (it has evidence); read as text and as UTF-8 bytes.
    private const string Document =
        "\"documents\":[{\"id\":\"DOC-1\",\"kind\":\"cited_document\",\"name\":\"防雷装置检测报告\",\"original\":{\"issuer\":\"某防雷检测有限公司\",\"issued_on\":\"2020-11-02\",\"conclusion\":\"不合格\"},\"cited\":{\"issuer\":\"某防雷检测有限公司\",\"issued_on\":\"2020-11-02\",\"conclusion\":\"合格\"}}]";

    [Theory]
    [InlineData("\"documents\":[]", Document)]
    [InlineData("\"documents\":[]", "\"documents\":[{\"id\":\"DOC-1\",\"kind\":\"cited_document\",\"name\":null,\"original\":{\"issued_on\":\"2020-02-30\"},\"cited\":null}]")]
    [InlineData("\"documents\":[]", "\"documents\":[{\"id\":\"DOC-1\",\"kind\":\"cited_document\",\"original\":{\"issued_on\":20201102}}]")]
    [InlineData("\"documents\":[]", "\"documents\":null")]
    [InlineData("\"id\":\"WORST-", "\"id\":\" \",\"x\":\"WORST-")]
    [InlineData("\"id\":\"WORST-", "\"\\u0069d\":\"WORST-")]
    [InlineData("\"county\":", "\"county\":\"二七区\",\"county\":")]
    [InlineData("\"county\":\"", "\"county\":1,\"x\":\"")]
    [InlineData("\"evaluationDate\":\"2020-", "\"checkedOn\":null,\"evaluationDate\":\"2020-")]
    [InlineData("\"evaluationDate\":\"2020-", "\"checkedOn\":\"2021-02-29\",\"evaluationDate\":\"2020-")]
    [InlineData("\"evaluationDate\":\"2020-", "\"evaluationDate\":\"2020-1")]
    [InlineData("\"favourable\":true", "\"favourable\":\"true\"")]
    [InlineData("\"favourable\":true", "\"favourable\":true,\"note\":1")]
    [InlineData("\"source\":\"agency_survey\"", "\"source\":\"hearsay\"")]
    [InlineData("\"source\":\"agency_survey\"", "\"source\":\"agency_survey\",\"falsified\":null,\"agencyAware\":false")]
    [InlineData("\"concerns\":[\"P1\"]", "\"concerns\":[\"P1\",null]")]
    [InlineData("\"concerns\":[\"P1\"]", "\"concerns\":[\"\"]")]
    [InlineData("\"description\":\"现场核查记录\"", "\"description\":\"\\t\"")]
    [InlineData("\"assessment_passed\":true}", "\"assessment_passed\":true},\"controlsApprovedByRegulator\":null")]
    [InlineData("\"assessment_passed\":true}", "\"assessment_passed\":true},\"name\":\"\"")]
    [InlineData("\"reported\":{\"role\":\"principal\",\"assessment_passed\":true}", "\"reported\":null")]
    [InlineData("\"observed\":{\"role\":\"principal\",\"assessment_passed\":true}", "\"observed\":null")]
    [InlineData("\"role\":\"principal\"", "\"role\":[\"principal\"]")]
    [InlineData("\"evidence\":[", "\"evidence\":[],\"x\":[")]
    [InlineData("}]}", "}]} ")]
    [InlineData("}]}", "}]}{}")]
    [InlineData("}]}", "}]}//")]
    public void ParseInput_ReportEdgeCases_SameAsTheLocatedReader(string original, string replacement)
    {
        var line = SyntheticReports.WorstCaseJsonLines(200, 42, 3).First(l => l.Contains(original, StringComparison.Ordinal));
        line.Should().Contain(original, "the generated line these cases edit");
        var edited = ReplaceFirst(line, original, replacement);

        var slow = Slow(edited, "edited");
        Fast(edited, "edited").Should().Be(slow);
        FastUtf8(edited, "edited").Should().Be(slow);
    }

    // Numbers as the located reader reads them (decimal.Parse of the text as written): scale, sign and exponent
    // kept, shared boxes only for whole numbers written without a fraction.
    [Theory]
    [InlineData("180")]
    [InlineData("180.0")]
    [InlineData("1.80E2")]
    [InlineData("-0")]
    [InlineData("-3")]
    [InlineData("0.000001")]
    [InlineData("1e40")]
    [InlineData("79228162514264337593543950336")]
    public void ParseInput_NumbersAsWritten_SameAsTheLocatedReader(string number)
    {
        var line = SyntheticReports.JsonLines(1, 1).Single();
        line.Should().Contain("\"staff_count\":120");
        var edited = line.Replace("\"staff_count\":120", $"\"staff_count\":{number}", StringComparison.Ordinal);

        var slow = Slow(edited, "edited");
        Fast(edited, "edited").Should().Be(slow);
        FastUtf8(edited, "edited").Should().Be(slow);
        if (!slow.Contains(": error RK", StringComparison.Ordinal))
        {
            RulesKit.Reports.FastJsonReports.TryRead(Encoding.UTF8.GetBytes(edited), "edited", TestData.Engine.Catalogs).Should().NotBeNull("the fast path takes a number decimal holds");
            var read = TestData.Engine.ParseInput(Encoding.UTF8.GetBytes(edited), "edited").Report!;
            var located = TestData.Engine.ReadReport(DocumentReader.Read(edited, "edited"));
            var value = (decimal)read.Subjects.SelectMany(s => s.Observed).First(v => v.Key == "staff_count").Value;
            var expected = (decimal)located.Subjects.SelectMany(s => s.Observed).First(v => v.Key == "staff_count").Value;
            value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void TryRead_EveryValidGeneratedLine_TakesTheFastPath()
    {
        var taken = 0;
        foreach (var (line, i) in Lines.Select((l, i) => (l, i)))
        {
            try { TestData.Engine.ReadReport(DocumentReader.Read(line, "x")); }
            catch (RulesKitInputException) { continue; } // one of the generator's broken lines: the located reader reports it
            RulesKit.Reports.FastJsonReports.TryRead(Encoding.UTF8.GetBytes(line), "x", TestData.Engine.Catalogs).Should().NotBeNull($"line {i} is valid");
            taken++;
        }
        taken.Should().BeGreaterThan(750);
    }

    [Fact]
    public void ParseInput_NotUtf8Bytes_NamedError()
    {
        var bytes = Encoding.UTF8.GetBytes(Lines[0]);
        var broken = bytes.Concat(new byte[] { 0xC3 }).ToArray(); // a lead byte with nothing after it
        broken[^2] = (byte)' ';
        var act = () => TestData.Engine.ParseInput(broken, "lines.jsonl#7");

        act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle()
            .Which.ToString().Should().Contain("RK1002").And.Contain("lines.jsonl#7");
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var at = text.IndexOf(original, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + original.Length));
    }

    private static string FastUtf8(string line, string source)
    {
        try { return ExplanationWriter.ToJson(TestData.Engine.Evaluate(TestData.Engine.ParseInput(Encoding.UTF8.GetBytes(line), source).Report!)); }
        catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
    }

    private static string Slow(string line, string source)
    {
        try { return ExplanationWriter.ToJson(TestData.Engine.Evaluate(TestData.Engine.ReadReport(DocumentReader.Read(line, source)))); }
        catch (RulesKitInputException e) { return string.Join("\n", e.Diagnostics); }
    }

    private static string Fast(string line, string source)
    {
        try { return ExplanationWriter.ToJson(TestData.Engine.Evaluate(TestData.Engine.ParseInput(line, source).Report!)); }
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
        // Every byte of every result is pinned by a hash; what changed is shown by a readable digest beside it (one line
        // per input: its verdicts and the criteria met, suspected and undecided, or its errors).
        var folder = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Campaign", "Batch");
        var (golden, digestFile) = (Path.Combine(folder, "generated-batch.sha256"), Path.Combine(folder, "generated-batch.digest.txt"));
        var text = new StringBuilder();
        var digest = new StringBuilder();
        var inputs = Lines.Select((l, i) => BatchInput.FromText($"#{i}", l));
        await foreach (var record in BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { Parallelism = 2 }))
        {
            text.Append(record.Evaluation is { } e ? ExplanationWriter.ToJson(e) : string.Join("\n", record.Errors)).Append('\n');
            digest.Append(record.Source).Append(' ').AppendLine(record.Evaluation is { } d
                ? $"{d.ReportId}: " + string.Join("; ", d.Determinations.Select(x =>
                    $"{x.List.Id} {x.Verdict ?? "-"} met[{string.Join(",", x.Met)}] suspected[{string.Join(",", x.Suspected)}] undecided[{string.Join(",", x.CannotDecide)}]"))
                : "errors " + string.Join(",", record.Errors.Select(x => x.Code)));
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));

        // A change to the catalogs or to what the engine decides changes these on purpose: read the digest's
        // differences, then copy the .received files over the recorded ones.
        var (expectedDigest, expectedHash) = (File.ReadAllText(digestFile).ReplaceLineEndings("\n"), File.ReadAllText(golden).Trim());
        var actualDigest = digest.ToString().ReplaceLineEndings("\n");
        if (actualDigest != expectedDigest || hash != expectedHash)
        {
            await File.WriteAllTextAsync(Path.ChangeExtension(digestFile, ".received.txt"), actualDigest);
            await File.WriteAllTextAsync(Path.ChangeExtension(golden, ".received.sha256"), hash + "\n");
        }
        var changed = actualDigest.Split('\n').Zip(expectedDigest.Split('\n')).Where(p => p.First != p.Second).Take(5)
            .Select(p => $"now:  {p.First}\nwas:  {p.Second}");
        actualDigest.Should().Be(expectedDigest, "the decisions changed:\n" + string.Join("\n", changed));
        hash.Should().Be(expectedHash, "the decisions are the same but the results' bytes changed (wording, order or an explanation)");
    }
}
