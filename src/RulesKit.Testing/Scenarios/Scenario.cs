using System.Collections.Immutable;
using RulesKit.Inspections;
using RulesKit.Reports;

namespace RulesKit.Testing.Scenarios;

/// <summary>An expert's test: a report or an inspection record (and optionally a date and catalogs) and what the engine must decide.</summary>
public sealed class Scenario
{
    /// <summary>A readable name.</summary>
    public required string Name { get; init; }

    /// <summary>The file it was written in, with its line.</summary>
    public required string Location { get; init; }

    /// <summary>The report to evaluate; null when the scenario gives an inspection record.</summary>
    public Report? Report { get; init; }

    /// <summary>The inspection record to judge; null when the scenario gives a report.</summary>
    public InspectionRecord? Inspection { get; init; }

    /// <summary>The reports the inspection record names (evaluated first; their determinations feed its points).</summary>
    public ImmutableArray<Report> NamedReports { get; init; } = [];

    /// <summary>Evaluate as of this date instead of the report's evaluation date.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>A rules folder to use instead of the engine's catalogs.</summary>
    public string? Catalogs { get; init; }

    /// <summary>Expectations per determination list id.</summary>
    public ImmutableDictionary<string, ListExpectation> Lists { get; init; } = ImmutableDictionary<string, ListExpectation>.Empty;

    /// <summary>Nonconformities that must be found, as <c>catalog/item@subject</c>.</summary>
    public ImmutableArray<string> Present { get; init; } = [];

    /// <summary>Nonconformities that must not be found.</summary>
    public ImmutableArray<string> Absent { get; init; } = [];
}
