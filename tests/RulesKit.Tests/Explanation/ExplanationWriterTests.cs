using System.Text.Json;
using RulesKit.Explanation;

namespace RulesKit.Tests.Explanation;

public class ExplanationWriterTests
{
    private static ReportEvaluation Example(string name)
    {
        var engine = TestData.Engine;
        return engine.Evaluate(engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, name)));
    }

    [Fact]
    public void ExplainCriterion_Chinese_ReadingAndCategoriesInChinese()
    {
        // Every criterion the shipped lists and checklists hold has its reading in Chinese too.
        TestData.Engine.Catalogs.Catalogs.Where(c => c.Type == RulesKit.Catalogs.CatalogType.Determination).SelectMany(c => c.Criteria)
            .Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.ReadingZh));
        var engine = TestData.Engine;
        var report = engine.ReadReport(Path.Combine(TestData.ExamplesDirectory, "hazchem-c07-unresolved-hazard.false.yaml"));
        var explained = engine.ExplainCriterion(report, 7, "henan.zhengzhou-annex4");
        ExplanationWriter.ToText(explained).Should().Contain("解读： 同第四项").And.Contain("计入的类别： 行业重大事故隐患判定标准列举的重大事故隐患");
        ExplanationWriter.ToText(explained, Language.English).Should().Contain("As 4, and the hazard").And.Contain("major_accident_hazard");
    }

    [Fact]
    public void ToText_ThresholdWrittenAsANumber_TheNumberAlone()
    {
        // 121号 五 bounds the grade by the number 2: "2 = 2" told the reader nothing.
        var text = ExplanationWriter.ToText(Example("hazchem-c07-unresolved-hazard.false.yaml"));
        text.Should().Contain("标准值： 2" + Environment.NewLine).And.NotContain("2 = 2");
        text.Should().Contain("重大危险源级别（1–4）：2").And.Contain("实现紧急切断功能：否");
    }

    [Fact]
    public void ToText_Chinese_ShowsTheWholeChain()
    {
        var text = ExplanationWriter.ToText(Example("hazchem-c01-highway-distance.false.yaml"));

        text.Should().Contain("认定结论： 虚假");
        text.Should().Contain("情形 1 [成立] 周边环境与评价期间实际情况不符");                         // criterion
        text.Should().MatchRegex(@"条款： 国务院令第593号 第十八条 \[仅见转录文本，待核对, 否决项\] cross\.highway-protection@current#[0-9a-f]{12}/RD-18"); // item
        // observed, in the catalog's Chinese titles: the attribute, the value's title, its unit, 是 / 否
        text.Should().Contain("核查所见： 生产、储存、销售易燃、易爆、剧毒、放射性等危险物品的场所、设施：是；距离：60 m；距离的起算处：公路用地外缘");
        text.Should().Contain("对象： HW-1 (甲类仓库至国道公路用地外缘), 危险物品场所、设施与公路的距离");           // the kind's title, not its code
        text.Should().Contain("标准值： highway_min_distance_m(feature) = 100");                       // threshold
        text.Should().Contain("报告所述： 生产、储存、销售易燃、易爆、剧毒、放射性等危险物品的场所、设施：是；距离：120 m；距离的起算处：公路用地外缘");
        text.Should().Contain("行业 危险化学品").And.NotContain("land_edge");
        // English keeps the names and values as reports write them.
        ExplanationWriter.ToText(Example("hazchem-c01-highway-distance.false.yaml"), Language.English)
            .Should().Contain("dangerous_goods_site=true, distance_m=60, feature=land_edge");
        text.Should().Contain("披露情况： 误述");                                                       // disclosure
        text.Should().Contain("证据 E-1 (机构现场勘验记录)");                                            // evidence
        text.Should().Contain("故意隐瞒: 成立 — 报告误述或遗漏，且有证据表明评价机构知情 (E-1)");
    }

    [Fact]
    public void ToText_English_TranslatesLabelsAndReasons()
    {
        var text = ExplanationWriter.ToText(Example("hazchem-c07-no-knowledge-evidence.suspected.yaml"), Language.English);

        text.Should().Contain("Verdict: not determined (未认定)");
        text.Should().Contain("Criteria suspected (for expert review): 4, 7");
        text.Should().Contain("Concealment: indicated only — misstated or omitted, but no evidence that the agency knew");
        text.Should().NotContain("故意隐瞒:");
    }

    [Fact]
    public void ToJson_HoldsVerdictChainAndCatalogHashes()
    {
        using var json = JsonDocument.Parse(ExplanationWriter.ToJson(Example("metallurgy-x13-no-tundish-overflow-pit.false.yaml")));
        var root = json.RootElement;

        root.GetProperty("reportId").GetString().Should().Be("EX-MT-11");
        root.GetProperty("catalogs").EnumerateArray().Should().Contain(c => c.GetProperty("id").GetString() == "industry-trade.major-hazards" && c.GetProperty("version").GetString() == "2023" && c.GetProperty("hash").GetString()!.Length == 64);
        var annex4 = root.GetProperty("determinations")[0];
        (annex4.GetProperty("verdictName").GetString(), annex4.GetProperty("applicability").GetString()).Should().Be(("不适用", "outside-check-period"));
        var determination = root.GetProperty("determinations").EnumerateArray().Single(d => d.GetProperty("list").GetProperty("id").GetString() == "national.assessment-reports");
        determination.GetProperty("verdict").GetString().Should().Be("false_report");
        determination.GetProperty("legalBasis")[0].GetProperty("citation").GetString().Should().Contain("2021年修正");
        var c13 = determination.GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("number").GetInt32() == 13);
        c13.GetProperty("outcome").GetString().Should().Be("met");
        var nonconformity = c13.GetProperty("matches")[0].GetProperty("nonconformity");
        nonconformity.GetProperty("itemId").GetString().Should().Be("YJ-03a");
        nonconformity.GetProperty("safetyCode").GetString().Should().Be("《炼钢安全规程》");
        nonconformity.GetProperty("disclosure").GetString().Should().Be("misstated");
    }

    [Fact]
    public void ToMarkdown_HeadingsAndTheChain()
    {
        var md = ExplanationWriter.ToMarkdown(Example("pipeline-c10-no-video-in-hca.scope-open.yaml"), Language.English);
        md.Should().StartWith("# Report EX-PL-10 — ");
        md.Should().Contain("**Verdict: whether the list applies cannot be said (无法判定是否适用)**");
        md.Should().Contain("- Applicability: whether the report is in scope depends on the law that sets the assessment, not recorded: no verdict yet");
        md.Should().Contain("### Criterion 10 — met");
        md.Should().Contain("  - Reported: pipeline_class=long_distance, personnel_dense_hca=—, video_24h=—");
        md.Should().Contain("  - Disclosure: omitted");
    }

    [Fact]
    public void ToJson_DefaultSerializerOptions_SameNamesAndStringEnums()
    {
        var result = Example("metallurgy-x13-no-tundish-overflow-pit.false.yaml");
        using var ours = JsonDocument.Parse(ExplanationWriter.ToJson(result));
        using var plain = JsonDocument.Parse(JsonSerializer.Serialize(result));
        // The same names at the same places; with the defaults, nulls are written rather than left out.
        var plainNames = Names(plain.RootElement, "");
        Names(ours.RootElement, "").Keys.Should().BeSubsetOf(plainNames.Keys);
        plainNames.Where(n => !Names(ours.RootElement, "").ContainsKey(n.Key)).Should().NotContain(n => n.Value != JsonValueKind.Null);
        plain.RootElement.GetProperty("determinations")[0].GetProperty("criteria")[0].GetProperty("outcome").ValueKind.Should().Be(JsonValueKind.String);
    }

    private static Dictionary<string, JsonValueKind> Names(JsonElement e, string path)
    {
        var names = new Dictionary<string, JsonValueKind>();
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                names[$"{path}/{p.Name}"] = p.Value.ValueKind;
                foreach (var inner in Names(p.Value, $"{path}/{p.Name}"))
                    names[inner.Key] = inner.Value;
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray())
                foreach (var inner in Names(item, $"{path}[{i++}]"))
                    names[inner.Key] = inner.Value;
        }
        return names;
    }

    [Fact]
    public void Output_SameInputsTwice_ByteIdentical()
    {
        var first = RulesKitEngine.FromDirectory(TestData.RulesDirectory);
        var second = RulesKitEngine.FromEmbeddedCatalogs();
        foreach (var file in Directory.EnumerateFiles(TestData.ExamplesDirectory))
        {
            var a = first.Evaluate(first.ReadReport(file));
            var b = second.Evaluate(second.ReadReport(file));
            ExplanationWriter.ToJson(a).Should().Be(ExplanationWriter.ToJson(b), file);
            ExplanationWriter.ToText(a).Should().Be(ExplanationWriter.ToText(b), file);
        }
    }
}
