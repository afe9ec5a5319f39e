namespace RulesKit;

/// <summary>A located problem in a report or catalog: where it is and what was expected.</summary>
/// <param name="Source">The file name (or the name given to the text) that holds the problem.</param>
/// <param name="Line">1-based line, or 0 when the problem has no position (a whole-file problem).</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong and what was expected.</param>
public sealed record Diagnostic(string Source, int Line, int Column, string Message)
{
    /// <summary>Formats as <c>file:line:col: message</c>, the form compilers and editors understand.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Source}:{Line}:{Column}: {Message}" : $"{Source}: {Message}";
}

/// <summary>Input (a report or a catalog) was rejected; <see cref="Diagnostics"/> lists every problem found.</summary>
public sealed class RulesKitInputException : Exception
{
    /// <summary>Creates the exception from one or more located problems.</summary>
    public RulesKitInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
