using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Engine.Compilation;
using RulesKit.Law;
using RulesKit.Reports;

namespace RulesKit.Engine.Facts;

/// <summary>
/// Layer 1's output: a standards item the observed view violates — or may violate, when facts it needs are not
/// recorded (<see cref="Undecided"/>) — with how the report dealt with it.
/// </summary>
internal sealed class NonconformityFact : IFinding
{
    public required CompiledItem Item { get; init; }
    public required SubjectFact Subject { get; init; }
    public required Disclosure Disclosure { get; init; }

    /// <summary>The breach itself is open: facts the item needs are not recorded (<see cref="Missing"/>).</summary>
    public bool Undecided { get; init; }

    public IReadOnlyList<string> Missing { get; init; } = [];

    // Read only by the elements that ask what the agency knew, and only for the few findings that reach them.
    private IReadOnlyList<string>? _contradicted;

    public IReadOnlyList<string> Contradicted => _contradicted ??= ItemReading.Contradicted(Item, Subject.Observed, Subject.Reported);

    string IFinding.CatalogId => Item.Catalog.Id;
    StandardItem IFinding.Item => Item.Item;
    string IFinding.SubjectId => Subject.Id;
    IReadOnlyList<EvidenceRecord> IFinding.Evidence => Subject.Evidence;
    bool? IFinding.ControlsApprovedByRegulator => Subject.ControlsApprovedByRegulator;
    Report IFinding.Report => Subject.Report.Report;
}
