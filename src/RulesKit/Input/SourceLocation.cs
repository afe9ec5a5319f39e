namespace RulesKit.Input;

/// <summary>A position in a source text: the source as the user named it, 1-based line and column.</summary>
/// <param name="source">The file (or name given to the text).</param>
/// <param name="line">1-based line.</param>
/// <param name="column">1-based column.</param>
public readonly struct SourceLocation(string source, int line, int column)
{
    /// <summary>The file (or name given to the text).</summary>
    public string Source { get; } = source;

    /// <summary>1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column.</summary>
    public int Column { get; } = column;

    /// <summary>A diagnostic of <paramref name="template"/> at this position.</summary>
    public Diagnostic Report(DiagnosticTemplate template, params object?[] arguments) => template.At(Source, Line, Column, arguments);
}
