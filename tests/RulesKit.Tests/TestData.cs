using System.Text;
using RulesKit.Catalogs;

namespace RulesKit.Tests;

/// <summary>Shared engine over the shipped catalogs, paths into the repository, and small catalog texts for loader tests.</summary>
internal static class TestData
{
    private static readonly Lazy<RulesKitEngine> SharedEngine = new(RulesKitEngine.FromEmbeddedCatalogs);

    public static RulesKitEngine Engine => SharedEngine.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string RulesDirectory => Path.Combine(RepositoryRoot, "rules");

    public static string ExamplesDirectory => Path.Combine(RulesDirectory, "examples");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RulesKit.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("RulesKit.sln not found above the test folder");
    }

    /// <summary>Copies a folder and everything under it (a rules folder a test may edit).</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    /// <summary>The vocabulary of test catalog sets: the shipped one plus the industry <c>test</c>.</summary>
    public static readonly string Vocabulary = File.ReadAllText(Path.Combine(FindRoot(), "rules", "vocabulary.yaml"))
        .Replace("industries:\n", "industries:\n  - { key: test, title: 测试行业 }\n");

    /// <summary>Loads catalog texts (paths like <c>standards/x.yaml</c>); the test vocabulary is added unless a file gives one.</summary>
    public static CatalogSet Load(params (string Name, string Text)[] files) => CatalogLoader.Load(
        files.Any(f => f.Name == "vocabulary.yaml") ? files.Select(ToFile) : files.Append(("vocabulary.yaml", Vocabulary)).Select(ToFile), "test");

    private static CatalogFile ToFile((string Name, string Text) f) => new(InFolder(f.Name), InFolder(f.Name), Encoding.UTF8.GetBytes(f.Text));

    // Bare names (s.yaml) are standards or determination files by their first key: put them in a catalog folder.
    private static string InFolder(string name) => name.Contains('/') || CatalogFile.RootFiles.Contains(name) ? name : "standards/" + name;

    /// <summary>An engine over catalog texts.</summary>
    public static RulesKitEngine EngineOf(params (string Name, string Text)[] files) => new(Load(files));

    /// <summary>A minimal determination catalog with one criterion counting category 'cat'.</summary>
    public const string Determination = """
        catalog: determination
        id: test.list
        version: "1"
        title: test list
        document: T-1
        jurisdiction: test
        industries: ["*"]
        source: test
        classes:
          - { id: bad, name: 虚假, nameEn: false report, severity: 1 }
        categories:
          - { id: cat, title: a category }
        criteria:
          - id: "1"
            number: 1
            text: criterion text
            citation: T-1 (1)
            class: bad
            categories: [cat]
            requires: [objective, concealment, materiality]
            reading: test
        """;

    /// <summary>A report's header fields, ready for a subjects block to follow.</summary>
    public const string ReportHeader = """
        id: R-1
        title: t
        reportType: 现状评价
        purpose: licence
        industry: hazchem
        agency: a
        enterprise: e
        county: c
        evaluationDate: 2021-06-01
        conclusion: { text: 具备安全生产条件, favourable: true }

        """;

    /// <summary>A standards catalog with one item whose condition is <paramref name="when"/> over kind 'thing' (a: number, b: number, flag: boolean, colour: enum).</summary>
    public static string Standards(string when, string extra = "", string version = "1", string? from = null, string? to = null) => $$"""
        catalog: standards
        id: test.standard
        version: "{{version}}"
        title: test standard
        document: T-2
        jurisdiction: test
        industries: [test]
        {{(from is null ? "" : "effectiveFrom: " + from)}}
        {{(to is null ? "" : "effectiveTo: " + to)}}
        source: test
        kinds:
          thing:
            attributes:
              a: { type: number }
              b: { type: number }
              flag: { type: boolean }
              colour: { type: enum, values: [red, green] }
        {{extra}}
        items:
          - id: I-1
            clause: "1"
            text: clause text
            source: test
            confidence: official
            veto: true
            categories: [cat]
            kind: thing
            when: "{{when}}"
        """;

    /// <summary>
    /// A report of <paramref name="industry"/> judged on <paramref name="date"/>. One issued before the 2021 campaign
    /// ended is recorded as checked during it (on its own date, or 2021-08-16 for one issued before the campaign began),
    /// as the campaign's reports are; a later one is not checked by the campaign.
    /// </summary>
    public static Report Report(string industry, DateOnly date, IReadOnlyList<CheckedSubject> subjects, IReadOnlyList<EvidenceRecord>? evidence = null,
        bool favourable = true, IReadOnlyList<CitedDocument>? documents = null) => new()
    {
        CheckedOn = date > new DateOnly(2021, 11, 30) ? null : date < new DateOnly(2021, 6, 1) ? new DateOnly(2021, 8, 16) : date,
        Id = "R-1",
        Title = "test report",
        ReportType = "现状评价",
        Purpose = "licence",
        Industry = industry,
        Agency = "agency",
        Enterprise = "enterprise",
        County = "county",
        EvaluationDate = date,
        Conclusion = new ReportConclusion { Text = favourable ? "具备安全生产条件" : "不具备安全生产条件", Favourable = favourable },
        Subjects = subjects,
        Documents = documents ?? [],
        Evidence = evidence ?? [],
    };

    public static Dictionary<string, object> Values(params (string Key, object Value)[] values) =>
        values.ToDictionary(v => v.Key, v => v.Value);
}
