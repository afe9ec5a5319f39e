using System.Collections.Immutable;

namespace RulesKit;

/// <summary>Input (a report, catalog, record or option) was rejected; <see cref="Diagnostics"/> lists every problem found.</summary>
public sealed class RulesKitInputException : Exception
{
    /// <summary>Creates the exception with no diagnostics.</summary>
    public RulesKitInputException()
        : this("the input was rejected")
    {
    }

    /// <summary>Creates the exception with a message and no diagnostics.</summary>
    public RulesKitInputException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message, no diagnostics and the exception that caused it.</summary>
    public RulesKitInputException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Diagnostics = [];
    }

    /// <summary>Creates the exception from one or more located problems, and the exception (YAML or JSON parser) behind them.</summary>
    public RulesKitInputException(IEnumerable<Diagnostic> diagnostics, Exception? innerException = null)
        : this([.. diagnostics], innerException)
    {
    }

    private RulesKitInputException(ImmutableArray<Diagnostic> diagnostics, Exception? innerException)
        : base(string.Join(Environment.NewLine, diagnostics), innerException)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
