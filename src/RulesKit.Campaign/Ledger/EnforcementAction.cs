namespace RulesKit.Campaign.Ledger;

/// <summary>One dated enforcement action of a bureau against an agency or an enterprise.</summary>
public sealed record EnforcementAction
{
    /// <summary>Its id.</summary>
    public required string Id { get; init; }

    /// <summary>The day it was taken: a submission counts it when this is on or before its 截止日期.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The county whose bureau took it.</summary>
    public required string County { get; init; }

    /// <summary>What it was.</summary>
    public required EnforcementType Type { get; init; }

    /// <summary>The agency or enterprise it concerns.</summary>
    public required string Target { get; init; }

    /// <summary>The report it concerns, when it concerns one.</summary>
    public string? Report { get; init; }

    /// <summary>For a penalty, the fine in 万元.</summary>
    public decimal? Fine { get; init; }

    /// <summary>Who took it: <c>county</c>, <c>city</c> or <c>province</c>, when recorded.</summary>
    public string? By { get; init; }

    /// <summary>The 执法文书 it rests on (its name, e.g. 行政处罚决定书), when recorded.</summary>
    public string? Instrument { get; init; }

    /// <summary>
    /// For a document: whether it was served on the party (下达). A document recorded as not served (an internal
    /// 立案审批表, say) is not counted as 下达执法文书; not recorded, the action's type stands for it.
    /// </summary>
    public bool? Served { get; init; }

    /// <summary>What was done, in words (文书名称, 处理方式).</summary>
    public string? Note { get; init; }

    /// <summary>The file it was read from.</summary>
    public string? Source { get; init; }
}
