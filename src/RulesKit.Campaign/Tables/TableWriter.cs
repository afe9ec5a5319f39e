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
        var w = new StringBuilder("\uFEFF");
        w.Append(Cell(table.Title)).Append("\r\n");
        foreach (var note in table.Notes)
            w.Append(Cell(note)).Append("\r\n");
        w.AppendJoin(',', table.Columns.Select(Cell)).Append("\r\n");
        foreach (var row in table.Rows)
            w.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        foreach (var line in table.Footer)
            w.Append(Cell(line)).Append("\r\n");
        return w.ToString();

        static string Cell(string value) =>
            value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>A Markdown table under a heading, notes as paragraphs.</summary>
    public static string ToMarkdown(Table table)
    {
        var w = new StringBuilder();
        w.Append("# ").AppendLine(table.Title).AppendLine();
        foreach (var note in table.Notes)
            w.AppendLine(note).AppendLine();
        w.Append("| ").AppendJoin(" | ", table.Columns.Select(Escape)).AppendLine(" |");
        w.Append('|').AppendJoin("", table.Columns.Select(_ => " --- |")).AppendLine();
        foreach (var row in table.Rows)
            w.Append("| ").AppendJoin(" | ", row.Select(Escape)).AppendLine(" |");
        foreach (var line in table.Footer)
            w.AppendLine().AppendLine(line);
        return w.ToString();

        static string Escape(string value) => value.Replace("|", "\\|").Replace("\n", " ");
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

        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        var rowNumber = 0;
        void Row(IEnumerable<string> cells)
        {
            rowNumber++;
            sheet.Append("<row r=\"").Append(rowNumber).Append("\">");
            foreach (var cell in cells)
                sheet.Append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(SecurityElement.Escape(cell)).Append("</t></is></c>");
            sheet.Append("</row>");
        }
        Row([table.Title]);
        foreach (var note in table.Notes)
            Row([note]);
        Row(table.Columns);
        foreach (var row in table.Rows)
            Row(row);
        foreach (var line in table.Footer)
            Row([line]);
        sheet.Append("</sheetData></worksheet>");
        Entry(zip, "xl/worksheets/sheet1.xml", sheet.ToString());
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
