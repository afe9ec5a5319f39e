namespace RulesKit;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The input is rejected: nothing is decided from it.</summary>
    Error,

    /// <summary>The input is used, but something the user should know affects the result (e.g. a criterion that cannot be decided).</summary>
    Warning,
}
