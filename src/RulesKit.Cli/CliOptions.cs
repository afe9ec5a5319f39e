using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RulesKit.Cli;

/// <summary>How a command prints one evaluation.</summary>
internal enum OutputFormat { Text, Json, Markdown, Html }

/// <summary>The options several commands share, and typed options whose values are checked with the project's own messages.</summary>
internal static partial class CliOptions
{
    // The language of the command line being parsed (the tool runs one command line at a time): an option's parser
    // reports in it.
    [ThreadStatic]
    private static Language t_current;

    internal static Language Current
    {
        get => t_current;
        set => t_current = value;
    }

    public static Option<string?> Catalogs(CliContext cli) => new("--catalogs")
    {
        Description = cli.T("用这个规则目录（standards/、determination/…）代替工具内置的目录", "a rules folder (standards/, determination/…) to use instead of the catalogs built into the tool"),
    };

    public static Option<bool> Extend(CliContext cli) => new("--extend")
    {
        Description = cli.T("与 --catalogs 同用：保留内置目录并加入该目录的文件（同路径的文件替换内置的）",
            "with --catalogs: keep the built-in catalogs and add the folder's (a file with the same path replaces the built-in one)"),
    };

    public static Option<DateOnly?> AsOf(CliContext cli) => Typed<DateOnly>("--as-of",
        cli.T("按该日（YYYY-MM-DD）施行的目录版本判定；默认为各报告的评价日期", "choose catalog versions in force on this date (YYYY-MM-DD); default: each report's evaluation date"),
        ParseDate, text => BadDate("--as-of", text));

    public static Option<OutputFormat> Format(CliContext cli) => Typed("--format", cli.T("text（默认）、json、markdown 或 html（可打印的案卷页）", "text (default), json, markdown or html (a print-ready case document)"),
        text => text switch { "text" => OutputFormat.Text, "json" => OutputFormat.Json, "markdown" => OutputFormat.Markdown, "html" => OutputFormat.Html, _ => (OutputFormat?)null },
        text => new UsageException($"--format：应为 text、json、markdown 或 html，实际是“{text}”", $"--format: expected text, json, markdown or html, found '{text}'"), () => OutputFormat.Text);

    public static Option<Language> Lang(CliContext cli) => Typed("--lang", cli.T("zh（默认）或 en：输出和提示的语言", "zh (default) or en: the language of the output and of messages"),
        text => text switch { "zh" => Language.Chinese, "en" => Language.English, _ => (Language?)null },
        text => new UsageException($"--lang：应为 zh 或 en，实际是“{text}”", $"--lang: expected zh or en, found '{text}'"), () => Language.Chinese);

    public static Option<string[]> Reports(CliContext cli) => new("--reports")
    {
        Description = cli.T("报告文件或文件夹：从中读取并评价检查记录所列的报告（其认定结论支撑相关检查要点）",
            "report files or folders: the reports the record names are evaluated from them (their determinations feed the points that rest on them)"),
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<int> Parallel(CliContext cli) => Typed("--parallel", cli.T("工作线程数（默认：处理器数）", "worker threads (default: processors)"),
        text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null,
        text => new UsageException($"--parallel：应为正整数，实际是“{text}”", $"--parallel: expected a whole number above 0, found '{text}'"), () => Environment.ProcessorCount);

    public static Option<string?> Out(CliContext cli) => new("--out")
    {
        Description = cli.T("写入该文件（其中的 schema 行按文件所在目录指向 schema）；默认写到标准输出",
            "write to this file (the schema line then points at the schema from the file's folder); default: standard output"),
    };

    /// <summary>An option with a default, whose value is parsed by <paramref name="parse"/>, with the project's message when it cannot be.</summary>
    public static Option<T> Typed<T>(string name, string description, Func<string, T?> parse, Func<string, UsageException> invalid, Func<T> fallback)
        where T : struct
    {
        var option = new Option<T>(name) { Description = description, DefaultValueFactory = _ => fallback() };
        option.CustomParser = result => Parse(result, parse, invalid) ?? fallback();
        return option;
    }

    /// <summary>An option without a default (null when not given), parsed by <paramref name="parse"/>.</summary>
    public static Option<T?> Typed<T>(string name, string description, Func<string, T?> parse, Func<string, UsageException> invalid)
        where T : struct
    {
        var option = new Option<T?>(name) { Description = description };
        option.CustomParser = result => Parse(result, parse, invalid);
        return option;
    }

    private static T? Parse<T>(ArgumentResult result, Func<string, T?> parse, Func<string, UsageException> invalid)
        where T : struct
    {
        if (result.Tokens.Count == 0)
            return null;
        var text = result.Tokens[^1].Value;
        var value = parse(text);
        if (value is null)
            result.AddError(invalid(text).In(Current));
        return value;
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static UsageException BadDate(string option, string text)
    {
        if (DateShape().IsMatch(text))
            return new UsageException($"{option}：{text} 不是存在的日期", $"{option}: {text} is not a date that exists");
        return new UsageException($"{option}：应为日期 YYYY-MM-DD，实际是“{text}”", $"{option}: expected a date as YYYY-MM-DD, found '{text}'");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();
}
