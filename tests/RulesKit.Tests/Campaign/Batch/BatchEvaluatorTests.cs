using System.IO.Compression;
using RulesKit.Campaign.Batch;
using RulesKit.Campaign.Tables;
using RulesKit.Testing.Generation;
using RulesKit.Explanation;

namespace RulesKit.Tests.Campaign.Batch;

public class BatchEvaluatorTests
{
    private static List<BatchInput> MixedInputs()
    {
        var lines = SyntheticReports.JsonLines(60, seed: 3).ToList();
        lines[5] = "{\"id\": \"cut";                                    // malformed JSON
        lines[17] = lines[17].Replace("\"kind\":\"", "\"kind\":\"no_"); // unknown kinds
        return lines.Select((l, i) => new BatchInput($"mem#{i + 1}", e => e.ParseReport(l, $"mem#{i + 1}")))
            .Append(new BatchInput("throws", _ => throw new InvalidOperationException("disk gone")))
            .ToList();
    }

    [Theory]
    [InlineData(1, 7)]
    [InlineData(2, 512)]
    [InlineData(4, 1)]
    public async Task EvaluateAsync_MixedInputs_OneRecordPerInputInOrder(int parallelism, int chunk)
    {
        var inputs = MixedInputs();
        var records = await BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { Parallelism = parallelism, ChunkSize = chunk }).ToListAsync();

