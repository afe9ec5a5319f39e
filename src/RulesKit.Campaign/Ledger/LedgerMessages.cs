namespace RulesKit.Campaign.Ledger;

/// <summary>The campaign folder's diagnostics (RK80xx), Chinese and English.</summary>
internal static class LedgerMessages
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    public static readonly DiagnosticTemplate NoSettings = new("RK8001", E, "活动文件夹缺少 campaign.yaml（填报单位、区县和报送日历）", "the campaign folder has no campaign.yaml (its units, counties and reporting calendar)");
    public static readonly DiagnosticTemplate UnknownActionType = new("RK8002", E, "{0}.type：应为以下之一：{1}；实际是“{2}”", "{0}.type: expected one of {1}; found '{2}'");
    public static readonly DiagnosticTemplate FineWithoutPenalty = new("RK8003", E, "{0}：只有行政处罚（penalty）才有罚款 fine", "{0}: only a penalty has a fine");
    public static readonly DiagnosticTemplate DueBeforeFound = new("RK8004", E, "{0}：整改时限 due {1:yyyy-MM-dd} 早于登记日期 found {2:yyyy-MM-dd}", "{0}: due {1:yyyy-MM-dd} is before found {2:yyyy-MM-dd}");
    public static readonly DiagnosticTemplate NoCheckedOn = new("RK8005", E, "报告 {0} 没有 checkedOn（核查日期）：台账无法确定从哪天起计入", "report {0} has no checkedOn (the day it was checked): the ledger cannot tell from which day it counts");
    public static readonly DiagnosticTemplate UnknownCounty = new("RK8006", E, "{0}：区县“{1}”不在 campaign.yaml 的 counties 中；已知：{2}", "{0}: county '{1}' is not among campaign.yaml's counties; known: {2}");
    public static readonly DiagnosticTemplate UnknownUnit = new("RK8007", E, "--unit：未知填报单位“{0}”；已知：{1}", "--unit: unknown filing unit '{0}'; known: {1}");
    public static readonly DiagnosticTemplate DuplicateEntry = new("RK8008", E, "{0}：编号“{1}”重复（已见于 {2}）", "{0}: the id '{1}' is already used in {2}");
    public static readonly DiagnosticTemplate NoReportingDays = new("RK8009", E, "reportingDays：日历中没有报送日", "reportingDays: the calendar has no reporting day");
    public static readonly DiagnosticTemplate CheckedOnLate = new("RK8010", W, "报告 {0} 的核查日期 {1:yyyy-MM-dd} 晚于{2}（{3:yyyy-MM-dd}）：不计入任何一期报送，请核对是否笔误", "report {0}: checked on {1:yyyy-MM-dd}, after {2} ({3:yyyy-MM-dd}): counted in no submission; check for a slip");
    public static readonly DiagnosticTemplate DanglingReport = new("RK8011", W, "{0} 引用的报告“{1}”不在本专项整治文件夹中：依赖该报告判定的内容无法判定", "{0} names the report '{1}', which the campaign folder does not hold: what rests on it cannot be decided");
    public static readonly DiagnosticTemplate FineOutOfRange = new("RK8012", E, "{0}.fine：罚款（万元）应在 0 到 {1} 之间，实际是 {2}", "{0}.fine: a fine (万元) must be between 0 and {1}, found {2}");
    public static readonly DiagnosticTemplate DoneBeforeFound = new("RK8014", E, "{0}：整改完成日期 done {1:yyyy-MM-dd} 早于登记日期 found {2:yyyy-MM-dd}", "{0}: done {1:yyyy-MM-dd} is before found {2:yyyy-MM-dd}");
    public static readonly DiagnosticTemplate DanglingSource = new("RK8015", W, "{0} 的来源“{1}”既不是本专项整治文件夹中的报告，也不是其中的检查记录", "{0} comes from '{1}', which is neither a report nor an inspection record the campaign folder holds");
    public static readonly DiagnosticTemplate RevocationNotByProvince = new("RK8016", E,
        "{0}：吊销资质证书由资质认可机关（省级应急管理部门，应急管理部令第1号 第三条）作出，本记录的 by 为“{1}”：县、市提请吊销请记为 type: revocation_request；由省级作出的吊销请写 by: province",
        "{0}: a qualification is revoked by the licensing authority (the provincial emergency management department, 应急管理部令第1号 第三条), and this action's by is '{1}': a county's or city's request is type: revocation_request; a revocation the province made is by: province");
    public static readonly DiagnosticTemplate UnknownAuthority = new("RK8017", E, "{0}.by：应为 county、city 或 province，实际是“{1}”", "{0}.by: expected county, city or province, found '{1}'");
    public static readonly DiagnosticTemplate ServedWithoutDocument = new("RK8018", E, "{0}：只有执法文书（document）才有 served", "{0}: only a document has served");
    public static readonly DiagnosticTemplate DateOutsideCampaign = new("RK8013", W, "{0}：日期 {1:yyyy-MM-dd} 晚于{2}（{3:yyyy-MM-dd}）：不计入任何一期报送，请核对是否笔误", "{0}: dated {1:yyyy-MM-dd}, after {2} ({3:yyyy-MM-dd}): counted in no submission; check for a slip");
}
