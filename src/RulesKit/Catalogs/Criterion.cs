using System.Collections.Immutable;
using RulesKit.Determinations;
using RulesKit.Input;

namespace RulesKit.Catalogs;

/// <summary>A criterion of a determination list (or a point of a checklist): its text, the categories it counts and the elements it requires.</summary>
public sealed class Criterion
{
    internal Criterion()
    {
    }

    /// <summary>Its id in the catalog.</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Its number in the list.</summary>
    public int Number { get; internal init; }

    /// <summary>Its text, verbatim at <see cref="Confidence"/>.</summary>
    public string Text { get; internal init; } = "";

    /// <summary>Where in the document it stands.</summary>
    public string Citation { get; internal init; } = "";

    /// <summary>How sure the catalog is of the text.</summary>
    public Confidence Confidence { get; internal init; }

    /// <summary>The verdict class it gives when met.</summary>
    public string Class { get; internal init; } = "";

    /// <summary>
    /// Categories the criterion counts under a class of their own (category → class id), where one point names acts the
    /// law classes apart (出租、出借资质 and 超出业务范围 in the agency's point (4)); every other category counts under <see cref="Class"/>.
    /// </summary>
    public ImmutableSortedDictionary<string, string> CategoryClasses { get; internal init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The nonconformity categories it counts.</summary>
    public ImmutableArray<string> Categories { get; internal init; } = [];

    /// <summary>The elements it requires (objective always; attribution is checked for every criterion).</summary>
    public ImmutableArray<CriterionElement> Requires { get; internal init; } = [];

    /// <summary>How the engine reads it.</summary>
    public string Reading { get; internal init; } = "";

    /// <summary>The same reading in Chinese, for Chinese explanations, when the catalog gives it.</summary>
    public string? ReadingZh { get; internal init; }

    /// <summary>Report types it applies to (e.g. 现状评价); empty: every type.</summary>
    public ImmutableArray<string> ReportTypes { get; internal init; } = [];

    /// <summary>Industries it applies to (criterion 11: metal smelting); empty: every industry.</summary>
    public ImmutableArray<string> Industries { get; internal init; } = [];

    internal SourceLocation Location { get; init; }

    /// <summary>Whether the criterion applies to a report of <paramref name="industry"/> and <paramref name="reportType"/>.</summary>
    public bool AppliesTo(string industry, string reportType) =>
        (Industries.IsEmpty || Industries.Contains(industry)) && (ReportTypes.IsEmpty || ReportTypes.Contains(reportType));
}
