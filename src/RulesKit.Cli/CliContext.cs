using System.CommandLine;
using System.CommandLine.Help;
using RulesKit.Explanation;
using RulesKit.Results;

namespace RulesKit.Cli;

/// <summary>What every command shares: where it writes, the user's language, and how it gets an engine.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, Language language)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Language Language { get; } = language;

    /// <summary>The text in the user's language.</summary>
    public string T(string chinese, string english) => Language == Language.Chinese ? chinese : english;

    /// <summary>
    /// The command tree. When the arguments start with a command's name only that command is built: building
    /// every command's options is first-run work a fresh process pays for (~10 ms measured). Help, an unknown
    /// name or an option first get every command.
    /// </summary>
    public RootCommand Root(string? first = null)
    {
        CliOptions.Current = Language;
        var lang = CliOptions.Lang(this);
        lang.Recursive = true;
        var root = new RootCommand(T("ruleskit：由核查事实判定安全评价报告是否虚假、失实或存在重大疏漏，并说明理由",
            "ruleskit: whether safety-assessment reports are false, inaccurate or have major omissions, from verified facts, explained")) { lang };
        var named = CommandLine.Groups.Any(g => g.Commands.Any(c => c.Name == first));
        foreach (var (_, _, commands) in CommandLine.Groups)
            foreach (var (name, create) in commands)
                if (!named || name == first)
                    root.Add(create(this));
        foreach (var option in root.Options)
            if (option is HelpOption help)
                help.Action = new HelpText(this);
        return root;
    }

    /// <summary>An engine over the built-in catalogs, or a folder's (<c>--catalogs</c>, <c>--extend</c>), with the tool's cache.</summary>
    public RulesKitEngine Engine(string? catalogs, bool extend)
    {
        if (extend && catalogs is null)
            throw new UsageException("--extend 需要同时给出 --catalogs DIR", "--extend needs --catalogs DIR");
        return RulesKitEngine.Create(new RulesKitOptions { CatalogDirectory = catalogs, ExtendEmbedded = extend, CacheDirectory = CacheDirectory() });
    }

    /// <summary>One evaluation (a report's or an inspection record's) in the chosen format and the user's language.</summary>
    public void WriteEvaluation(ReportEvaluation evaluation, OutputFormat format) =>
        Output.Write(format switch
        {
            OutputFormat.Json => ExplanationWriter.ToJson(evaluation) + "\n",
            OutputFormat.Markdown => ExplanationWriter.ToMarkdown(evaluation, Language),
            OutputFormat.Html => ExplanationWriter.ToHtml(evaluation, Language),
            _ => ExplanationWriter.ToText(evaluation, Language),
        });

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
