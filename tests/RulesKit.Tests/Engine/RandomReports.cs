using RulesKit.Catalogs;

namespace RulesKit.Tests.Engine;

/// <summary>Valid random reports over the kinds the shipped catalogs declare, built from one seed.</summary>
internal static class RandomReports
{
    private static readonly string[] Industries = ["hazchem", "mining", "metallurgy", "nonferrous", "pipeline", "machinery"];
    private static readonly EvidenceSource[] Sources = Enum.GetValues<EvidenceSource>();
    private static readonly string[] Texts = ["仓库", "宿舍", "合格", "不合格", "长壁式"];

    public static Report Build(int seed)
    {
        var random = new Random(seed);
        // hazchem_inventory is made by the engine from a subject's inventory, not recorded.
        var kinds = TestData.Engine.Catalogs.Kinds.Values.Where(k => k.Name != "hazchem_inventory").OrderBy(k => k.Name, StringComparer.Ordinal).ToList();
        var subjects = Enumerable.Range(0, random.Next(0, 9)).Select(i => Subject(random, kinds[random.Next(kinds.Count)], $"S{i}")).ToList();
        var evidence = subjects.Count == 0 ? [] : Enumerable.Range(0, random.Next(0, 4)).Select(i => new EvidenceRecord
        {
            Id = $"E{i}",
            Source = Sources[random.Next(Sources.Length)],
            Description = "random evidence",
            Concerns = [subjects[random.Next(subjects.Count)].Id],
            Falsified = random.Next(4) == 0,
            AgencyAware = random.Next(3) switch { 0 => null, 1 => true, _ => false },
        }).ToList();
        return TestData.Report(Industries[random.Next(Industries.Length)], new DateOnly(2019, 5, 1).AddDays(random.Next(0, 2600)),
            subjects, evidence, favourable: random.Next(3) > 0);
    }

    public static CheckedSubject Subject(Random random, SubjectKind kind, string id)
    {
        var observed = Values(random, kind);
        var reported = random.Next(5) switch
        {
            0 => null,
            1 => Values(random, kind),
            _ => new Dictionary<string, object>(observed.Where(_ => random.Next(6) > 0)),
        };
        return new CheckedSubject
        {
            Id = id,
            Kind = kind.Name,
            Observed = observed,
            Reported = reported,
            ControlsApprovedByRegulator = random.Next(3) switch { 0 => null, 1 => true, _ => false },
        };
    }

    private static Dictionary<string, object> Values(Random random, SubjectKind kind)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var attribute in kind.Attributes.Where(_ => random.Next(5) > 0))
        {
            values[attribute.Name] = attribute.Type switch
            {
                AttributeType.Number => random.Next(0, 5000) / 10m,
                AttributeType.Boolean => random.Next(2) == 0,
                AttributeType.Enum => attribute.Values[random.Next(attribute.Values.Length)],
                AttributeType.Date => new DateOnly(2015, 1, 1).AddDays(random.Next(0, 4000)),
                _ => Texts[random.Next(Texts.Length)],
            };
        }
        return values;
    }
}
