namespace RulesKit.Testing.Scenarios;

/// <summary>The diagnostics of scenario files (RK6xxx; docs/errors.md lists them).</summary>
internal static class ScenarioMessages
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;

    public static readonly DiagnosticTemplate NotFound = new("RK6001", E, "找不到场景文件或文件夹", "scenario file or folder not found");
    public static readonly DiagnosticTemplate ReportShape = new("RK6002", E, "given.report：应为报告文件路径或报告映射", "given.report: expected a file path or a report mapping");
    public static readonly DiagnosticTemplate ReportOrInspection = new("RK6009", E, "given：应给出 report 或 inspection 之一（reports 只能随 inspection 给出）", "given: give exactly one of report or inspection (reports only with an inspection)");
    public static readonly DiagnosticTemplate ReportFileNotFound = new("RK6003", E, "given.report：找不到文件“{0}”", "given.report: file '{0}' not found");
    public static readonly DiagnosticTemplate CatalogsNotFound = new("RK6004", E, "given.catalogs：找不到文件夹“{0}”", "given.catalogs: folder '{0}' not found");
    public static readonly DiagnosticTemplate UnknownList = new("RK6005", E, "expect.lists：未知的认定目录“{0}”；已载入：{1}", "expect.lists: unknown determination list '{0}'; loaded lists: {1}");
    public static readonly DiagnosticTemplate NoSuchCriterion = new("RK6006", E, "{0}：该目录没有情形 {1}；其情形为 {2}", "{0}: the list has no criterion {1}; its criteria are {2}");
    public static readonly DiagnosticTemplate ItemReferenceShape = new("RK6007", E, "expect.nonconformities.{0}：应为 目录/条目@对象，例如 hazchem.major-hazards/HC-05.a@TANK-1", "expect.nonconformities.{0}: expected catalog/item@subject, e.g. hazchem.major-hazards/HC-05.a@TANK-1");
    public static readonly DiagnosticTemplate NoSuchItem = new("RK6008", E, "expect.nonconformities.{0}：没有已载入的目录“{1}”含条目“{2}”", "expect.nonconformities.{0}: no loaded catalog '{1}' has an item '{2}'");
}
