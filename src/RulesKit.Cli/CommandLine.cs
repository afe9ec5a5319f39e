using System.Globalization;
using RulesKit.Explanation;

namespace RulesKit.Cli;

/// <summary>The <c>ruleskit</c> tool: a thin shell over the library. Exit codes: 0 ok, 2 usage or input error.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int InputError = 2;

    private const string Usage = """
        usage: ruleskit evaluate <report.yaml|report.json> [--catalogs DIR] [--as-of YYYY-MM-DD] [--format text|json] [--lang zh|en]
               ruleskit catalog list [--catalogs DIR]

          --catalogs DIR   a rules folder (with standards/ and determination/); default: the catalogs built into the tool
          --as-of DATE     choose catalog versions in force on DATE; default: the report's evaluation date
          --format         text (default) or json
          --lang           zh (default) or en, for text
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? InputError : Ok;
        }
        if (args[0] == "catalog")
            return CatalogList(args, output, error);
        if (args[0] != "evaluate")
            return Fail(error, $"unknown command '{args[0]}'");

        string? report = null, catalogs = null, format = "text", lang = "zh";
        DateOnly? asOf = null;
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--catalogs": catalogs = Value(); break;
                    case "--format": format = Value(); break;
                    case "--lang": lang = Value(); break;
                    case "--as-of":
                        var text = Value();
                        asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                            ? d : throw new UsageException($"--as-of: expected a date as YYYY-MM-DD, found '{text}'");
                        break;
                    default:
                        if (args[i].StartsWith('-') || report is not null)
                            throw new UsageException($"unexpected argument '{args[i]}'");
                        report = args[i];
                        break;
                }
            }
            catch (UsageException e)
            {
                return Fail(error, e.Message);
            }
        }
        if (report is null)
            return Fail(error, "evaluate needs a report file");
        if (format is not ("text" or "json"))
            return Fail(error, $"--format: expected text or json, found '{format}'");
        if (lang is not ("zh" or "en"))
            return Fail(error, $"--lang: expected zh or en, found '{lang}'");

        try
        {
            var engine = catalogs is null ? RulesKitEngine.FromEmbeddedCatalogs() : RulesKitEngine.FromDirectory(catalogs);
            var evaluation = engine.Evaluate(engine.ReadReport(report), asOf);
            output.Write(format == "json"
                ? ExplanationWriter.ToJson(evaluation) + Environment.NewLine
                : ExplanationWriter.ToText(evaluation, lang == "en" ? ExplanationLanguage.English : ExplanationLanguage.Chinese));
            return Ok;
        }
        catch (RulesKitInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
                error.WriteLine(diagnostic);
            return InputError;
        }
    }

    private static int CatalogList(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length < 2 || args[1] != "list")
            return Fail(error, "catalog: expected 'list'");
        string? catalogs = null;
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] == "--catalogs" && i + 1 < args.Length)
                catalogs = args[++i];
            else
                return Fail(error, $"unexpected argument '{args[i]}'");
        }
        try
        {
            var set = catalogs is null ? Catalogs.CatalogSet.LoadEmbedded() : Catalogs.CatalogSet.LoadDirectory(catalogs);
            output.WriteLine(CatalogListing.Write(set.Describe()));
            return Ok;
        }
        catch (RulesKitInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
                error.WriteLine(diagnostic);
            return InputError;
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine("ruleskit: " + message);
        error.WriteLine("run 'ruleskit --help' for usage");
        return InputError;
    }

    private sealed class UsageException(string message) : Exception(message);
}
