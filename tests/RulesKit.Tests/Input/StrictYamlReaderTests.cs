using RulesKit.Input;

namespace RulesKit.Tests.Input;

public class StrictYamlReaderTests
{
    private static Diagnostic Single(string text)
    {
        var act = () => DocumentReader.Read(text, "f.yaml");
        return act.Should().Throw<RulesKitInputException>().Which.Diagnostics.Should().ContainSingle().Subject;
    }

    [Fact]
    public void Read_DuplicateKey_ErrorAtSecondKeyNamesFirst()
    {
        var d = Single("a: 1\nb: 2\na: 3\n");
        (d.Code, d.Source, d.Line, d.Column, d.Message).Should().Be(("RK1015", "f.yaml", 3, 1, "duplicate key 'a' (first given at line 1, column 1)"));
    }

    [Fact]
    public void Read_FlowSequenceLeftOpenOverLines_LocatedSyntaxErrorNotACrash()
    {
        // YamlDotNet throws an InvalidOperationException of its own for this text (a title typed with a stray '[').
        var d = Single("catalog: standards\nid: x\ntitle: [ 建筑设计防火规范（储罐组内储罐间距）\ndocument: GB 50016\nitems: []\n");
        (d.Code, d.Source, d.Line).Should().Be(("RK1006", "f.yaml", 3));
        d.Message.Should().Contain("'[' or '{' left open");
    }

    [Fact]
    public void Read_MutatedExampleReportsAndCatalogs_OnlyLocatedInputErrors()
    {
        // Typing slips in real files (a bracket, a colon, a quote, a full-width comma added, dropped or replaced):
        // whatever YamlDotNet makes of them must come out as the project's located errors, never as another
        // exception. Without the catch of YamlDotNet's own exceptions this finds an InvalidOperationException at once.
        var texts = Directory.EnumerateFiles(TestData.ExamplesDirectory, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        texts.AddRange(Directory.EnumerateFiles(Path.Combine(TestData.RulesDirectory, "standards"), "*.yaml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Take(5).Select(File.ReadAllText));
        var random = new Random(12345);
        const string slips = "[]{}:,-#&*!|>'\"%@` \n\t建？：，";
        var failures = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var text = texts[random.Next(texts.Count)].ToList();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var at = random.Next(text.Count);
                switch (random.Next(3))
                {
                    case 0: text.Insert(at, slips[random.Next(slips.Length)]); break;
                    case 1: text.RemoveAt(at); break;
                    default: text[at] = slips[random.Next(slips.Length)]; break;
                }
            }
            try
            {
                DocumentReader.Read(new string([.. text]), "f.yaml");
            }
            catch (RulesKitInputException e)
            {
                if (e.Diagnostics.IsEmpty || e.Diagnostics.Any(d => d.Line < 1 || d.Source != "f.yaml"))
                    failures.Add("unlocated: " + e.Message);
            }
            catch (Exception e)
            {
                failures.Add($"{e.GetType().Name}: {e.Message}");
            }
        }
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Read_AnchorAndAlias_Rejected()
    {
        Single("a: &x [1, 2]\nb: *x\n").Message.Should().Contain("anchors");
    }

    [Fact]
    public void Read_BillionLaughs_RejectedAtFirstAnchor()
    {
        var bomb = "a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";
        var d = Single(bomb);
        (d.Line, d.Column).Should().Be((1, 4));
    }

    [Fact]
    public void Read_TagNamingDotNetType_Rejected()
    {
        Single("a: !System.Diagnostics.Process { }\n").Message.Should().Contain("tags");
    }

    [Fact]
    public void Read_MergeKey_Rejected()
    {
        Single("a:\n  <<: { b: 1 }\n").Message.Should().Contain("merge keys");
    }

    [Fact]
    public void Read_EmptyFile_SaysExpectedMapping()
    {
        Single("   \n").Message.Should().Contain("empty");
    }

    [Fact]
    public void Read_DeepNesting_RejectedWithoutStackOverflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);
        Single(text).Message.Should().Contain("nesting deeper than");
    }

    [Fact]
    public void Read_ByteOrderMark_Ignored()
    {
        var node = DocumentReader.Read("\uFEFFa: 1\n", "f.yaml");
        node.Should().BeOfType<MappingNode>().Which["a"].Should().BeOfType<ScalarNode>().Which.Value.Should().Be("1");
    }

    [Fact]
    public void Read_Json_KeepsLineAndColumn()
    {
        var node = (MappingNode)StrictYamlReader.Read("{\n  \"a\": {\n    \"b\": \"x\"\n  }\n}", "f.json");
        var b = ((MappingNode)node["a"]!)["b"]!;
        (b.Location.Line, b.Location.Column).Should().Be((3, 10));
        ((ScalarNode)b).IsPlain.Should().BeFalse();
    }

    [Fact]
    public void LocationOf_BlockScalar_PointsIntoTheRightLine()
    {
        var node = (MappingNode)StrictYamlReader.Read("a: |\n  first\n  second\n", "f.yaml");
        var scalar = (ScalarNode)node["a"]!;
        var at = scalar.LocationOf(scalar.Value.IndexOf("second", StringComparison.Ordinal) + 2);
        (at.Line, at.Column).Should().Be((3, 5));
    }

    [Fact]
    public void Read_TwoDocuments_Rejected()
    {
        Single("a: 1\n---\nb: 2\n").Message.Should().Contain("second document");
    }

    [Fact]
    public void Read_HugeScalar_RejectedWithLimit()
    {
        var d = Single("a: " + new string('x', DocumentReader.MaxValueChars + 1) + "\n");
        (d.Line, d.Column).Should().Be((1, 4));
        d.Message.Should().Contain($"at most {DocumentReader.MaxValueChars}");
    }

    [Fact]
    public void Read_HugeText_RejectedBeforeParsing()
    {
        var d = Single(new string('#', DocumentReader.MaxChars + 1));
        d.Line.Should().Be(0);
        d.Message.Should().Contain($"at most {DocumentReader.MaxChars} characters are read");
    }

    [Fact]
    public void Read_WrongNodeTypes_LocatedInReport()
    {
        var act = () => TestData.Engine.ParseReport("id: [1, 2]\ntitle: t\n", "r.yaml");
        act.Should().Throw<RulesKitInputException>().Which.Diagnostics
            .Should().Contain(d => d.Line == 1 && d.Column == 5 && d.Code == "RK1104" && d.Message == "report.id: expected a text, found a list");
    }
}
