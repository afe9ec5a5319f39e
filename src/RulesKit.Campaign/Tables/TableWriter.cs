using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace RulesKit.Campaign.Tables;

/// <summary>Writes a <see cref="Table"/> as CSV (UTF-8 with BOM, for spreadsheet programs), Markdown or XLSX. Same table, same bytes.</summary>
public static class TableWriter
{
    /// <summary>RFC 4180 CSV: notes first (one cell each), then the header and the rows.</summary>
    public static string ToCsv(Table table)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(table, w);
        return w.ToString();
    }

    /// <summary>Writes <see cref="ToCsv"/>'s text row by row, so a table of a million rows is never one string.</summary>
    public static void WriteCsv(Table table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        output.Write('\uFEFF');
        foreach (var line in table.Warning)
            Line([line]);
        Line([table.Title]);
        foreach (var note in table.Notes)
            Line([note]);
        Line(table.Columns);
        foreach (var row in table.EnumerateRows())
            Line(row);
        foreach (var line in table.Footer)
            Line([line]);

        void Line(ImmutableArray<string> cells)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                    output.Write(',');
                var value = cells[i];
                if (value.AsSpan().IndexOfAny([',', '"', '\r', '\n']) >= 0)
                    output.Write("\"" + value.Replace("\"", "\"\"") + "\"");
                else
                    output.Write(value);
            }
            output.Write("\r\n");
        }
    }

    /// <summary>A Markdown table under a heading, notes as paragraphs.</summary>
    public static string ToMarkdown(Table table)
    {
        using var w = new StringWriter(CultureInfo.InvariantCulture) { NewLine = Environment.NewLine };
        WriteMarkdown(table, w);
        return w.ToString();
    }

    /// <summary>Writes <see cref="ToMarkdown"/>'s text row by row (lines end with the writer's <see cref="TextWriter.NewLine"/>).</summary>
    public static void WriteMarkdown(Table table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var line in table.Warning)
        {
            output.Write("> **");
            output.Write(line.Replace("*", "\\*"));
            output.WriteLine("**");
            output.WriteLine();
        }
        output.Write("# ");
        output.WriteLine(table.Title);
        output.WriteLine();
        foreach (var note in table.Notes)
        {
            output.WriteLine(note);
            output.WriteLine();
        }
        Row(table.Columns);
        output.Write('|');
        foreach (var _ in table.Columns)
            output.Write(" --- |");
        output.WriteLine();
        foreach (var row in table.EnumerateRows())
            Row(row);
        foreach (var line in table.Footer)
        {
            output.WriteLine();
            output.WriteLine(line);
        }

        void Row(ImmutableArray<string> cells)
        {
            output.Write("| ");
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                    output.Write(" | ");
                output.Write(cells[i].Replace("|", "\\|").Replace("\n", " "));
            }
            output.WriteLine(" |");
        }
    }

    /// <summary>
    /// A one-sheet XLSX workbook (Office Open XML), written with fixed timestamps so it is byte-identical: counts and
    /// amounts of the rows as numbers (so tables of several counties can be summed), texts as inline strings, column
    /// widths from the header and the first rows, and the title, notes and footer merged across the columns.
    /// </summary>
    public static void WriteXlsx(Table table, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>
            """);
        Entry(zip, "_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """);
        Entry(zip, "xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>
            """);
        Entry(zip, "xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
            """);

        // The sheet is streamed into its entry row by row: a million-row table never exists as one string.
        var width = Math.Max(1, table.Columns.Length);
        var widths = ColumnWidths(table, width);
        var merged = new List<int>();
        var sheetEntry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
        sheetEntry.LastWriteTime = FixedTime;
        using (var sheet = new StreamWriter(sheetEntry.Open(), new UTF8Encoding(false), 1 << 16))
        {
            sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>""");
            for (var i = 0; i < widths.Length; i++)
                sheet.Write($"<col min=\"{i + 1}\" max=\"{i + 1}\" width=\"{widths[i]}\" customWidth=\"1\"/>");
            sheet.Write("</cols><sheetData>");
            var rowNumber = 0;
            void Row(ImmutableArray<string> cells, bool data)
            {
                rowNumber++;
                sheet.Write("<row r=\"");
                sheet.Write(rowNumber.ToString(CultureInfo.InvariantCulture));
                sheet.Write("\">");
                foreach (var cell in cells)
                {
                    if (data && IsNumber(cell))
                    {
                        sheet.Write("<c><v>");
                        sheet.Write(cell);
                        sheet.Write("</v></c>");
                        continue;
                    }
                    sheet.Write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    sheet.Write(SecurityElement.Escape(cell));
                    sheet.Write("</t></is></c>");
                }
                sheet.Write("</row>");
            }
            // A line of text over the whole table: merged across its columns.
            void Line(string text)
            {
                Row([text], data: false);
                if (width > 1)
                    merged.Add(rowNumber);
            }
            foreach (var line in table.Warning)
                Line(line);
            Line(table.Title);
            foreach (var note in table.Notes)
                Line(note);
            Row(table.Columns, data: false);
            foreach (var row in table.EnumerateRows())
                Row(row, data: true);
            foreach (var line in table.Footer)
                Line(line);
            sheet.Write("</sheetData>");
            if (merged.Count > 0)
            {
                sheet.Write($"<mergeCells count=\"{merged.Count}\">");
                var last = ColumnName(width);
                foreach (var r in merged)
                    sheet.Write($"<mergeCell ref=\"A{r}:{last}{r}\"/>");
                sheet.Write("</mergeCells>");
            }
            sheet.Write("</worksheet>");
        }
    }

    // A plain decimal as the tables write counts and 万元 (15, 45.5, 0): no sign, no leading zero, no exponent, so an
    // id or a code that happens to be digits with a leading zero stays text.
    private static bool IsNumber(string cell) =>
        cell.Length is > 0 and <= 15 && char.IsAsciiDigit(cell[0]) && !(cell.Length > 1 && cell[0] == '0' && cell[1] != '.')
        && cell.Count(c => c == '.') <= 1 && cell.All(c => char.IsAsciiDigit(c) || c == '.') && cell[^1] != '.';

    // Widths in characters from the header and the first 200 rows (a CJK character counts two), between 8 and 60.
    private static int[] ColumnWidths(Table table, int count)
    {
        var widths = new int[count];
        void Measure(ImmutableArray<string> cells)
        {
            for (var i = 0; i < Math.Min(count, cells.Length); i++)
                widths[i] = Math.Max(widths[i], cells[i].Sum(c => c > '\u2E80' ? 2 : 1) + 2);
        }
        Measure(table.Columns);
        foreach (var row in table.EnumerateRows().Take(200))
            Measure(row);
        return [.. widths.Select(w => Math.Clamp(w, 8, 60))];
    }

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26)
            name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static void Entry(ZipArchive zip, string name, string content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = FixedTime;
        using var stream = entry.Open();
        var bytes = new UTF8Encoding(false).GetBytes(content);
        stream.Write(bytes);
    }
}
