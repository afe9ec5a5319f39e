using System.Reflection;
using System.Text.RegularExpressions;

namespace RulesKit.Tests.Foundation;

/// <summary>Every diagnostic has a unique stable code, a message in both languages, and a row in docs/errors.md with an example.</summary>
public partial class DiagnosticCatalogTests
{
    private static IEnumerable<DiagnosticTemplate> AllTemplates()
    {
        var holders = new[] { "RulesKit", "RulesKit.Campaign", "RulesKit.Testing", "RulesKit.Hosting" }
            .SelectMany(name => Assembly.Load(name).GetTypes());
        return holders.SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(DiagnosticTemplate))
            .Select(f => (DiagnosticTemplate)f.GetValue(null)!);
    }

    [Fact]
    public void Templates_CodesUniqueAndMessagesInBothLanguages()
    {
        var templates = AllTemplates().ToList();
        templates.Should().HaveCountGreaterThan(90);
        templates.Select(t => t.Code).Should().OnlyHaveUniqueItems();
        templates.Should().OnlyContain(t => CodePattern().IsMatch(t.Code));
        foreach (var t in templates)
        {
            t.Chinese.Should().NotBeNullOrWhiteSpace(t.Code);
            t.English.Should().NotBeNullOrWhiteSpace(t.Code);
            Placeholders(t.Chinese).Should().BeEquivalentTo(Placeholders(t.English), $"{t.Code} uses the same arguments in both languages");
        }
    }

    [Fact]
    public void ErrorsDoc_ListsEveryCodeWithItsSeverityAndAnExample()
    {
        var doc = File.ReadAllText(Path.Combine(TestData.RepositoryRoot, "docs", "errors.md"));
        var rows = Row().Matches(doc).ToDictionary(m => m.Groups["code"].Value, m => (Severity: m.Groups["severity"].Value, Example: m.Groups["example"].Value.Trim()));
        foreach (var t in AllTemplates())
        {
            rows.Should().ContainKey(t.Code, "docs/errors.md must list it");
            rows[t.Code].Severity.Should().Be(t.Severity == DiagnosticSeverity.Error ? "error" : "warning", t.Code);
            rows[t.Code].Example.Should().NotBeEmpty(t.Code);
        }
    }

    private static List<string> Placeholders(string text) => [.. Regex.Matches(text, @"\{(\d)").Select(m => m.Groups[1].Value).Distinct().Order()];

    [GeneratedRegex(@"^RK\d{4}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\| (?<code>RK\d{4}) \| (?<severity>error|warning) \| [^|\n]+ \| (?<example>[^\n]+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
