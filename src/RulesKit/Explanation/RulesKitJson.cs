using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace RulesKit.Explanation;

/// <summary>
/// The JSON conventions RulesKit writes with: the property names and enum names its types declare, null
/// values left out, Chinese unescaped. The result types serialise the same way with System.Text.Json's
/// defaults (their names are declared on them); these options only add the unescaped text and indentation.
/// </summary>
public static class RulesKitJson
{
    /// <summary>Indented output, for files and people.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    /// <summary>One line per value, for JSON Lines.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NewLine = "\n",
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
