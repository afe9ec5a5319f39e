namespace RulesKit;

/// <summary>
/// Every diagnostic the library emits: a stable code, a severity and the message in Chinese and English.
/// docs/errors.md lists each code with an example; a test keeps the two in step.
/// </summary>
internal static class Messages
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    // RK1xxx — reading a file: encoding, size, YAML and JSON syntax, document shape.
    public static readonly DiagnosticTemplate FileNotFound = new("RK1001", E, "找不到文件", "file not found");
    public static readonly DiagnosticTemplate NotUtf8 = new("RK1002", E, "不是有效的 UTF-8 文本", "not valid UTF-8 text");
    public static readonly DiagnosticTemplate TooLong = new("RK1003", E, "文本长 {0}，最多读取 {1} 个字符", "the text is {0} long; at most {1} characters are read");
    public static readonly DiagnosticTemplate EmptyFile = new("RK1004", E, "文件为空；应为一个映射（键: 值）", "the file is empty; expected a mapping (key: value lines)");
    public static readonly DiagnosticTemplate SecondDocument = new("RK1005", E, "此处开始第二个文档；每个文件只能有一个文档", "a second document starts here; expected one document per file");
    public static readonly DiagnosticTemplate YamlSyntax = new("RK1006", E, "YAML 语法错误：{0}", "not valid YAML: {0}");
    public static readonly DiagnosticTemplate FullWidthPunctuation = new("RK1007", E, "此处是全角字符“{0}”，YAML 需要半角“{1}”（请切换到英文标点）", "the full-width '{0}' here must be the ASCII '{1}' (switch the input method to ASCII punctuation)");
    public static readonly DiagnosticTemplate JsonSyntax = new("RK1008", E, "JSON 语法错误：{0}", "not valid JSON: {0}");
    public static readonly DiagnosticTemplate SecondJsonValue = new("RK1009", E, "此处开始第二个值；每份报告只能是一个 JSON 对象", "a second value starts here; expected one JSON object");
    public static readonly DiagnosticTemplate TooDeep = new("RK1010", E, "嵌套超过 {0} 层", "nesting deeper than {0} levels");
    public static readonly DiagnosticTemplate Alias = new("RK1011", E, "不接受别名（*name）；请把值写出来", "aliases (*name) are not accepted; write the value out");
    public static readonly DiagnosticTemplate Anchor = new("RK1012", E, "不接受锚点（&{0}）；请把值写出来", "anchors (&{0}) are not accepted; write the value out");
    public static readonly DiagnosticTemplate Tag = new("RK1013", E, "不接受标签（{0}）", "tags ({0}) are not accepted");
    public static readonly DiagnosticTemplate MergeKey = new("RK1014", E, "不接受合并键（<<）", "merge keys (<<) are not accepted");
    public static readonly DiagnosticTemplate DuplicateKey = new("RK1015", E, "键“{0}”重复（第一次出现在第 {1} 行第 {2} 列）", "duplicate key '{0}' (first given at line {1}, column {2})");
    public static readonly DiagnosticTemplate KeyNotPlain = new("RK1016", E, "键必须是一个名称，不能是{0}", "a key must be a plain name, not {0}");
    public static readonly DiagnosticTemplate ValueTooLong = new("RK1017", E, "值长 {0} 个字符，最多读取 {1} 个", "a value of {0} characters; at most {1} are read");
    public static readonly DiagnosticTemplate FolderTooDeep = new("RK1117", E, "文件夹嵌套超过 {0} 层：不再往下读", "folders nested deeper than {0}: not read further");
    public static readonly DiagnosticTemplate LinkOutsideFolder = new("RK1118", E, "符号链接指向“{0}”，在文件夹“{1}”之外：不读取文件夹以外的文件", "a symbolic link to '{0}', outside the folder '{1}': files outside the folder are not read");
    public static readonly DiagnosticTemplate FolderTooLarge = new("RK1119", E, "文件夹中的文件超过 {0} 个：不再读取", "more than {0} files in the folder: not read further");

    // RK11xx — values of the wrong shape or type.
    public static readonly DiagnosticTemplate ExpectedMapping = new("RK1101", E, "{0}：应为映射（键: 值），实际是{1}", "{0}: expected a mapping (key: value lines), found {1}");
    public static readonly DiagnosticTemplate UnknownKey = new("RK1102", E, "{1} 中的键“{0}”未知；{3}可用的键：{2}", "unknown key '{0}' in {1}; {3}expected one of: {2}");
    public static readonly DiagnosticTemplate MissingKey = new("RK1103", E, "{0}：缺少必填键“{1}”", "{0}: missing required key '{1}'");
    public static readonly DiagnosticTemplate ExpectedText = new("RK1104", E, "{0}：应为文本，实际是{1}", "{0}: expected a text, found {1}");
    public static readonly DiagnosticTemplate ExpectedBoolean = new("RK1105", E, "{0}：应为 true 或 false，实际是{1}", "{0}: expected true or false, found {1}");
    public static readonly DiagnosticTemplate ExpectedNumber = new("RK1106", E, "{0}：应为{1}，实际是{2}", "{0}: expected {1}, found {2}");
    public static readonly DiagnosticTemplate QuotedNumber = new("RK1107", E, "{0}：“{1}”加了引号，是文本而不是数字；请去掉引号写作 {1}", "{0}: \"{1}\" is quoted, so it is a text, not a number; write {1} without quotes");
    public static readonly DiagnosticTemplate NumberWithUnit = new("RK1108", E, "{0}：“{1}”带有单位；只写数字 {2}（单位由属性声明）", "{0}: '{1}' carries a unit; write the number {2} alone (the attribute declares the unit)");
    public static readonly DiagnosticTemplate ExpectedDate = new("RK1109", E, "{0}：应为日期 YYYY-MM-DD，实际是{1}", "{0}: expected a date as YYYY-MM-DD, found {1}");
    public static readonly DiagnosticTemplate ImpossibleMonth = new("RK1110", E, "{0}：{1} 不是存在的日期：没有这个月份", "{0}: {1} is not a date: there is no such month");
    public static readonly DiagnosticTemplate ImpossibleDay = new("RK1111", E, "{0}：{1} 不是存在的日期：{2} 年 {3} 月只有 {4} 天", "{0}: {1} is not a date: month {3} of {2} has {4} days");
    public static readonly DiagnosticTemplate ExpectedList = new("RK1112", E, "{0}：应为列表，实际是{1}", "{0}: expected a list, found {1}");
    public static readonly DiagnosticTemplate ExpectedTextInList = new("RK1113", E, "{0}：列表中应为文本，实际是{1}", "{0}: expected a text in the list, found {1}");
    public static readonly DiagnosticTemplate EmptyText = new("RK1114", E, "{0}：不能为空", "{0}: must not be empty");
    public static readonly DiagnosticTemplate TextNeedsQuotes = new("RK1116", E, "{0}：{1} 不加引号会被读作数字或 true/false；若是文本请加引号写作 \"{1}\"", "{0}: unquoted, {1} reads as a number or true/false; if it is a text, write it in quotes: \"{1}\"");
    public static readonly DiagnosticTemplate ExpectedWholeNumber = new("RK1115", E, "{0}：应为整数，实际是 {1}", "{0}: expected a whole number, found {1}");

    // RK20xx — the vocabulary: industries, report types, purposes, parties.
    public static readonly DiagnosticTemplate UnknownIndustry = new("RK2001", E, "未知行业“{0}”；已知行业：{1}", "unknown industry '{0}'; known industries: {1}");
    public static readonly DiagnosticTemplate UnknownReportType = new("RK2002", E, "未知评价类型“{0}”；已知类型：{1}", "unknown report type '{0}'; known types: {1}");
    public static readonly DiagnosticTemplate UnknownPurpose = new("RK2003", E, "未知报告用途“{0}”；已知用途：{1}", "unknown purpose '{0}'; known purposes: {1}");
    public static readonly DiagnosticTemplate UnknownParty = new("RK2004", E, "未知被检查对象类型“{0}”；已知类型：{1}", "unknown party '{0}'; known parties: {1}");

    // RK21xx — reports: ids, kinds, attributes, references.
    public static readonly DiagnosticTemplate DuplicateId = new("RK2101", E, "{0}：编号“{1}”重复（已用于 {2}）；每个对象、文件和证据都需要自己的编号", "{0}: the id '{1}' is already used by {2}; every subject, document and evidence record needs its own");
    public static readonly DiagnosticTemplate UnknownKind = new("RK2102", E, "{0}：未知对象类型“{1}”；是否是：{2}？（一个行业的全部类型见 ruleskit new report --industry 行业 生成的模板）", "{0}: unknown kind '{1}'; did you mean {2}? (an industry's kinds: the template ruleskit new report --industry INDUSTRY writes)");
    public static readonly DiagnosticTemplate UnknownAttribute = new("RK2103", E, "{0}：对象类型“{2}”没有属性“{1}”；是否是：{4}？可用属性：{3}", "{0}: kind '{2}' has no attribute '{1}'; did you mean {4}? Its attributes: {3}");
    public static readonly DiagnosticTemplate WrongValue = new("RK2104", E, "{0}：应为{1}，实际是{2}", "{0}: expected {1}, found {2}");
    public static readonly DiagnosticTemplate MajorHazardTablesNotInForce = new("RK2111", E, "{0}：{1:yyyy-MM-dd} 没有施行中的 GB 18218 表（已编码：{2}）；此前施行的 GB 18218-2009 未编码，无法计算辨识指标和分级", "{0}: no GB 18218 tables in force on {1:yyyy-MM-dd} (encoded: {2}); GB 18218-2009, in force before, is not encoded, so no index or grade can be computed");
    public static readonly DiagnosticTemplate SubstanceNotPlaced = new("RK2112", E, "{0}：“{1}”不是表1中的名称或 CAS 号，也没有给出危险性类别；请按表1写名称（如 液氨）、写 row，或写 category（表2：J1…J5、W1.1…W11）", "{0}: '{1}' is neither a name nor a CAS number of Table 1, and no hazard category is given; write a Table 1 name (e.g. 液氨), its row, or its category (Table 2: J1…J5, W1.1…W11)");
    public static readonly DiagnosticTemplate UnknownHazardCategory = new("RK2113", E, "{0}：未知的危险性类别“{1}”；表2的类别：{2}", "{0}: unknown hazard category '{1}'; Table 2's categories: {2}");
    public static readonly DiagnosticTemplate CasNeedsRow = new("RK2114", E, "{0}：CAS {1} 仅在其名称所述条件下属于表1（{2}）；条件成立时写 row，否则写其危险性类别（表2）", "{0}: CAS {1} is in Table 1 only under the condition its name states ({2}); write row if it holds, else its hazard category (Table 2)");
    public static readonly DiagnosticTemplate Table1Disagrees = new("RK2115", E, "{0}：{1} 对应表1第{2}行，而{3} 对应第{4}行；请核对", "{0}: {1} is Table 1 row {2}, but {3} is row {4}; check which is meant");
    public static readonly DiagnosticTemplate NoSuchTable1Row = new("RK2116", E, "{0}：表1没有第{1}行（共 {2} 行）", "{0}: Table 1 has no row {1} (it has {2})");
    public static readonly DiagnosticTemplate QuantityOutOfRange = new("RK2117", E, "{0}：数量（吨）应在 0 到 {1} 之间，实际是 {2}", "{0}: a quantity (t) must be between 0 and {1}, found {2}");
    public static readonly DiagnosticTemplate InventoryOnKind = new("RK2118", E, "{0}：对象类型“{1}”没有重大危险源级别及是否构成（mhi_grade、major_hazard），不能记录 inventory（危险化学品存量）", "{0}: kind '{1}' has no major-hazard grade and identification (mhi_grade, major_hazard), so it cannot carry an inventory");
    public static readonly DiagnosticTemplate CheckedBeforeTheReport = new("RK2110", E, "{0}：核查日期 {1:yyyy-MM-dd} 早于报告的 {2}（{3:yyyy-MM-dd}）：报告出具之后才能被核查", "{0}: the check date {1:yyyy-MM-dd} is before the report's {2} ({3:yyyy-MM-dd}): a report is checked after it exists");
    public static readonly DiagnosticTemplate UnknownShownFact = new("RK2109", E, "{0}：“{1}”不是所涉对象（{2}）的属性，也不是 exists", "{0}: '{1}' is neither an attribute of what it concerns ({2}) nor 'exists'");
    public static readonly DiagnosticTemplate UnknownConcern = new("RK2105", E, "{0}：“{1}”不是本报告的对象或文件", "{0}: '{1}' is not a subject or document of this report");
    public static readonly DiagnosticTemplate UnknownEvidenceSource = new("RK2106", E, "{0}：应为以下之一：{1}；实际是“{2}”", "{0}: expected one of {1}; found '{2}'");
    public static readonly DiagnosticTemplate InReportContradiction = new("RK2108", E, "{0}：inReport: false 表示报告未提及，却又给出了 {1}；二者只能取其一", "{0}: inReport: false says the report does not mention it, yet {1} is given; keep one of the two");
    public static readonly DiagnosticTemplate UnknownReliance = new("RK2107", E, "{0}：应为 licence、acceptance 或 filing（许可、验收、备案），实际是“{1}”", "{0}: expected licence, acceptance or filing, found '{1}'");

    // RK30xx — catalogs: structure, versions, references.
    public static readonly DiagnosticTemplate CatalogFolderNotFound = new("RK3001", E, "找不到目录文件夹", "catalog folder not found");
    public static readonly DiagnosticTemplate NoCatalogs = new("RK3002", E, "此文件夹中没有目录：应在 standards/、determination/、conduct/ 或 checklists/ 下放置 YAML 文件（是否选错了文件夹？应选择包含这些子文件夹的 rules 文件夹）", "no catalogs in this folder: expected YAML files under standards/, determination/, conduct/ or checklists/ (is this the wrong folder? give the rules folder that holds them)");
    public static readonly DiagnosticTemplate UnknownCatalogType = new("RK3003", E, "catalog：应为 standards 或 determination，实际是“{0}”", "catalog: expected 'standards' or 'determination', found '{0}'");
    public static readonly DiagnosticTemplate EffectiveToNotAfterFrom = new("RK3004", E, "effectiveTo {0:yyyy-MM-dd} 必须晚于 effectiveFrom {1:yyyy-MM-dd}", "effectiveTo {0:yyyy-MM-dd} must be after effectiveFrom {1:yyyy-MM-dd}");
    public static readonly DiagnosticTemplate DuplicateVersion = new("RK3005", E, "目录 {0} 的版本 {1} 也从 {2} 载入", "catalog {0} version {1} is also loaded from {2}");
    public static readonly DiagnosticTemplate OverlappingVersions = new("RK3006", E, "目录 {0}：版本 {1} 的施行期间与版本 {2}（{3}）重叠；一个版本应在下一版本开始之日终止（effectiveTo）", "catalog {0}: the dates of version {1} overlap those of version {2} ({3}); a version must end (effectiveTo) where the next begins");
    public static readonly DiagnosticTemplate VersionGap = new("RK3007", E, "目录 {0}：版本 {1} 于 {2:yyyy-MM-dd} 终止，版本 {3} 却从 {4:yyyy-MM-dd} 才施行；其间的报告将无任何版本判定", "catalog {0}: version {1} ends on {2:yyyy-MM-dd} but version {3} starts only on {4:yyyy-MM-dd}; a report in between would be judged by neither");
    public static readonly DiagnosticTemplate MissingPredecessor = new("RK3008", E, "目录 {0} 声明替代“{1}”，但后者未载入；已载入的版本：{2}", "catalog {0} supersedes '{1}', which is not loaded; loaded versions: {2}");
    public static readonly DiagnosticTemplate UnknownItemKind = new("RK3009", E, "条目“{0}”：未知对象类型“{1}”；已声明的类型：{2}", "item '{0}': unknown kind '{1}'; declared kinds: {2}");
    public static readonly DiagnosticTemplate UnknownItemCategory = new("RK3010", E, "条目“{0}”：未知类别“{1}”，须由某个认定目录声明（已知：{2}）", "item '{0}': unknown category '{1}'; a determination catalog must declare it (known: {2})");
    public static readonly DiagnosticTemplate CompareUnknownAttribute = new("RK3011", E, "条目“{0}”：compare 指向对象类型“{2}”中不存在的属性“{1}”", "item '{0}': compare names unknown attribute '{1}' of kind '{2}'");
    public static readonly DiagnosticTemplate UnknownClass = new("RK3012", E, "情形“{0}”：未知结论类别“{1}”；本目录声明的类别：{2}", "criterion '{0}': unknown class '{1}'; this catalog declares: {2}");
    public static readonly DiagnosticTemplate UnknownCriterionCategory = new("RK3013", E, "情形“{0}”：未知类别“{1}”", "criterion '{0}': unknown category '{1}'");
    public static readonly DiagnosticTemplate CategoryCountedByNoCriterion = new("RK3014", E, "类别“{0}”由 {1} 声明，但没有任何情形计入它：该类别的不符合项永远不会影响结论", "category '{0}' is declared by {1} but counted by no criterion: its nonconformities would never reach a verdict");
    public static readonly DiagnosticTemplate DuplicateItemId = new("RK3015", E, "条目编号“{0}”重复", "duplicate item id '{0}'");
    public static readonly DiagnosticTemplate WhenOrCompare = new("RK3016", E, "{0}：when（条件）与 compare（视图比较）须且只须给出一个", "{0}: give exactly one of 'when' (a condition) or 'compare' (a view comparison)");
    public static readonly DiagnosticTemplate NoCategories = new("RK3017", E, "{0}：categories 至少要列出一个类别", "{0}: 'categories' must name at least one category");
    public static readonly DiagnosticTemplate CompareShape = new("RK3018", E, "{0}.compare：应给出 presence: true 或 attribute: 属性名", "{0}.compare: give either 'presence: true' or 'attribute: NAME'");
    public static readonly DiagnosticTemplate NegativeTolerance = new("RK3019", E, "{0}.compare.tolerance：应为零或正数", "{0}.compare.tolerance: expected zero or more");
    public static readonly DiagnosticTemplate TableKeyCount = new("RK3020", E, "{0}：应有一至三个键", "{0}: expected one to three keys");
    public static readonly DiagnosticTemplate TableRowShape = new("RK3021", E, "{0}：每行应是 {1} 个键加一个值组成的列表，例如 {2}", "{0}: a row must be a list of {1} key(s) and a value, e.g. {2}");
    public static readonly DiagnosticTemplate TableDuplicateRow = new("RK3022", E, "{0}：行（{1}）重复", "{0}: duplicate row ({1})");
    public static readonly DiagnosticTemplate UnknownAttributeType = new("RK3023", E, "{0}：type 应为 number、boolean、text、date 或 enum，实际是“{1}”", "{0}: type must be one of number, boolean, text, date, enum; found '{1}'");
    public static readonly DiagnosticTemplate AttributeConflict = new("RK3024", E, "{0} 在此声明为 {1}，但在 {3} 声明为 {2}", "{0} is declared as {1} here but as {2} at {3}");
    public static readonly DiagnosticTemplate EnumWithoutValues = new("RK3025", E, "{0}：enum 类型须在 values 中列出取值", "{0}: an enum must list its values");
    public static readonly DiagnosticTemplate RequiresObjective = new("RK3026", E, "{0}：requires 必须包含 objective", "{0}: 'requires' must include objective");
    public static readonly DiagnosticTemplate UnknownElement = new("RK3027", E, "{0}.requires：应为以下之一：{1}；实际是{2}", "{0}.requires: expected one of {1}, found {2}");
    public static readonly DiagnosticTemplate DuplicateCriterionId = new("RK3028", E, "情形编号“{0}”重复", "duplicate criterion id '{0}'");
    public static readonly DiagnosticTemplate UnknownConfidence = new("RK3029", E, "{0}.confidence：应为以下之一：{2}；实际是“{1}”", "{0}.confidence: expected one of {2}, found '{1}'");
    public static readonly DiagnosticTemplate VerifiedReplaced = new("RK3030", E, "{0}：verified 已由 confidence 取代（official 官方文本 | transcription 转录本 | recalled 凭记忆 | draft 草稿）", "{0}: 'verified' is replaced by 'confidence' (official | transcription | recalled | draft)");
    public static readonly DiagnosticTemplate DraftItem = new("RK3031", W, "{0} 是草稿（confidence: draft）：会被评估和展示，但不计入任何情形", "{0} is a draft (confidence: draft): it is evaluated and shown but never counts for a criterion");
    public static readonly DiagnosticTemplate AliasNotAValue = new("RK3036", E, "{0} 的别称“{1}”应指向该枚举的一个取值，实际是“{2}”", "{0}: alias '{1}' must map to one of the enum's values, found '{2}'");
    public static readonly DiagnosticTemplate BasisNotText = new("RK3035", E, "{0} 的 basis 应指同一对象类型的文本属性（记录设定该要求值的标准和条款），实际是“{1}”", "{0}: basis must name a text attribute of the same kind (where the standard and clause that set the required value are recorded), found '{1}'");
    public static readonly DiagnosticTemplate ItemIndustryOutsideCatalog = new("RK3034", E, "条目“{0}”：行业“{1}”不在本目录的行业（{2}）之内", "item '{0}': industry '{1}' is not among the catalog's industries ({2})");
    public static readonly DiagnosticTemplate GapUnknownList = new("RK3032", E, "已知缺口：未知认定目录“{0}”；已载入：{1}", "known gap: unknown determination list '{0}'; loaded: {1}");
    public static readonly DiagnosticTemplate GapUnknownCriterion = new("RK3033", E, "已知缺口：{0} 没有情形 {1}", "known gap: {0} has no criterion {1}");

    // RK32xx — conditions in catalogs.
    public static readonly DiagnosticTemplate ConditionTooLong = new("RK3201", E, "条件长 {0} 个字符，最多接受 {1} 个", "condition of {0} characters; at most {1} are accepted");
    public static readonly DiagnosticTemplate ConditionTooDeep = new("RK3202", E, "条件嵌套超过 {0} 层", "condition nested deeper than {0} levels");
    public static readonly DiagnosticTemplate ConditionSyntax = new("RK3203", E, "条件语法错误（{0}）；应为对“{1}”属性（{2}）的表达式", "condition: {0}; expected an expression over the attributes of '{1}' ({2})");
    public static readonly DiagnosticTemplate ConditionNotBoolean = new("RK3204", E, "条件的结果必须是 true 或 false，实际得到{0}", "a condition must give true or false, but gives {0}");
    public static readonly DiagnosticTemplate ConditionNodeNotAllowed = new("RK3205", E, "条件中不允许“{0}”；条件只能使用属性、常量、运算符、?: 以及函数 {1}", "condition: '{0}' is not allowed; a condition may use attributes, literals, operators, ?: and the functions {1}");
    public static readonly DiagnosticTemplate ConditionUnknownAttribute = new("RK3206", E, "条件：未知属性“{0}”", "condition: unknown attribute '{0}'");
    public static readonly DiagnosticTemplate ConditionConstantType = new("RK3207", E, "条件：不允许 {0} 类型的常量", "condition: a constant of type {0} is not allowed");
    public static readonly DiagnosticTemplate ConditionConversion = new("RK3208", E, "条件：不允许转换为 {0}", "condition: conversion to {0} is not allowed");
    public static readonly DiagnosticTemplate ConditionEnumLiteral = new("RK3209", E, "条件：“{0}”不是属性“{1}”的取值；可用取值：{2}", "condition: '{0}' is not a value of '{1}'; expected one of: {2}");
    public static readonly DiagnosticTemplate ConditionCallNotAllowed = new("RK3210", E, "条件：只能调用所列函数和本目录的查找表", "condition: only the listed functions and the catalog's lookup tables may be called");
    public static readonly DiagnosticTemplate ConditionLookupRowMissing = new("RK3211", E, "条件：查找表“{0}”没有（{1}）这一行，而条件可能查询它", "condition: lookup table '{0}' has no row for ({1}), which this condition can ask for");
    public static readonly DiagnosticTemplate ConditionNumberSuffix = new("RK3212", E, "条件：“{0}”在数字后带了单位或后缀；只写数字 {1}（单位由属性声明，例如 distance_m 以米计）", "condition: '{0}' puts a unit or suffix after a number; write the number {1} alone (the attribute declares the unit, e.g. distance_m is in metres)");
    public static readonly DiagnosticTemplate ConditionTypeMismatch = new("RK3213", E, "条件：不能用 {0} 比较{1}和{2}（例如文本属性要与加引号的文本比较）", "condition: {0} cannot compare {1} with {2} (a text attribute compares with a quoted text, a number with a number)");

    // RK40xx — options and requests to the library.
    public static readonly DiagnosticTemplate ExtendWithoutDirectory = new("RK4001", E, "ExtendEmbedded 需要同时给出 CatalogDirectory", "ExtendEmbedded needs a CatalogDirectory");
    public static readonly DiagnosticTemplate UnknownListOption = new("RK4002", E, "DeterminationLists：未知的认定目录 {0}；已载入：{1}", "DeterminationLists: unknown list(s) {0}; loaded lists: {1}");
    public static readonly DiagnosticTemplate NoSuchCriterionInForce = new("RK4003", E, "{0:yyyy-MM-dd} 现行的认定目录（{2}）中没有情形 {1}", "no determination list ({2}) in force on {0:yyyy-MM-dd} has a criterion {1}");
    public static readonly DiagnosticTemplate NoSuchItem = new("RK4004", E, "没有任何已载入目录含有条目“{0}”", "no loaded catalog has an item '{0}'");

    // RK50xx — warnings in results: what could not be looked at.
    public static readonly DiagnosticTemplate NoListInForce = new("RK5001", W, "{0:yyyy-MM-dd} 对“{1}”行业没有现行有效的认定目录：未作任何认定", "no determination list is in force on {0:yyyy-MM-dd} for industry '{1}': nothing was decided");
    public static readonly DiagnosticTemplate NoStandardInForce = new("RK5002", W, "{0:yyyy-MM-dd} 对“{1}”行业没有现行有效的标准目录：无法发现任何不符合项", "no standards catalog is in force on {0:yyyy-MM-dd} for industry '{1}': no nonconformity can be found");
    public static readonly DiagnosticTemplate CriterionCannotBeDecided = new("RK5003", W, "{0} 情形 {1} 无法判定：{2:yyyy-MM-dd} 对“{3}”行业没有现行标准支撑它（类别：{4}）", "{0} criterion {1} cannot be decided: no standard in force on {2:yyyy-MM-dd} for industry '{3}' feeds it (categories: {4})");
    public static readonly DiagnosticTemplate ConditionFailed = new("RK5004", W, "条目 {0} 的条件在对象 {1} 上运行失败，按不适用处理：{2}", "the condition of item {0} failed on subject {1} and counts as not applying: {2}");
    public static readonly DiagnosticTemplate KnownGap = new("RK5005", W, "{0} 情形 {1} 无法判定（已知缺口）：{2}", "{0} criterion {1} cannot be decided (a known gap): {2}");
    public static readonly DiagnosticTemplate DraftFinding = new("RK5006", W, "草稿条目 {0} 在对象 {1} 上成立：仅供参考，不计入任何情形", "the draft item {0} fires on subject {1}: shown for review, counted for no criterion");
    public static readonly DiagnosticTemplate SilenceAssumed = new("RK5009", W, "{0} 既没有 reported（报告所述），也没有 inReport: false（报告未提及）：按报告未提及处理，由此得出的遗漏均以此为前提", "{0} has neither reported (what the report states) nor inReport: false (not in the report): read as not mentioned, and every omission found on it rests on that reading");
    public static readonly DiagnosticTemplate DisclosedVetoFavourable = new("RK5010", W, "报告已反映否决项 {0}（对象 {1}）不符合，却给出有利结论“{2}”：结论与报告自己所列问题相矛盾；所列认定目录均以隐瞒或误述为要件，不计入任何情形，请专家审查", "the report discloses that veto item {0} is breached (subject {1}) yet concludes '{2}': the conclusion contradicts a problem the report itself states; no list in force counts it (each requires concealment or a misstatement), so an expert should review it");
    public static readonly DiagnosticTemplate FactsMissing = new("RK5008", W, "{0} 情形 {1} 无法判定：没有成立的，而以下未记录的事实可能使其成立：{2}", "{0} criterion {1} cannot be decided: nothing meets it, and these facts not recorded could: {2}");
    public static readonly DiagnosticTemplate ReportNotEvaluated = new("RK5007", W, "检查记录引用的报告 {0} 未经判定（未随记录提供）：依赖报告判定结果的检查要点无法判定", "the report {0} the inspection record names was not evaluated with it: the points that rest on report determinations cannot be decided");
}
