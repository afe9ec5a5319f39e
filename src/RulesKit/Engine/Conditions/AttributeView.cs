namespace RulesKit.Engine.Conditions;

/// <summary>
/// One view (observed or reported) of a subject's attributes, in the slots its kind assigns.
/// Fields, not properties: compiled conditions read them directly.
/// </summary>
internal sealed class AttributeView(object?[] values, DateTime evaluationDate)
{
    public readonly object?[] Values = values;

    /// <summary>The report's evaluation date, readable in conditions as <c>evaluation_date</c>.</summary>
    public readonly DateTime EvaluationDate = evaluationDate;
}
