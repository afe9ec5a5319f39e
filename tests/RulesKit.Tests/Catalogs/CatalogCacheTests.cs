using System.Text;
using RulesKit.Catalogs;
using RulesKit.Explanation;
using RulesKit.Input;

namespace RulesKit.Tests.Catalogs;

public sealed class CatalogCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ruleskit-cache-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private static List<CatalogFile> Embedded() => [.. CatalogFile.Embedded()];

    private (CatalogSet Set, CatalogCache Cache) Load(IReadOnlyList<CatalogFile> files, string origin = "test")
    {
        var cache = CatalogCache.Open(_directory, origin);
        return (CatalogLoader.Load(files, "rules/", cache), cache);
    }

    [Fact]
    public void Read_SecondLoad_EveryFileFromTheCacheWithTheSameDocumentAndHash()
    {
        var files = Embedded();
        var (first, cold) = Load(files);
        var (second, warm) = Load(files);

        (cold.Hits, cold.Misses).Should().Be((0, files.Count));
        (warm.Hits, warm.Misses).Should().Be((files.Count, 0));
        second.Catalogs.Select(c => c.Reference).Should().Equal(first.Catalogs.Select(c => c.Reference));
        var again = CatalogCache.Open(_directory, "test");
        foreach (var file in files)
        {
            var parsed = CatalogCache.ReadFile(file);
            var cached = again.Read(file);
            cached.Hash.Should().Be(parsed.Hash);
            Describe(cached.Node).Should().Be(Describe(parsed.Node), file.Name);
        }
        again.Hits.Should().Be(files.Count);
    }

    [Fact]
    public void Create_WithACache_EveryExampleEvaluatedByteForByteAsWithout()
    {
        var options = () => new RulesKitOptions { CacheDirectory = _directory };
        RulesKitEngine.Create(options()); // fills the cache
        var cached = RulesKitEngine.Create(options());
        var plain = RulesKitEngine.Create();
        Directory.EnumerateFiles(_directory, "catalogs-*.bin").Should().ContainSingle();

        foreach (var example in Directory.EnumerateFiles(TestData.ExamplesDirectory).Order(StringComparer.Ordinal))
        {
            var expected = ExplanationWriter.ToJson(plain.Evaluate(plain.ReadReport(example)));
            ExplanationWriter.ToJson(cached.Evaluate(cached.ReadReport(example))).Should().Be(expected, example);
        }
    }

    [Fact]
    public void Read_FileEditedAfterCaching_ReadAgainAndTheCacheRewritten()
    {
        var files = Embedded();
        Load(files);
        var index = files.FindIndex(f => f.Name.StartsWith("standards/", StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(files[index].Content);
        var title = TitleOf(text);
        files[index] = files[index] with { Content = Encoding.UTF8.GetBytes(text.Replace($"title: {title}", "title: edited")) };

        var (set, cache) = Load(files);

        (cache.Hits, cache.Misses).Should().Be((files.Count - 1, 1));
        set.Catalogs.Should().Contain(c => c.Title == "edited");
        Load(files).Cache.Misses.Should().Be(0);
    }

    [Fact]
    public void Read_SameBytesUnderAnotherFolderName_LocatedInThatFolder()
    {
        // Messages name a file as the user named its folder; the cache keeps no source names.
        var files = Embedded();
        Load(files);
        var renamed = files.Select(f => f with { DisplayPath = "elsewhere/" + f.Name }).ToList();

        var cache = CatalogCache.Open(_directory, "test");
        var (node, _) = cache.Read(renamed[0]);

        cache.Hits.Should().Be(1);
        node.Location.Source.Should().Be("elsewhere/" + files[0].Name);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    public void Open_DamagedCacheFile_IgnoredAndRewritten(string damage)
    {
        var files = Embedded();
        Load(files);
        var path = Directory.EnumerateFiles(_directory).Single();
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, damage switch
        {
            "garbage" => Encoding.UTF8.GetBytes("not a cache"),
            "truncated" => bytes[..(bytes.Length / 2)],
            _ => Flip(bytes, bytes.Length / 3),
        });

        var (set, cache) = Load(files);

        (cache.Hits, cache.Misses).Should().Be((0, files.Count));
        set.Catalogs.Should().HaveCount(CatalogLoader.Load(files, "rules/").Catalogs.Length);
        Load(files).Cache.Hits.Should().Be(files.Count);
    }

    [Fact]
    public void Open_DocumentNestedBeyondTheReadersLimit_IgnoredWithoutOverflowingTheStack()
    {
        var file = Embedded()[0];
        var first = CatalogCache.Open(_directory, "test");
        first.Read(file);
        first.Save();
        var path = Directory.EnumerateFiles(_directory).Single();
        var deep = new MemoryStream();
        using (var w = new BinaryWriter(deep, Encoding.UTF8, leaveOpen: true))
        {
            for (var i = 0; i < 100_000; i++)
            {
                w.Write((byte)1); // a list of one list of one list…
                w.Write7BitEncodedInt(1);
                w.Write7BitEncodedInt(1);
                w.Write7BitEncodedInt(1);
            }
        }
        File.WriteAllBytes(path, CatalogCache.Written([(file.Name, file.Content, CatalogCache.ReadFile(file).Hash, deep.ToArray())]));

        var cache = CatalogCache.Open(_directory, "test");
        var (node, _) = cache.Read(file);

        (cache.Hits, cache.Misses).Should().Be((0, 1));
        node.Should().BeOfType<MappingNode>();
    }

    [Fact]
    public void Save_CacheFolderCannotBeMade_LoadsAnyway()
    {
        var blocked = Path.Combine(_directory, "a-file");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(blocked, "a file where the cache folder would be");

        var engine = RulesKitEngine.Create(new RulesKitOptions { CacheDirectory = Path.Combine(blocked, "cache") });

        engine.Catalogs.Catalogs.Should().NotBeEmpty();
        Directory.EnumerateFiles(_directory).Should().Equal(blocked);
    }

    [Fact]
    public void Open_TwoFolders_EachItsOwnFile()
    {
        var files = Embedded();
        Load(files, "one");
        Load(files, "two");

        Directory.EnumerateFiles(_directory).Should().HaveCount(2);
        Load(files, "one").Cache.Hits.Should().Be(files.Count);
    }

    [Fact]
    public void Save_MoreSetsThanTheFolderKeeps_OnlyTheLastWrittenKept()
    {
        var file = Embedded()[0];
        for (var i = 0; i < CacheFiles.MaxFiles + 3; i++)
        {
            var cache = CatalogCache.Open(_directory, $"folder {i}");
            cache.Read(file);
            cache.Save();
            foreach (var written in Directory.EnumerateFiles(_directory))
                File.SetLastWriteTimeUtc(written, File.GetLastWriteTimeUtc(written).AddMinutes(-1)); // older than the next
        }

        Directory.EnumerateFiles(_directory).Should().HaveCount(CacheFiles.MaxFiles);
        var newest = CatalogCache.Open(_directory, $"folder {CacheFiles.MaxFiles + 2}");
        newest.Read(file);
        newest.Hits.Should().Be(1);
        var oldest = CatalogCache.Open(_directory, "folder 0");
        oldest.Read(file);
        oldest.Hits.Should().Be(0);
    }

    private static string TitleOf(string text)
    {
        var line = text.Split('\n').First(l => l.StartsWith("title: ", StringComparison.Ordinal));
        return line["title: ".Length..].TrimEnd('\r');
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x20;
        return copy;
    }

    // Everything a node holds, as text: two documents are the same when their descriptions are.
    private static string Describe(DocumentNode node)
    {
        var text = new StringBuilder();
        void Walk(DocumentNode n)
        {
            text.Append($"{n.Location.Source}:{n.Location.Line}:{n.Location.Column} ");
            switch (n)
            {
                case ScalarNode s:
                    text.Append($"S {s.IsPlain} {s.IsBlock} {s.ContentLine}:{s.ContentColumn} [{s.Value}]\n");
                    break;
                case SequenceNode q:
                    text.Append($"Q {q.Items.Count}\n");
                    foreach (var item in q.Items)
                        Walk(item);
                    break;
                case MappingNode m:
                    text.Append($"M {m.Entries.Count}\n");
                    foreach (var (key, value) in m.Entries)
                    {
                        Walk(key);
                        Walk(value);
                    }
                    break;
            }
        }
        Walk(node);
        return text.ToString();
    }
}
