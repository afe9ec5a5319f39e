using System.Collections.Immutable;

namespace RulesKit.Campaign.Tables;

/// <summary>A table of the campaign: title, notes above it, column headers and rows of text cells.</summary>
/// <param name="title">The table's title (the annex's name).</param>
/// <param name="notes">Lines printed above the table (filing unit, cut-off date, how columns are filled).</param>
/// <param name="columns">Column headers, verbatim from the campaign document.</param>
/// <param name="rows">Rows of cells.</param>
/// <param name="footer">Lines printed below the table (filled in by, telephone, notes of the form).</param>
public sealed class Table(string title, ImmutableArray<string> notes, ImmutableArray<string> columns, ImmutableArray<ImmutableArray<string>> rows, ImmutableArray<string> footer = default)
{
    /// <summary>The table's title.</summary>
    public string Title { get; } = title;

    /// <summary>Lines above the table.</summary>
    public ImmutableArray<string> Notes { get; } = notes;

    /// <summary>Column headers.</summary>
    public ImmutableArray<string> Columns { get; } = columns;

    /// <summary>Rows of cells.</summary>
    public ImmutableArray<ImmutableArray<string>> Rows { get; } = rows;

    /// <summary>Lines below the table.</summary>
    public ImmutableArray<string> Footer { get; } = footer.IsDefault ? [] : footer;
}
