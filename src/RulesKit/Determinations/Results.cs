namespace RulesKit.Determinations;

/// <summary>How the report dealt with a nonconformity that verification found.</summary>
public enum Disclosure
{
    /// <summary>The reported view violates too: the report acknowledged the problem.</summary>
    Disclosed,

    /// <summary>The reported view complies or differs: the report presents the fact otherwise.</summary>
    Misstated,

    /// <summary>The report is silent: the subject or attribute is missing from it.</summary>
    Omitted,
}

/// <summary>A criterion's outcome for a report, or for one nonconformity.</summary>
public enum CriterionOutcome
{
    /// <summary>A required element is not established.</summary>
    NotMet,

    /// <summary>Every required element is established or indicated, at least one only indicated: an expert must judge.</summary>
    Suspected,

    /// <summary>Every required element is established.</summary>
    Met,
}

/// <summary>The state of one element of a criterion.</summary>
public enum ElementState
{
    /// <summary>The facts do not establish it.</summary>
    NotEstablished,

    /// <summary>Indicated but not established (e.g. misstatement without evidence of knowledge).</summary>
    Indicated,

    /// <summary>Established by the facts.</summary>
    Established,
}

/// <summary>One element of a criterion as judged for one nonconformity.</summary>
/// <param name="Element">objective, concealment, materiality, unresolved or attribution.</param>
/// <param name="State">Its state.</param>
/// <param name="Reason">A reason code (see docs/decisions.md); renderers turn it into Chinese or English.</param>
/// <param name="EvidenceIds">The evidence records the reason rests on.</param>
public sealed record ElementResult(string Element, ElementState State, string Reason, IReadOnlyList<string> EvidenceIds);

/// <summary>A catalog item the report's facts violate, with the facts that show it.</summary>
public sealed record NonconformityRecord
{
    /// <summary>Catalog, version and hash of the item's catalog.</summary>
    public required string Catalog { get; init; }

    /// <summary>The catalog's document number (文号).</summary>
    public required string Document { get; init; }

    /// <summary>Item id.</summary>
    public required string ItemId { get; init; }

    /// <summary>Clause number in the document.</summary>
    public required string Clause { get; init; }

    /// <summary>The clause text (verbatim where verified).</summary>
    public required string ClauseText { get; init; }

    /// <summary>Whether the item was checked against the official text.</summary>
    public required bool Verified { get; init; }

    /// <summary>Veto item (否决项): its breach affects a favourable conclusion.</summary>
    public required bool Veto { get; init; }

    /// <summary>Categories the item feeds.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>The safety code an item falls under (criterion 11), when given.</summary>
    public string? SafetyCode { get; init; }

    /// <summary>The checked subject's id.</summary>
    public required string SubjectId { get; init; }

    /// <summary>The checked subject's kind.</summary>
    public required string SubjectKind { get; init; }

    /// <summary>The checked subject's name.</summary>
    public string? SubjectName { get; init; }

    /// <summary>The condition (or comparison) that found it.</summary>
    public required string Condition { get; init; }

    /// <summary>The observed values the condition read, as text.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Observed { get; init; }

    /// <summary>The reported values of the same attributes; null when the report leaves the subject out.</summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Reported { get; init; }

    /// <summary>The threshold the item applies, as text, when the item names one.</summary>
    public string? Threshold { get; init; }

    /// <summary>How the report dealt with it.</summary>
    public required Disclosure Disclosure { get; init; }

    /// <summary>The evidence records that concern the subject.</summary>
    public required IReadOnlyList<EvidenceReference> Evidence { get; init; }
}

/// <summary>An evidence record as cited in an explanation.</summary>
/// <param name="Id">Its id in the report.</param>
/// <param name="Source">Who made it.</param>
/// <param name="Description">What it shows.</param>
/// <param name="Falsified">Falsified material from the enterprise.</param>
/// <param name="AgencyAware">Whether the agency knew it was false, when established.</param>
public sealed record EvidenceReference(string Id, Facts.EvidenceSource Source, string Description, bool Falsified, bool? AgencyAware);

