namespace RulesKit.Law;

/// <summary>
/// One view (observed or reported) of a subject's attributes, in the slots its kind assigns.
/// Fields, not properties: compiled conditions read them directly. Not readonly for one reason: the subject
/// screen points one view per thread at subject after subject (<see cref="Reuse"/>) instead of allocating one
/// for each of the many subjects it screens out; every other view is made once and never changed.
/// </summary>
internal sealed class AttributeView(object?[] values, DateTime evaluationDate)
{
    public object?[] Values = values;

    /// <summary>The report's evaluation date, readable in conditions as <c>evaluation_date</c>.</summary>
    public DateTime EvaluationDate = evaluationDate;

    /// <summary>Points this (screen-only) view at other values.</summary>
    public void Reuse(object?[] values, DateTime evaluationDate) => (Values, EvaluationDate) = (values, evaluationDate);
}
