using System.Linq.Expressions;
using System.Text;
using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Conditions;
using RulesKit.Explanation;
using RulesKit.Input;

namespace RulesKit.Tests.Engine;

public sealed class ConditionTreesTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ruleskit-trees-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static readonly CatalogSet Embedded = CatalogLoader.Load(CatalogFile.Embedded(), "rules/");

    // Every condition and threshold of the embedded catalogs, with a compiler per catalog and kind.
    private static IEnumerable<(string Where, Func<ConditionTreeStore?, ConditionCompiler> Compiler, ScalarNode Text, bool IsCondition)> Texts(CatalogSet set)
    {
        foreach (var catalog in set.Catalogs)
            foreach (var item in catalog.Items)
            {
                var kind = set.Kinds[item.Kind];
                ConditionCompiler Make(ConditionTreeStore? trees) => new(kind, catalog.Tables, FastCompiler.Instance.Compile, trees, $"{catalog.Reference.Key}/{item.Kind}");
                if (item.ConditionNode is { } when)
                    yield return ($"{catalog.Reference.Key}/{item.Id} when", Make, when, true);
                if (item.ThresholdNode is { } threshold)
                    yield return ($"{catalog.Reference.Key}/{item.Id} threshold", Make, threshold, false);
            }
    }

    private static (Expression Body, List<(string Name, int Slot)> Reads, ParameterExpression View) Parse(ConditionCompiler compiler, ScalarNode text, bool isCondition)
    {
        var binder = new NodeBinder();
        var parsed = isCondition ? compiler.Parse(text, binder, typeof(bool)) : compiler.Parse(text, binder, null, checkTables: false);
        binder.Diagnostics.Should().BeEmpty();
        return parsed!.Value;
    }

    [Fact]
    public void Read_EveryEmbeddedConditionAndThreshold_TheSameTreeAsParsedWithoutDynamicExpresso()
    {
        var store = ConditionTreeStore.InMemory();
        var texts = Texts(Embedded).ToList();
        texts.Count.Should().BeGreaterThan(300);
        foreach (var (where, make, text, isCondition) in texts)
        {
            var parser = make(store);
            var parsed = Parse(parser, text, isCondition);
            var reader = make(store);
            var read = Parse(reader, text, isCondition);

            reader.Parsed.Should().Be(0, $"{where} should come from its stored tree");
            TreeText.Describe(read.Body, read.View, reader).Should().Be(TreeText.Describe(parsed.Body, parsed.View, parser), where);
            read.Reads.Should().Equal(parsed.Reads, where);
        }
        // A text an item shares with another of its catalog and kind is stored once and found after.
        store.Misses.Should().BeLessThan(texts.Count);
        (store.Hits + store.Misses).Should().Be(2 * texts.Count);
    }

    [Fact]
    public void Write_TreeOutsideTheGrammar_NotStored()
    {
        var view = Expression.Parameter(typeof(AttributeView), "v");
        var call = Expression.Call(typeof(Environment).GetMethod(nameof(Environment.GetEnvironmentVariable), [typeof(string)])!, Expression.Constant("HOME"));

        ConditionTrees.Write(Expression.Equal(call, Expression.Constant("x")), [], view, _ => null).Should().BeNull();
    }

    [Fact]
    public void Read_EveryByteOfAStoredTreeDamaged_NullOrATreeNeverAnException()
    {
        var store = ConditionTreeStore.InMemory();
        var (_, make, text, _) = Texts(Embedded).First(t => t.IsCondition && t.Text.Value.Contains('?') && t.Text.Value.Contains('*'));
        var compiler = make(store);
        var parsed = Parse(compiler, text, true);
        var bytes = ConditionTrees.Write(parsed.Body, parsed.Reads, parsed.View, compiler.FunctionName)!;
        var view = Expression.Parameter(typeof(AttributeView), "v");

        for (var i = 0; i < bytes.Length; i++)
            foreach (var value in new byte[] { 0, 1, 7, 0x7F, 0xFF, (byte)(bytes[i] ^ 0x55) })
            {
                var damaged = (byte[])bytes.Clone();
                damaged[i] = value;
                var act = () => ConditionTrees.Read(damaged, view, name => name == "x" ? 0 : -1, _ => null);
                act.Should().NotThrow($"byte {i} set to {value}");
            }
        ConditionTrees.Read(bytes[..^1], view, _ => 0, _ => null).Should().BeNull();
    }

    [Fact]
    public void Create_SecondEngineWithTheCache_NoConditionParsedAndEveryExampleAsWithout()
    {
        var options = () => new RulesKitOptions { CacheDirectory = _directory };
        var first = RulesKitEngine.Create(options());
        first.Evaluator.Catalogs.Trees!.Complete.Should().BeFalse();
        Directory.EnumerateFiles(_directory, "conditions-*.bin").Should().ContainSingle("the first engine parsed every text and kept the trees");

        var cached = RulesKitEngine.Create(options());
        var plain = RulesKitEngine.Create();
        var trees = cached.Evaluator.Catalogs.Trees!;
        trees.Complete.Should().BeTrue();
        foreach (var example in Directory.EnumerateFiles(TestData.ExamplesDirectory).Order(StringComparer.Ordinal))
        {
            var expected = ExplanationWriter.ToJson(plain.Evaluate(plain.ReadReport(example)));
            ExplanationWriter.ToJson(cached.Evaluate(cached.ReadReport(example))).Should().Be(expected, example);
        }
        trees.Hits.Should().BeGreaterThan(0);
        trees.Misses.Should().Be(0);
    }

    [Fact]
    public void Create_FourEnginesAtOnceOnAnEmptyCache_EachEvaluatesAsWithoutAndTheFilesHoldTogether()
    {
        // Processes started together (a batch script, a test runner) all miss, all parse and all write: each file
        // is written aside and renamed, so whichever lands last is whole, and none of the engines depends on it.
        var options = () => new RulesKitOptions { CacheDirectory = _directory };
        var example = Directory.EnumerateFiles(TestData.ExamplesDirectory, "hazchem-*.false.yaml").Order(StringComparer.Ordinal).First();
        var plain = RulesKitEngine.Create();
        var expected = ExplanationWriter.ToJson(plain.Evaluate(plain.ReadReport(example)));

        var outputs = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4)
            .Select(_ => RulesKitEngine.Create(options())).Select(e => ExplanationWriter.ToJson(e.Evaluate(e.ReadReport(example)))).ToList();

        outputs.Should().AllBe(expected);
        var after = RulesKitEngine.Create(options());
        after.Evaluator.Catalogs.Trees!.Complete.Should().BeTrue();
        ExplanationWriter.ToJson(after.Evaluate(after.ReadReport(example))).Should().Be(expected);
        Directory.EnumerateFiles(_directory, "*.tmp").Should().BeEmpty();
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public void Create_TreesFileDamaged_IgnoredRewrittenAndEveryExampleAsWithout(string damage)
    {
        var options = () => new RulesKitOptions { CacheDirectory = _directory };
        RulesKitEngine.Create(options());
        var file = Directory.EnumerateFiles(_directory, "conditions-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "flipped" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 1), .. bytes[(bytes.Length / 2 + 1)..]],
            "truncated" => bytes[..(bytes.Length - 100)],
            _ => [],
        });

        var again = RulesKitEngine.Create(options());
        var plain = RulesKitEngine.Create();

        again.Evaluator.Catalogs.Trees!.Complete.Should().BeFalse();
        File.ReadAllBytes(file).Should().Equal(bytes, "the trees were written again, as before the damage");
        foreach (var example in Directory.EnumerateFiles(TestData.ExamplesDirectory, "*.yaml").Order(StringComparer.Ordinal).Take(12))
            ExplanationWriter.ToJson(again.Evaluate(again.ReadReport(example))).Should().Be(ExplanationWriter.ToJson(plain.Evaluate(plain.ReadReport(example))), example);
    }

    [Fact]
    public void Create_CatalogFolderEdited_TreesWrittenAgainAndTheEditApplied()
    {
        var folder = Path.Combine(_directory, "rules");
        TestData.CopyDirectory(TestData.RulesDirectory, folder);
        var cache = Path.Combine(_directory, "cache");
        var options = () => new RulesKitOptions { CatalogDirectory = folder, CacheDirectory = cache };
        var example = Directory.EnumerateFiles(TestData.ExamplesDirectory, "hazchem-*.false.yaml").Order(StringComparer.Ordinal).First();
        RulesKitEngine.Create(options());
        var before = RulesKitEngine.Create(options());
        before.Evaluator.Catalogs.Trees!.Complete.Should().BeTrue();
        var met = before.Evaluate(before.ReadReport(example)).Nonconformities.Select(n => n.ItemId).ToList();
        met.Should().NotBeEmpty();

        // Any edit of any catalog (here a comment) makes another set: its trees are not taken from the old one's.
        var file = Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories).First(f => File.ReadAllText(f).Contains($"id: {met[0]}\n"));
        File.WriteAllText(file, File.ReadAllText(file) + "\n# edited\n", Encoding.UTF8);
        var after = RulesKitEngine.Create(options());

        after.Evaluator.Catalogs.Trees!.Complete.Should().BeFalse("the catalogs changed, so every text was parsed again");
        Directory.EnumerateFiles(cache, "conditions-*.bin").Should().HaveCount(2);
        after.Evaluate(after.ReadReport(example)).Nonconformities.Select(n => n.ItemId).Should().Equal(met);
    }
}