/// <summary>A criterion judged for one nonconformity.</summary>
public sealed record CriterionMatchRecord(NonconformityRecord Nonconformity, IReadOnlyList<ElementResult> Elements, CriterionOutcome Outcome);

/// <summary>A criterion of a determination list and what the report's facts make of it.</summary>
public sealed record CriterionResult
{
    /// <summary>Criterion id in its catalog.</summary>
    public required string Id { get; init; }

    /// <summary>Its number in the list.</summary>
    public required int Number { get; init; }

    /// <summary>Its text (verbatim).</summary>
    public required string Text { get; init; }

    /// <summary>Where the text comes from.</summary>
    public required string Citation { get; init; }

    /// <summary>The verdict class the criterion gives when met.</summary>
    public required string Class { get; init; }

    /// <summary>The elements it requires.</summary>
    public required IReadOnlyList<string> Requires { get; init; }

    /// <summary>The reading of the criterion the catalog encodes.</summary>
    public required string Reading { get; init; }

    /// <summary>The best outcome over its matches.</summary>
    public required CriterionOutcome Outcome { get; init; }

    /// <summary>Every nonconformity of a category it counts, judged element by element (met first).</summary>
    public required IReadOnlyList<CriterionMatchRecord> Matches { get; init; }
}

/// <summary>Something the agency is not answerable for but the enterprise is: material it falsified without the agency's knowledge.</summary>
/// <param name="SubjectId">The subject or document concerned.</param>
/// <param name="EvidenceIds">The evidence that shows it.</param>
public sealed record EnterpriseFinding(string SubjectId, IReadOnlyList<string> EvidenceIds);

/// <summary>A report's verdict under one determination list.</summary>
public sealed record Determination
{
    /// <summary>The determination catalog (id@version#hash).</summary>
    public required string Catalog { get; init; }

    /// <summary>The list's title.</summary>
    public required string Title { get; init; }

    /// <summary>The list's document.</summary>
    public required string Document { get; init; }

    /// <summary>The most severe class met, or null when no criterion is met.</summary>
    public string? Verdict { get; init; }

    /// <summary>The verdict's Chinese name (e.g. 虚假), or 未认定 when none.</summary>
    public required string VerdictName { get; init; }

    /// <summary>The verdict's English name.</summary>
    public required string VerdictNameEn { get; init; }

    /// <summary>Numbers of the criteria met.</summary>
    public required IReadOnlyList<int> Met { get; init; }

    /// <summary>Numbers of the criteria suspected: for expert review.</summary>
    public required IReadOnlyList<int> Suspected { get; init; }

    /// <summary>Every criterion, in list order.</summary>
    public required IReadOnlyList<CriterionResult> Criteria { get; init; }

    /// <summary>Violations of the enterprise found on the way (not the agency's).</summary>
    public required IReadOnlyList<EnterpriseFinding> EnterpriseFindings { get; init; }
}

/// <summary>A problem met while evaluating (a condition failed at run time): named, never silent.</summary>
/// <param name="ItemId">The catalog item whose condition failed.</param>
/// <param name="SubjectId">The subject it was evaluated on.</param>
/// <param name="Message">What failed.</param>
public sealed record EvaluationIssue(string ItemId, string SubjectId, string Message);

/// <summary>The full result for one report: every determination list in force, with its chain of reasons.</summary>
public sealed record ReportEvaluation
{
    /// <summary>The report's id.</summary>
    public required string ReportId { get; init; }

    /// <summary>The report's title.</summary>
    public required string ReportTitle { get; init; }

    /// <summary>The date the catalogs were chosen for.</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>The report's industry.</summary>
    public required string Industry { get; init; }

    /// <summary>Every catalog that took part, as id@version#hash (full hash).</summary>
    public required IReadOnlyList<string> Catalogs { get; init; }

    /// <summary>Every nonconformity found, in catalog and subject order.</summary>
    public required IReadOnlyList<NonconformityRecord> Nonconformities { get; init; }

    /// <summary>One determination per determination list in force.</summary>
    public required IReadOnlyList<Determination> Determinations { get; init; }

    /// <summary>Conditions that failed at run time.</summary>
    public required IReadOnlyList<EvaluationIssue> Issues { get; init; }
}
