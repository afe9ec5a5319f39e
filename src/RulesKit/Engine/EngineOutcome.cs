using RulesKit.Catalogs;
using RulesKit.Engine.Compilation;
using RulesKit.Engine.Facts;
using RulesKit.Reports;

namespace RulesKit.Engine;

/// <summary>What one session run found for one report, before it becomes public results.</summary>
internal sealed class EngineOutcome
{
    public required Report Report { get; init; }
    public required DateOnly AsOf { get; init; }
    public required CompiledRuleSet RuleSet { get; init; }

    /// <summary>Every nonconformity, by catalog id, item id and subject id.</summary>
    public required IReadOnlyList<NonconformityFact> Nonconformities { get; init; }

    /// <summary>Per determination list in force: the criterion matches its verdict rule collected.</summary>
    public required IReadOnlyDictionary<Catalog, IReadOnlyList<CriterionMatchFact>> Lists { get; init; }

    /// <summary>Conditions that failed at run time: (item, subject, message).</summary>
    public required IReadOnlyList<(string Item, string Subject, string Message)> Issues { get; init; }
}