        records.Select(r => r.Source).Should().Equal(inputs.Select(i => i.Source));
        records.Select(r => r.Index).Should().Equal(Enumerable.Range(0, inputs.Count).Select(i => (long)i));
        records[5].Errors.Should().ContainSingle().Which.Code.Should().Be("RK1008");
        records[17].Errors.Should().NotBeEmpty().And.OnlyContain(d => d.Code == "RK2102");
        records[^1].Errors.Should().ContainSingle().Which.Message.Should().Be("evaluation failed: disk gone");
        records.Where(r => r.Succeeded).Should().OnlyContain(r => r.Errors.IsEmpty && r.Evaluation!.ReportId == r.Report!.Id);
    }

    [Fact]
    public async Task EvaluateAsync_SameResultsWhateverTheParallelism()
    {
        var inputs = MixedInputs();
        string Key(BatchRecord r) => r.Evaluation is { } e ? ExplanationWriter.ToJson(e) : string.Join("|", r.Errors);
        var one = (await BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { Parallelism = 1 }).ToListAsync()).Select(Key);
        var four = (await BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { Parallelism = 4, ChunkSize = 5 }).ToListAsync()).Select(Key);
        four.Should().Equal(one);
    }

    [Fact]
    public async Task EvaluateAsync_Cancelled_Stops()
    {
        using var cancel = new CancellationTokenSource();
        var inputs = Enumerable.Range(0, 10_000).Select(i => new BatchInput($"{i}", e => { cancel.Cancel(); return e.ReadReport("none"); }));
        var act = async () => await BatchEvaluator.EvaluateAsync(TestData.Engine, inputs, new BatchOptions { ChunkSize = 10 }, cancel.Token).ToListAsync();
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task EvaluateAsync_ReportsProgressPerChunk()
    {
        var seen = new List<BatchProgress>();
        var progress = new SynchronousProgress(seen.Add);
        await BatchEvaluator.EvaluateAsync(TestData.Engine, MixedInputs(), new BatchOptions { ChunkSize = 20, Progress = progress }).ToListAsync();
        seen.Select(p => p.Done).Should().Equal(20, 40, 60, 61);
        seen[^1].Errors.Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void InputsFrom_FolderSortedAndJsonLinesNumbered()
    {
        BatchEvaluator.InputsFrom(TestData.ExamplesDirectory).Select(i => i.Source)
            .Should().Equal(Directory.EnumerateFiles(TestData.ExamplesDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal), "reports and inspection records, subfolders too");
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{}", "", "{}"]);
            BatchEvaluator.InputsFrom(file).Select(i => i.Source).Should().Equal($"{file}#1", $"{file}#3");
        }
        finally
        {
            File.Delete(file);
        }
    }

    // A JSON Lines file is read as UTF-8 bytes: the same lines, numbers and reports as File.ReadLines gives, whatever
    // ends the lines (\n, \r\n, \r, a \r\n split by the reader's 64 KB buffer), with a byte order mark, white-space
    // lines, a line longer than the buffer and no newline at the end.
    [Fact]
    public void InputsFrom_JsonLinesEveryLineEnding_SameLinesAsReadLines()
    {
        var lines = SyntheticReports.JsonLines(40, seed: 3).Where(l => { try { TestData.Engine.ParseReport(l, "x"); return true; } catch (RulesKitInputException) { return false; } }).Take(5).ToArray();
        var bytes = new List<byte>([0xEF, 0xBB, 0xBF]);
        void Add(string text) => bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(text));
        Add(lines[0] + "\r\n");
        Add(new string(' ', (1 << 16) - 1 - bytes.Count) + "\r\n"); // its \r is the buffer's last byte
        bytes[(1 << 16) - 1].Should().Be((byte)'\r');
        Add("\t \n" + lines[1] + "\r" + lines[2] + "\n\n");
        Add(lines[3].Replace("\"title\":\"", "\"title\":\"" + new string('长', 100_000), StringComparison.Ordinal) + "\n");
        Add(lines[4]);
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, [.. bytes]);
            var expected = File.ReadLines(file).Select((l, i) => (Line: l, Number: i + 1)).Where(l => !string.IsNullOrWhiteSpace(l.Line)).ToList();
            expected.Should().HaveCount(5);

            var inputs = BatchEvaluator.InputsFrom(file).ToList();
            inputs.Select(i => i.Source).Should().Equal(expected.Select(e => $"{file}#{e.Number}"));
            inputs.Select(i => ExplanationWriter.ToJson(TestData.Engine.Evaluate(i.Read(TestData.Engine).Report!)))
                .Should().Equal(expected.Select(e => ExplanationWriter.ToJson(TestData.Engine.Evaluate(TestData.Engine.ParseReport(e.Line, $"{file}#{e.Number}")))));

            // A UTF-16 file (its byte order mark says so) is still read as text.
            File.WriteAllText(file, lines[0] + "\n\n" + lines[1] + "\n", System.Text.Encoding.Unicode);
            BatchEvaluator.InputsFrom(file).Select(i => (i.Read(TestData.Engine).Report!).Id).Should().Equal(
                TestData.Engine.ParseReport(lines[0], "a").Id, TestData.Engine.ParseReport(lines[1], "b").Id);
        }
        finally
        {
            File.Delete(file);
        }
    }

    // A line that is not UTF-8 is that line's error (RK1002, file and line named); the lines around it are read.
    [Fact]
    public async Task EvaluateAsync_LineNotUtf8_ThatLinesErrorOthersRead()
    {
        var line = SyntheticReports.JsonLines(40, seed: 3).First(l => { try { TestData.Engine.ParseReport(l, "x"); return true; } catch (RulesKitInputException) { return false; } });
        var file = Path.GetTempFileName();
        try
        {
            var good = System.Text.Encoding.UTF8.GetBytes(line + "\n");
            File.WriteAllBytes(file, [.. good, .. System.Text.Encoding.UTF8.GetBytes("{\"id\":\"caf"), 0xE9, .. System.Text.Encoding.UTF8.GetBytes("\"}\n"), .. good]);
            var records = await BatchEvaluator.EvaluateAsync(TestData.Engine, BatchEvaluator.InputsFrom(file)).ToListAsync();

            records.Select(r => r.Succeeded).Should().Equal(true, false, true);
            records[1].Errors.Should().ContainSingle().Which.ToString().Should().Contain("RK1002").And.Contain($"{file}#2");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}

public class CampaignTablesTests
{
    // The shipped reports only (no inspection records).
    private static async Task<CampaignTables> FromExamples() => await Tables(Directory.EnumerateFiles(TestData.ExamplesDirectory));

    private static async Task<CampaignTables> Tables(IEnumerable<string> files)
    {
        var tables = new CampaignTables();
        var inputs = files.Order(StringComparer.Ordinal).Select(f => BatchInput.FromDocument(f, () => RulesKit.Input.DocumentReader.ReadFile(f)));
        await foreach (var record in BatchEvaluator.EvaluateAsync(TestData.Engine, inputs))
            tables.Add(record);
        return tables;
    }

    [Fact]
    public async Task Tables_FailedInput_EveryTableCarriesTheWarningAndTheFailedInputsAreListed()
    {
        var dir = Directory.CreateTempSubdirectory("ruleskit-tables-").FullName;
        try
        {
            var broken = Path.Combine(dir, "broken.yaml");
            File.WriteAllText(broken, "id: X\ntitle: [\n");
            var tables = await Tables([.. Directory.EnumerateFiles(TestData.ExamplesDirectory), broken]);

            tables.Failures.Should().ContainSingle().Which.Source.Should().Be(broken);
            foreach (var table in new[] { tables.Annex2("u"), tables.Annex3("u"), tables.OutOfScope("u"), tables.Incomplete("u"), tables.FailedInputs("u") })
                table.Warning.Should().ContainSingle().Which.Should().StartWith("部分汇总：1 个输入").And.Contain(broken);
            tables.FailedInputs("u").Rows.Should().ContainSingle().Which[1].Should().Be(broken);
            (await FromExamples()).Annex2("u").Warning.Should().BeEmpty("nothing failed");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task Annex2_InspectionRecords_AddTheirPointsButNotThoseRestatingAReportVerdict()
    {
        var reports = await FromExamples();
        var all = await Tables(Directory.EnumerateFiles(TestData.ExamplesDirectory, "*", SearchOption.AllDirectories));
        var before = reports.Annex2("u").Rows[0];
        var after = all.Annex2("u").Rows[0];

        // agency-all-points: general points 2 3 5 6 7 8 11 and major points 4 10 (1 and 9 restate EX-HC-01 and
        // EX-HC-S07, counted as reports); enterprise-all-points: general 1 2 3, major 4; bureaus: self-checks only.
        (int.Parse(after[1]) - int.Parse(before[1])).Should().Be(7 + 3);
        (int.Parse(after[2]) - int.Parse(before[2])).Should().Be(2 + 1);
        // 家次 as the ledger counts it: an agency inspected on a day no report of it was checked in that county is one more.
        var visits = InScopeExamples().Select(f => TestData.Engine.ReadReport(f)).Select(r => (r.County, r.Agency, r.CheckedOn)).ToHashSet();
        var inspections = Directory.EnumerateFiles(Path.Combine(TestData.ExamplesDirectory, "inspections")).Select(f => TestData.Engine.ReadInspection(f))
            .Where(r => r.Party == "agency").Select(r => (r.County, Agency: r.Name, CheckedOn: (DateOnly?)r.InspectionDate)).ToList();
        inspections.Should().NotBeEmpty();
        int.Parse(after[0]).Should().Be(visits.Union(inspections).Count());
    }

    // Examples inside the campaign's statutory scope, in file order (the order the batch reads them).
    private static List<string> InScopeExamples() => [.. Directory.EnumerateFiles(TestData.ExamplesDirectory).Order(StringComparer.Ordinal)
        .Where(f => TestData.Engine.Evaluate(TestData.Engine.ReadReport(f)).Determinations.Single(d => d.List.Id == "henan.zhengzhou-annex4").Applicability == Applicability.Applies)];

    [Fact]
    public async Task Annex2_CountsAgencyVisitsInaccurateAndFalseReportsInScope()
    {
        var table = (await FromExamples()).Annex2("郑州市应急管理局", new DateOnly(2021, 9, 15));
        table.Columns.Should().HaveCount(11).And.StartWith("检查评价机构数量（家次）");
        var inScope = InScopeExamples();
        var outside = Directory.EnumerateFiles(TestData.ExamplesDirectory).Count() - inScope.Count;
        outside.Should().BePositive("reports of 2023 and later, and those whose scope is open, are not the campaign's");
        var falseCount = inScope.Count(f => f.Contains(".false."));
        var inaccurate = inScope.Count(f => f.Contains(".inaccurate."));
        table.Rows.Should().ContainSingle().Which.Take(3).Should().Equal(
            inScope.Select(f => TestData.Engine.ReadReport(f)).Select(r => (r.County, r.Agency, r.CheckedOn)).Distinct().Count().ToString(), inaccurate.ToString(), falseCount.ToString());
        table.Notes.Should().Contain(["填报单位：郑州市应急管理局", "截止日期：2021年9月15日"]);
        table.Footer.Should().ContainSingle().Which.Should().StartWith($"范围外报告 {outside} 份");
    }

    [Fact]
    public async Task Annex3_ListsFalseReportsInScopeInInputOrder()
    {
        var table = (await FromExamples()).Annex3("unit");
        var falseFiles = InScopeExamples().Where(f => f.Contains(".false.")).ToList();
        table.Rows.Select(r => r[0]).Should().Equal(Enumerable.Range(1, falseFiles.Count).Select(i => i.ToString()));
        table.Rows.Select(r => r[1]).Should().Equal(falseFiles.Select(f => TestData.Engine.ReadReport(f).Title));
        table.Rows[0][5].Should().BeOneOf("行政许可", "验收", "备案");
    }

    [Fact]
    public async Task OutOfScope_ListsTheReportWithItsReasonAndVerdict()
    {
        var table = (await FromExamples()).OutOfScope("unit");
        // A 工贸 report of the campaign whose statutory basis is not recorded: scope open, no verdict, listed with why.
        var open = table.Rows.Should().ContainSingle(r => r[1] == "EX-LI-2021-07").Subject;
        open[4].Should().Contain("light_industry").And.Contain("五、有关说明").And.Contain("statutoryBasis");
        open[5].Should().Contain("henan.zhengzhou-annex4：无法判定是否适用");
        // A report of 2024: the campaign did not check it, so its list does not apply; the national list's verdict is shown.
        var later = table.Rows.Should().ContainSingle(r => r[1] == "EX-HC-S01").Subject;
        later[4].Should().Contain("不是在专项整治期间核查的报告");
        later[5].Should().Contain("henan.zhengzhou-annex4：不适用").And.Contain("national.assessment-reports：失实");
    }

    [Fact]
    public async Task Incomplete_ListsReportsWhoseCriteriaCouldNotBeDecided()
    {
        var table = (await FromExamples()).Incomplete("unit");
        // Every example records all it checked; the campaign folder's pipeline report leaves what no standard decides.
        table.Rows.Should().NotContain(r => r[1] == "EX-HC-01");
        var dir = Directory.CreateTempSubdirectory("ruleskit-incomplete-").FullName;
        try
        {
            var path = Path.Combine(dir, "r.yaml");
            File.WriteAllText(path, File.ReadAllText(Path.Combine(TestData.ExamplesDirectory, "hazchem-c01-highway-distance.false.yaml"))
                .Replace("distance_m: 60, ", ""));
            var incomplete = (await Tables([path])).Incomplete("unit");
            incomplete.Rows.Should().ContainSingle().Which[5].Should().Be("HW-1：distance_m");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void TableWriter_CsvEscapesAndXlsxIsAWorkbookWithTheCells()
    {
        var table = new Table("T", ["n"], ["a", "b"], [["x,1", "say \"hi\""]]);
        TableWriter.ToCsv(table).Should().Be("\uFEFFT\r\nn\r\na,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n");
        TableWriter.ToMarkdown(table).Should().Contain("| a | b |").And.Contain("| x,1 | say \"hi\" |");

        using var first = new MemoryStream();
        using var second = new MemoryStream();
        TableWriter.WriteXlsx(table, first);
        TableWriter.WriteXlsx(table, second);
        first.ToArray().Should().Equal(second.ToArray(), "the same table gives the same bytes");
        using var zip = new ZipArchive(new MemoryStream(first.ToArray()));
        zip.Entries.Select(e => e.FullName).Should().Contain(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
        using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        sheet.ReadToEnd().Should().Contain("<t xml:space=\"preserve\">say &quot;hi&quot;</t>");
    }

    [Fact]
    public void WriteXlsx_CountsAndAmounts_NumbersACountyCanSumAndTheTitleMerged()
    {
        var table = new Table("专项整治情况汇总表", ["填报单位：X"], ["检查评价机构数量（家次）", "罚款（万元）", "报告编号"], [["3", "45.5", "007"], ["0", "12.", "ZZ-HC-01"]]);
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(table, stream);
        using var zip = new ZipArchive(new MemoryStream(stream.ToArray()));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var sheet = reader.ReadToEnd();
        sheet.Should().Contain("<c><v>3</v></c>").And.Contain("<c><v>45.5</v></c>").And.Contain("<c><v>0</v></c>");
        sheet.Should().Contain(">007<", "digits with a leading zero are an id, not a count").And.Contain(">12.<").And.Contain(">ZZ-HC-01<");
        sheet.Should().Contain("<t xml:space=\"preserve\">罚款（万元）</t>", "headers stay text");
        sheet.Should().Contain("<mergeCell ref=\"A1:C1\"/>").And.Contain("<mergeCell ref=\"A2:C2\"/>");
        sheet.Should().Contain("<col min=\"1\" max=\"1\" width=\"26\" customWidth=\"1\"/>", "12 CJK characters and the margin");
    }

    [Fact]
    public void WriteCsvAndWriteMarkdown_StreamedRowByRow_SameTextAsTheStrings()
    {
        var table = new Table("T", ["n"], ["a", "b"], [.. Enumerable.Range(0, 3000).Select(i => (System.Collections.Immutable.ImmutableArray<string>)[$"r{i}", i % 7 == 0 ? "x|y,\"z\"\nw" : "v"])], ["f"]);
        using var csv = new StringWriter();
        TableWriter.WriteCsv(table, csv);
        csv.ToString().Should().Be(TableWriter.ToCsv(table));
        csv.ToString().Should().Contain("r7,\"x|y,\"\"z\"\"\nw\"\r\n");
        using var markdown = new StringWriter { NewLine = "\n" };
        TableWriter.WriteMarkdown(table, markdown);
        markdown.ToString().Should().Be(TableWriter.ToMarkdown(table).ReplaceLineEndings("\n"));
        markdown.ToString().Should().Contain("| r7 | x\\|y,\"z\" w |\n");
    }
}

public class SyntheticReportsTests
{
    [Fact]
    public void JsonLines_SameSeedSameBytes_OtherSeedOtherBytes()
    {
        SyntheticReports.JsonLines(200, 11).Should().Equal(SyntheticReports.JsonLines(200, 11));
        SyntheticReports.JsonLines(200, 12).Should().NotEqual(SyntheticReports.JsonLines(200, 11));
    }

    [Fact]
    public async Task JsonLines_PlantsProblemsAndBrokenLines()
    {
        var lines = SyntheticReports.JsonLines(2000, 5).ToList();
        var inputs = lines.Select((l, i) => new BatchInput($"#{i}", e => e.ParseReport(l, $"#{i}")));
        var records = await BatchEvaluator.EvaluateAsync(TestData.Engine, inputs).ToListAsync();
        records.Should().HaveCount(2000);
        records.Count(r => !r.Succeeded).Should().BeInRange(2, 30, "about 0.5 % broken lines");
        var flagged = records.Count(r => r.Evaluation?.Determinations.Any(d => d.Verdict != null || d.Suspected.Length > 0) == true);
        flagged.Should().BeInRange(40, 200, "about 6 % planted problems");
        records.Where(r => r.Succeeded).Should().OnlyContain(r => !r.Evaluation!.Diagnostics.Any(d => d.Code == "RK5004"));
    }
}
