using System.Globalization;

namespace RulesKit;

/// <summary>
/// A kind of diagnostic: its stable code (listed in docs/errors.md), its severity and its message in
/// both languages, with <c>{0}</c>, <c>{1}</c>… for the arguments.
/// </summary>
/// <param name="code">The stable code, e.g. <c>RK2001</c>.</param>
/// <param name="severity">Error or warning.</param>
/// <param name="chinese">The Chinese message template.</param>
/// <param name="english">The English message template.</param>
public sealed class DiagnosticTemplate(string code, DiagnosticSeverity severity, string chinese, string english)
{
    /// <summary>The stable code.</summary>
    public string Code { get; } = code;

    /// <summary>Error or warning.</summary>
    public DiagnosticSeverity Severity { get; } = severity;

    /// <summary>The Chinese message template.</summary>
    public string Chinese { get; } = chinese;

    /// <summary>The English message template.</summary>
    public string English { get; } = english;

    /// <summary>A diagnostic of this kind at a place; a line of 0 means the whole source.</summary>
    public Diagnostic At(string source, int line, int column, params object?[] arguments) => new(this, source, line, column, arguments);

    internal string Format(Language language, object?[] arguments)
    {
        var args = new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
            args[i] = arguments[i] switch
            {
                LocalizedText text => text.In(language),
                IEnumerable<string> list => string.Join(", ", list),
                IEnumerable<LocalizedText> list => string.Join(", ", list.Select(t => t.In(language))),
                var other => other,
            };
        return string.Format(CultureInfo.InvariantCulture, language == Language.Chinese ? Chinese : English, args);
    }
}
