using System.CommandLine;
using System.Text.RegularExpressions;
using RulesKit.Cli.Commands.Campaign;
using RulesKit.Cli.Commands.Catalogs;
using RulesKit.Cli.Commands.Experts;
using RulesKit.Cli.Commands.Reports;

namespace RulesKit.Cli;

/// <summary>
/// The <c>ruleskit</c> tool: a thin shell over the public API of RulesKit, RulesKit.Campaign and RulesKit.Testing.
/// One class per command (Commands/, in the groups <c>ruleskit --help</c> shows); typed options and parsing come from
/// System.CommandLine; help and messages are the project's own, in Chinese by default (<c>--lang en</c> for English).
/// Exit codes: 0 ok, 1 a check failed (a scenario, coverage, a campaign input), 2 usage or input error.
/// </summary>
public static partial class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int InputError = 2;

    /// <summary>The commands as <c>ruleskit --help</c> groups them: (group in Chinese, in English, its commands).</summary>
    internal static readonly (string Chinese, string English, (string Name, Func<CliContext, Command> Create)[] Commands)[] Groups =
    [
        ("报告与检查记录", "reports and inspection records", [("evaluate", EvaluateCommand.Create), ("explain", ExplainCommand.Create), ("inspect", InspectCommand.Create), ("mhi", MhiCommand.Create)]),
        ("批量与专项整治", "batches and the campaign", [("batch", BatchCommand.Create), ("campaign", CampaignCommand.Create), ("generate", GenerateCommand.Create)]),
        ("专家工作", "expert work", [("test", TestCommand.Create), ("new", NewCommand.Create), ("serve", ServeCommand.Create)]),
        ("目录", "catalogs", [("catalog", CatalogCommand.Create)]),
    ];

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var cli = new CliContext(output, error, LanguageOf(args));
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
            error.WriteLine(cli.T("运行 ruleskit --help 查看用法", "run 'ruleskit --help' for usage"));
            return InputError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            error.WriteLine("ruleskit: " + e.In(cli.Language));
            error.WriteLine(cli.T("运行 ruleskit --help 查看用法", "run 'ruleskit --help' for usage"));
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
}
