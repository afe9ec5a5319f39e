using Spectre.Console;

namespace RulesKit.Cli;

/// <summary>
/// Colour, tables and a progress bar where a person watches a terminal (Spectre.Console); plain text
/// everywhere else — pipes, files, CI and tests see exactly the plain output.
/// </summary>
internal static class Terminal
{
    public static bool Attached(TextWriter writer) => ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Ansi;

    public static bool ErrorAttached(TextWriter writer) => ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>A scenario's result line: PASS in green, FAIL in red on a terminal.</summary>
    public static void Result(TextWriter output, bool passed, string text)
    {
        if (Attached(output))
            AnsiConsole.MarkupLine($"{(passed ? "[green]PASS[/]" : "[red]FAIL[/]")}  {Markup.Escape(text)}");
        else
            output.WriteLine($"{(passed ? "PASS" : "FAIL")}  {text}");
    }

    /// <summary>The catalog listing as a table on a terminal.</summary>
    public static bool Table(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (!Attached(output))
            return false;
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
            table.AddColumn(Markup.Escape(column));
        foreach (var row in rows)
            table.AddRow(row.Select(Markup.Escape).ToArray());
        AnsiConsole.Write(table);
        return true;
    }

    /// <summary>Runs <paramref name="work"/> under a live progress line on a terminal; <paramref name="work"/> reports through the callback.</summary>
    public static void Progress(TextWriter error, Action<Action<string>> work)
    {
        if (!ErrorAttached(error))
        {
            work(_ => { });
            return;
        }
        AnsiConsole.Progress().AutoClear(true).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("starting");
                task.IsIndeterminate = true;
                work(status => task.Description = Markup.Escape(status));
            });
    }
}
