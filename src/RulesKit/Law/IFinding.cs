using RulesKit.Catalogs;
using RulesKit.Determinations;
using RulesKit.Reports;

namespace RulesKit.Law;

/// <summary>A breach of a standards item on one subject of a report, with what the elements of a criterion read of it.</summary>
internal interface IFinding
{
    /// <summary>The catalog the item comes from (its id).</summary>
    string CatalogId { get; }

    /// <summary>The breached item.</summary>
    StandardItem Item { get; }

    /// <summary>The subject it was found on.</summary>
    string SubjectId { get; }

    /// <summary>Whether the breach itself is open: facts the item needs are not recorded (<see cref="Missing"/>).</summary>
    bool Undecided { get; }

    /// <summary>For an open breach, the facts not recorded that would decide it.</summary>
    IReadOnlyList<string> Missing { get; }

    /// <summary>How the report dealt with it (<see cref="ItemReading.DisclosureOf"/>).</summary>
    Disclosure Disclosure { get; }

    /// <summary>The facts the report contradicts or leaves out (<see cref="ItemReading.Contradicted"/>): what evidence of the agency's knowledge must show.</summary>
    IReadOnlyList<string> Contradicted { get; }

    /// <summary>The evidence records that concern the subject, in report order.</summary>
    IReadOnlyList<EvidenceRecord> Evidence { get; }

    /// <summary>Whether the regulator approved the controls of the hazard; null when not recorded.</summary>
    bool? ControlsApprovedByRegulator { get; }

    /// <summary>The report (or the inspection record, in a report's shape) it was found in.</summary>
    Report Report { get; }
}
