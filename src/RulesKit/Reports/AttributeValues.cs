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
    /// <summary>The canonical value; null for an explicit null (the same as silence). Problems go to <paramref name="report"/>.</summary>
    public static object? Convert(object? raw, KindAttribute attribute, string field, Action<DiagnosticTemplate, object?[]> report)
    {
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
                    case decimal d: return d;
                    case int i: return (decimal)i;
                    case long l: return (decimal)l;
                    case double x when double.IsFinite(x): return (decimal)x;
                    case float f when float.IsFinite(f): return (decimal)f;
                }
                if (text is not null && NodeBinder.TryParseNumber(text, out var number))
                {
                    if (plain)
                        return number;
                    report(Messages.QuotedNumber, [field, text]);
                    return null;
                }
                if (text is not null && NodeBinder.NumberOfUnitText(text) is { } digits)
                {
                    report(Messages.NumberWithUnit, [field, text, digits]);
                    return null;
                }
                break;
            case AttributeType.Boolean:
                if (raw is bool b)
                    return b;
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
                            report(Messages.ImpossibleMonth, [field, text]);
                            return null;
                        case NodeBinder.DateProblem.NoSuchDay:
                            var (year, month) = (int.Parse(text[..4], CultureInfo.InvariantCulture), int.Parse(text[5..7], CultureInfo.InvariantCulture));
                            report(Messages.ImpossibleDay, [field, text, year, month, DateTime.DaysInMonth(year, month)]);
                            return null;
                    }
                }
                break;
            case AttributeType.Enum:
                if (text is not null && attribute.Values.Contains(text))
                    return text;
                break;
            default:
                if (text is not null)
                    return text;
                break;
        }
        report(Messages.WrongValue, [field, attribute.Expected, Describe(raw)]);
        return null;
    }

    /// <summary>
    /// The value when <paramref name="raw"/> is already of the attribute's type (what System.Text.Json binds for a
    /// well-formed report): exactly what <see cref="Convert"/> returns for it, without building error context.
    /// False when <see cref="Convert"/> must decide.
    /// </summary>
    public static bool TryConvertPlain(object? raw, KindAttribute attribute, out object? value)
    {
        value = null;
        switch (raw)
        {
            case null:
                return true;
            case decimal d when attribute.Type == AttributeType.Number:
                value = d;
                return true;
            case bool b when attribute.Type == AttributeType.Boolean:
                value = b;
                return true;
            case string text when attribute.Type == AttributeType.Text:
                value = text;
                return true;
            case string text when attribute.Type == AttributeType.Enum && attribute.Values.Contains(text):
                value = text;
                return true;
            default:
                return false;
        }
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
