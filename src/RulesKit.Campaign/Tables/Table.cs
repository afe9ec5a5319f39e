using System.Collections.Immutable;

namespace RulesKit.Campaign.Tables;

/// <summary>A table of the campaign: title, notes above it, column headers and rows of text cells.</summary>
public sealed class Table
{
    // A listing of a long batch is read back from disk each time it is written; Rows materializes it only if asked.
    private readonly Func<IEnumerable<ImmutableArray<string>>>? _source;
    private ImmutableArray<ImmutableArray<string>> _rows;

    /// <summary>A table with its rows in memory.</summary>
    /// <param name="title">The table's title (the annex's name).</param>
    /// <param name="notes">Lines printed above the table (filing unit, cut-off date, how columns are filled).</param>
    /// <param name="columns">Column headers, verbatim from the campaign document.</param>
    /// <param name="rows">Rows of cells.</param>
    /// <param name="footer">Lines printed below the table (filled in by, telephone, notes of the form).</param>
    public Table(string title, ImmutableArray<string> notes, ImmutableArray<string> columns, ImmutableArray<ImmutableArray<string>> rows, ImmutableArray<string> footer = default)
        : this(title, notes, columns, footer) => _rows = rows;

    internal Table(string title, ImmutableArray<string> notes, ImmutableArray<string> columns, Func<IEnumerable<ImmutableArray<string>>> source, ImmutableArray<string> footer = default)
        : this(title, notes, columns, footer) => _source = source;

    private Table(string title, ImmutableArray<string> notes, ImmutableArray<string> columns, ImmutableArray<string> footer)
    {
        Title = title;
        Notes = notes;
        Columns = columns;
        Footer = footer.IsDefault ? [] : footer;
    }

    /// <summary>The table's title.</summary>
    public string Title { get; }

    /// <summary>Lines above the table.</summary>
    public ImmutableArray<string> Notes { get; }

    /// <summary>Column headers.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>Rows of cells.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows => _rows.IsDefault ? _rows = [.. _source!()] : _rows;

    /// <summary>Lines below the table.</summary>
    public ImmutableArray<string> Footer { get; }

    /// <summary>
    /// Lines written before anything else, in every format: set when the table was made from a run in which some
    /// input failed, naming the failed inputs, so that a partial table is never taken for a complete one.
    /// </summary>
    public ImmutableArray<string> Warning { get; init; } = [];

    /// <summary>The rows one by one, without holding them all when they come from a spilled listing.</summary>
    internal IEnumerable<ImmutableArray<string>> EnumerateRows() => _rows.IsDefault ? _source!() : _rows;
}
