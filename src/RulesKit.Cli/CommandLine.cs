using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesKit.Explanation;
using RulesKit.Results;

namespace RulesKit.Cli;

/// <summary>
/// The <c>ruleskit</c> tool: a thin shell over the public API of RulesKit, RulesKit.Campaign and RulesKit.Testing.
/// The command tree, typed options and help come from System.CommandLine; messages are the project's own, in
/// Chinese by default (<c>--lang en</c> for English). Exit codes: 0 ok, 1 a check failed (a scenario, coverage),
/// 2 usage or input error.
/// </summary>
public static partial class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InputError = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cli = new Cli(output, error, LanguageOf(args));
        var root = cli.Root(args.Length > 0 ? args[0] : null);
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = output, Error = error });
            return InputError;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
                error.WriteLine("ruleskit: " + Translate(parseError.Message, cli.Language));
            error.WriteLine(cli.Language == Language.Chinese ? "运行 ruleskit --help 查看用法" : "run 'ruleskit --help' for usage");
            return InputError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("ruleskit: " + e.In(cli.Language));
            error.WriteLine(cli.Language == Language.Chinese ? "运行 ruleskit --help 查看用法" : "run 'ruleskit --help' for usage");
            return InputError;
        }
        catch (RulesKitInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
                error.WriteLine(diagnostic.ToString(cli.Language));
            if (e.Diagnostics.IsEmpty)
                error.WriteLine("ruleskit: " + e.Message);
            return InputError;
        }
    }

    /// <summary>Messages need the language before the command line is parsed (a parse error is a message too).</summary>
    private static Language LanguageOf(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Length)
                return args[i + 1] == "en" ? Language.English : Language.Chinese;
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal))
                return args[i][7..] == "en" ? Language.English : Language.Chinese;
        }
        return Language.Chinese;
    }

    // System.CommandLine's own parse errors, in the user's language.
    private static string Translate(string message, Language language)
    {
        if (language == Language.English)
            return message;
        if (RequiredArgument().Match(message) is { Success: true } a)
            return $"命令“{a.Groups[1].Value}”缺少必需的参数";
        if (Unrecognized().Match(message) is { Success: true } u)
            return $"无法识别的命令或参数“{u.Groups[1].Value}”";
        if (RequiredOption().Match(message) is { Success: true } o)
            return $"缺少必需的选项 {o.Groups[1].Value}";
        return message;
    }

    [GeneratedRegex(@"Required argument missing for command: '(.+)'")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex(@"Unrecognized command or argument '(.+)'")]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"Option '(.+)' is required")]
    private static partial Regex RequiredOption();

    /// <summary>An option with a default, whose value is parsed by <paramref name="parse"/>, with the project's message when it cannot be.</summary>
    internal static Option<T> Typed<T>(string name, string description, Func<string, T?> parse, Func<string, UsageException> invalid, Func<T> fallback)
        where T : struct
    {
        var option = new Option<T>(name) { Description = description, DefaultValueFactory = _ => fallback() };
        option.CustomParser = result => Parse(result, parse, invalid) ?? fallback();
        return option;
    }

    /// <summary>An option without a default (null when not given), parsed by <paramref name="parse"/>.</summary>
    internal static Option<T?> Typed<T>(string name, string description, Func<string, T?> parse, Func<string, UsageException> invalid)
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

    // The language of the command line being parsed (the tool runs one command line at a time).
    [ThreadStatic]
    private static Language t_current;

    internal static Language Current => t_current;

    internal static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    internal static UsageException BadDate(string option, string text)
    {
        if (DateShape().IsMatch(text))
            return new UsageException($"{option}：{text} 不是存在的日期", $"{option}: {text} is not a date that exists");
        return new UsageException($"{option}：应为日期 YYYY-MM-DD，实际是“{text}”", $"{option}: expected a date as YYYY-MM-DD, found '{text}'");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateShape();

    internal sealed partial class Cli(TextWriter output, TextWriter error, Language language)
    {
        public TextWriter Output { get; } = output;

        public TextWriter Error { get; } = error;

        public Language Language { get; } = language;

        /// <summary>
        /// The command tree. When the arguments start with a command's name only that command is built: building
        /// every command's options is first-run work a fresh process pays for (~10 ms measured). Help, an unknown
        /// name or an option first get every command.
        /// </summary>
        public RootCommand Root(string? first = null)
        {
            t_current = Language;
            var lang = LangOption();
            lang.Recursive = true;
            var root = new RootCommand("ruleskit: safety-assessment report verdicts from verified facts, explained") { lang };
            (string Name, Func<Command> Build)[] commands =
            [
                ("evaluate", EvaluateCommand), ("inspect", InspectCommand), ("batch", BatchCommand), ("campaign", CampaignCommand),
                ("generate", GenerateCommand), ("explain", ExplainCommand), ("test", TestCommand), ("catalog", CatalogCommand), ("new", NewCommand),
            ];
            var named = false;
            foreach (var (name, _) in commands)
                named |= name == first;
            foreach (var (name, build) in commands)
            {
                if (!named || name == first)
                    root.Add(build());
            }
            return root;
        }

        private static Option<string?> CatalogsOption() => new("--catalogs")
        {
            Description = "a rules folder (standards/, determination/…) to use instead of the catalogs built into the tool",
        };

        private static Option<bool> ExtendOption() => new("--extend")
        {
            Description = "with --catalogs: keep the built-in catalogs and add the folder's (a file with the same path replaces the built-in one)",
        };

        private static Option<DateOnly?> AsOfOption() => Typed<DateOnly>("--as-of", "choose catalog versions in force on this date (YYYY-MM-DD); default: each report's evaluation date",
            ParseDate, text => BadDate("--as-of", text));

        private static Option<OutputFormat> FormatOption() => Typed("--format", "text (default), json or markdown",
            text => text switch { "text" => OutputFormat.Text, "json" => OutputFormat.Json, "markdown" => OutputFormat.Markdown, _ => (OutputFormat?)null },
            text => new UsageException($"--format：应为 text、json 或 markdown，实际是“{text}”", $"--format: expected text, json or markdown, found '{text}'"), () => OutputFormat.Text);

        // One evaluation (a report's or an inspection record's) in the chosen format and the output's language.
        private void WriteEvaluation(ReportEvaluation evaluation, OutputFormat format) =>
            Output.Write(format switch
            {
                OutputFormat.Json => ExplanationWriter.ToJson(evaluation) + "\n",
                OutputFormat.Markdown => ExplanationWriter.ToMarkdown(evaluation, Language),
                _ => ExplanationWriter.ToText(evaluation, Language),
            });

        private static Option<Language> LangOption() => Typed("--lang", "zh (default) or en: the language of the output and of messages",
            text => text switch { "zh" => Language.Chinese, "en" => Language.English, _ => (Language?)null },
            text => new UsageException($"--lang：应为 zh 或 en，实际是“{text}”", $"--lang: expected zh or en, found '{text}'"), () => Language.Chinese);

        private static RulesKitEngine Engine(string? catalogs, bool extend)
        {
            if (extend && catalogs is null)
                throw new UsageException("--extend 需要同时给出 --catalogs DIR", "--extend needs --catalogs DIR");
            return RulesKitEngine.Create(new RulesKitOptions { CatalogDirectory = catalogs, ExtendEmbedded = extend, CacheDirectory = CacheDirectory() });
        }

        /// <summary>
        /// Where the catalogs' parsed form is kept between runs (<see cref="RulesKitOptions.CacheDirectory"/>): the folder
        /// RULESKIT_CACHE names (set but empty: none), else ruleskit in the user's cache folder (XDG_CACHE_HOME, else
        /// $HOME/.cache, else none; on Windows the local application data folder).
        /// </summary>
        internal static string? CacheDirectory(Func<string, string?>? environment = null)
        {
            environment ??= Environment.GetEnvironmentVariable;
            if (environment("RULESKIT_CACHE") is { } named)
                return named.Length == 0 ? null : named;
            if (environment("XDG_CACHE_HOME") is { Length: > 0 } xdg)
                return Path.Combine(xdg, "ruleskit");
            if (OperatingSystem.IsWindows())
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "RulesKit", "Cache");
            return environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".cache", "ruleskit") : null;
        }
    }
}
