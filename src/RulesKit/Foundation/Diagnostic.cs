using System.Text.Json.Serialization;

namespace RulesKit;

/// <summary>
/// A located problem in a report, catalog or other input, or a warning about a result: a stable code,
/// where it is (file, line, column; or the report and field) and what was expected, in Chinese or English.
/// </summary>
public sealed class Diagnostic
{
    private readonly DiagnosticTemplate _template;
    private readonly object?[] _arguments;

    internal Diagnostic(DiagnosticTemplate template, string source, int line, int column, object?[] arguments)
    {
        _template = template;
        _arguments = arguments;
        Source = source;
        Line = line;
        Column = column;
    }

    /// <summary>The stable code (docs/errors.md lists every code with an example).</summary>
    [JsonPropertyName("code")]
    public string Code => _template.Code;

    /// <summary>Error or warning.</summary>
    [JsonPropertyName("severity")]
    public DiagnosticSeverity Severity => _template.Severity;

    /// <summary>The file as the user named it, or the report (id and field) when it was not read from a file.</summary>
    [JsonPropertyName("source")]
    public string Source { get; }

    /// <summary>1-based line, or 0 when the problem has no position.</summary>
    [JsonPropertyName("line")]
    public int Line { get; }

    /// <summary>1-based column, or 0 when unknown.</summary>
    [JsonPropertyName("column")]
    public int Column { get; }

    /// <summary>The message in English.</summary>
    [JsonPropertyName("message")]
    public string Message => Format(Language.English);

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string Format(Language language) => _template.Format(language, _arguments);

    /// <summary><c>file:line:col: error RK2001: message</c>, the form compilers and editors understand.</summary>
    public string ToString(Language language)
    {
        var severity = (Severity, language) switch
        {
            (DiagnosticSeverity.Error, Language.Chinese) => "错误",
            (DiagnosticSeverity.Warning, Language.Chinese) => "警告",
            (DiagnosticSeverity.Error, _) => "error",
            _ => "warning",
        };
        var place = Line > 0 ? $"{Source}:{Line}:{Column}" : Source;
        return $"{place}: {severity} {Code}: {Format(language)}";
    }

    /// <summary>The English form of <see cref="ToString(Language)"/>.</summary>
    public override string ToString() => ToString(Language.English);
}
