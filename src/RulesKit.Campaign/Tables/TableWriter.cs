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

    /// <summary>A one-sheet XLSX workbook (Office Open XML, inline strings), written with fixed timestamps so it is byte-identical.</summary>
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
        var sheetEntry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal);
        sheetEntry.LastWriteTime = FixedTime;
        using (var sheet = new StreamWriter(sheetEntry.Open(), new UTF8Encoding(false), 1 << 16))
        {
            sheet.Write("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
            var rowNumber = 0;
            void Row(ImmutableArray<string> cells)
            {
                rowNumber++;
                sheet.Write("<row r=\"");
                sheet.Write(rowNumber.ToString(CultureInfo.InvariantCulture));
                sheet.Write("\">");
                foreach (var cell in cells)
                {
                    sheet.Write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                    sheet.Write(SecurityElement.Escape(cell));
                    sheet.Write("</t></is></c>");
                }
                sheet.Write("</row>");
            }
            foreach (var line in table.Warning)
                Row([line]);
            Row([table.Title]);
            foreach (var note in table.Notes)
                Row([note]);
            Row(table.Columns);
            foreach (var row in table.EnumerateRows())
                Row(row);
            foreach (var line in table.Footer)
                Row([line]);
            sheet.Write("</sheetData></worksheet>");
        }
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
