namespace RulesKit.Campaign.Ledger;

/// <summary>The campaign folder's diagnostics (RK80xx), Chinese and English.</summary>
internal static class LedgerMessages
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    public static readonly DiagnosticTemplate NoSettings = new("RK8001", E, "活动文件夹缺少 campaign.yaml（填报单位、区县和报送日历）", "the campaign folder has no campaign.yaml (its units, counties and reporting calendar)");
    public static readonly DiagnosticTemplate UnknownActionType = new("RK8002", E, "{0}.type：应为以下之一：{1}；实际是“{2}”", "{0}.type: expected one of {1}; found '{2}'");
    public static readonly DiagnosticTemplate FineWithoutPenalty = new("RK8003", E, "{0}：只有行政处罚（penalty）才有罚款 fine", "{0}: only a penalty has a fine");
    public static readonly DiagnosticTemplate DueBeforeFound = new("RK8004", E, "{0}：整改时限 due {1:yyyy-MM-dd} 早于登记日期 found {2:yyyy-MM-dd}", "{0}: due {1:yyyy-MM-dd} is before found {2:yyyy-MM-dd}");
    public static readonly DiagnosticTemplate NoCheckedOn = new("RK8005", E, "报告 {0} 没有 checkedOn（核查日期）：台账无法确定从哪天起计入", "report {0} has no checkedOn (the day it was checked): the ledger cannot tell from which day it counts");
    public static readonly DiagnosticTemplate UnknownCounty = new("RK8006", E, "{0}：区县“{1}”不在 campaign.yaml 的 counties 中；已知：{2}", "{0}: county '{1}' is not among campaign.yaml's counties; known: {2}");
    public static readonly DiagnosticTemplate UnknownUnit = new("RK8007", E, "--unit：未知填报单位“{0}”；已知：{1}", "--unit: unknown filing unit '{0}'; known: {1}");
    public static readonly DiagnosticTemplate DuplicateEntry = new("RK8008", E, "{0}：编号“{1}”重复（已见于 {2}）", "{0}: the id '{1}' is already used in {2}");
    public static readonly DiagnosticTemplate NoReportingDays = new("RK8009", E, "reportingDays：日历中没有报送日", "reportingDays: the calendar has no reporting day");
}
