using System.Globalization;
using System.Text.Json;
using RulesKit.Catalogs;
using RulesKit.Input;

namespace RulesKit.Reports;

/// <summary>
/// Turns an attribute value as given — a located YAML/JSON value, a JSON element from System.Text.Json
/// binding, or a CLR value from code — into its canonical type (decimal, bool, string, DateOnly), or says
/// why it cannot. The one conversion every input path shares.
/// </summary>
internal static class AttributeValues
{
    /// <summary>
    /// The canonical value; null for an explicit null (the same as silence) or when the value is wrong. A wrong
    /// value's <paramref name="problem"/> gives the message and its arguments after the field's name, which the
    /// caller adds (so a value that converts costs no field name and no callback).
    /// </summary>
    public static object? Convert(object? raw, KindAttribute attribute, out (DiagnosticTemplate Template, object?[] Args)? problem)
    {
        problem = null;
        if (raw is JsonElement json)
            raw = FromJson(json);
        if (raw is null || raw is ScalarNode { IsNull: true })
            return null;
        var (text, plain) = raw switch
        {
            ScalarNode s => (s.Value, s.IsPlain),
            string s => (s, false),
            _ => ((string?)null, false),
        };
        switch (attribute.Type)
        {
            case AttributeType.Number:
                switch (raw)
                {
                    case decimal: return raw; // already canonical: not boxed again
                    case int i: return (decimal)i;
                    case long l: return (decimal)l;
                    case double x when double.IsFinite(x): return (decimal)x;
                    case float f when float.IsFinite(f): return (decimal)f;
                }
                if (text is not null && NodeBinder.TryParseNumber(text, out var number))
                {
                    if (plain)
                        return number;
                    problem = (Messages.QuotedNumber, [text]);
                    return null;
                }
                if (text is not null && NodeBinder.NumberOfUnitText(text) is { } digits)
                {
                    problem = (Messages.NumberWithUnit, [text, digits]);
                    return null;
                }
                break;
            case AttributeType.Boolean:
                if (raw is bool)
                    return raw;
                if (plain && text is "true" or "True" or "TRUE")
                    return true;
                if (plain && text is "false" or "False" or "FALSE")
                    return false;
                break;
            case AttributeType.Date:
                switch (raw)
                {
                    case DateOnly date: return date;
                    case DateTime time: return DateOnly.FromDateTime(time);
                }
                if (text is not null)
                {
                    switch (NodeBinder.ParseDate(text, out var parsed))
                    {
                        case NodeBinder.DateProblem.None:
                            return parsed;
                        case NodeBinder.DateProblem.NoSuchMonth:
                            problem = (Messages.ImpossibleMonth, [text]);
                            return null;
                        case NodeBinder.DateProblem.NoSuchDay:
                            var (year, month) = (int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture));
                            problem = (Messages.ImpossibleDay, [text, year, month, DateTime.DaysInMonth(year, month)]);
                            return null;
                    }
                }
                break;
            case AttributeType.Enum:
                if (text is not null && attribute.Values.Contains(text))
                    return text;
                // Another wording of a value is that value (KindAttribute.Aliases).
                if (text is not null && attribute.Aliases.TryGetValue(text, out var meant))
                    return meant;
                break;
            default:
                if (text is not null)
                    return text;
                break;
        }
        // A slip of one of an enum's values is named (land_egde: did you mean land_edge?).
        var expected = attribute.Type == AttributeType.Enum && text is not null && Suggestions.Near(text, attribute.Values) is { } near
            ? new LocalizedText($"{attribute.Expected.Chinese}（是否是：{near}？）", $"{attribute.Expected.English} (did you mean '{near}'?)")
            : attribute.Expected;
        problem = (Messages.WrongValue, [expected, Describe(raw)]);
        return null;
    }

    /// <summary>A JSON value as <see cref="FromJson"/> gives it, read straight from the reader (no JsonDocument per value).</summary>
    internal static object? ReadJsonValue(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetDecimal(out var d) ? d : reader.GetDouble(),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => JsonElement.ParseValue(ref reader).GetRawText(),
    };

    private static object? FromJson(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Number => json.TryGetDecimal(out var d) ? d : json.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => json.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => json.GetRawText(),
    };

    private static object Describe(object raw) => raw switch
    {
        DocumentNode n => n.Describe(),
        string s => new LocalizedText($"文本“{s}”", $"the text \"{s}\""),
        _ => System.Convert.ToString(raw, CultureInfo.InvariantCulture) ?? "?",
    };
}
