using System.Reflection;
using PublicApiGenerator;

namespace RulesKit.Tests.Architecture;

/// <summary>
/// Each library's public API, as C# declarations (nullability, default values and extension methods
/// included), approved in Api/NAME.approved.txt: an API change changes that file, so every change is
/// deliberate and visible in review. On a difference the test writes NAME.received.txt beside it.
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Libraries => new("RulesKit", "RulesKit.Campaign", "RulesKit.Testing", "RulesKit.Hosting", "RulesKit.Workbench");

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_Library_MatchesTheApprovedRecord(string library)
    {
        var assembly = Assembly.Load(library);
        var current = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // PublicApiGenerator leaves out System* and Microsoft* namespaces by default; AddRulesKit lives in the one
            // where .NET hosts look for extension methods of IServiceCollection, so every namespace a package adds to is recorded.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            // JSON names are checked by the serialisation tests; here they would only bury the declarations.
            ExcludeAttributes =
            [
                "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute",
                "System.Text.Json.Serialization.JsonPropertyNameAttribute", "System.Text.Json.Serialization.JsonIgnoreAttribute",
                "System.Text.Json.Serialization.JsonConverterAttribute", "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute",
            ],
        }).ReplaceLineEndings("\n");
        var approved = Path.Combine(TestData.RepositoryRoot, "tests", "RulesKit.Tests", "Architecture", "Api", $"{library}.approved.txt");
        var received = Path.ChangeExtension(approved, null).Replace(".approved", ".received") + ".txt";
        var expected = File.Exists(approved) ? File.ReadAllText(approved).ReplaceLineEndings("\n") : "";
        if (current != expected)
            File.WriteAllText(received, current);
        else if (File.Exists(received))
            File.Delete(received);
        current.Should().Be(expected, $"the public API of {library} changed: review {Path.GetFileName(received)} and copy it over the approved file if intended");
    }

    [Fact]
    public void InternalsVisibleTo_NamesOnlyTestProjects()
    {
        foreach (var library in new[] { "RulesKit", "RulesKit.Campaign", "RulesKit.Testing", "RulesKit.Hosting" })
        {
            var friends = Assembly.Load(library).GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName);
            friends.Should().BeSubsetOf(["RulesKit.Tests", "RulesKit.Benchmarks"], library);
        }
    }
}
