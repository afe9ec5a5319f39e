using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RulesKit.Explanation;

/// <summary>
/// The case document's Markdown as a print-ready HTML page: the few constructs ExplanationWriter and MajorHazardWriter
/// write (headings, nested lists, quotes, tables, bold and code), every text escaped, a style for A4 paper and no
/// script. One rendering of one text, so the page says exactly what the Markdown says.
/// </summary>
internal static partial class MarkdownHtml
{
    private const string Style = """
        body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", "SimSun", serif; color: #111; max-width: 48em; margin: 2em auto; line-height: 1.6; font-size: 11pt; }
        h1 { font-size: 16pt; text-align: center; } h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.6em; } h3 { font-size: 12pt; }
        blockquote { margin: 0.4em 0; padding-left: 0.8em; border-left: 3px solid #999; }
        code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; word-break: break-all; }
        table { border-collapse: collapse; margin: 0.6em 0; } th, td { border: 1px solid #999; padding: 2px 6px; font-size: 10pt; }
        ul { padding-left: 1.4em; }
        @page { size: A4; margin: 20mm 18mm; }
        @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } li { break-inside: avoid; } }
        """;

    public static string Render(string markdown, string title, Language language)
    {
        var w = new StringBuilder(markdown.Length * 2);
        w.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == Language.Chinese ? "zh-CN" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        var depth = 0;
        var inTable = false;
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var item = ListItem().Match(line);
            if (!item.Success)
                depth = CloseLists(w, depth, 0);
            if (!line.StartsWith('|') && inTable)
            {
                w.Append("</table>\n");
                inTable = false;
            }
            if (item.Success)
            {
                var level = item.Groups[1].Length / 2 + 1;
                if (level > depth)
                    for (; depth < level; depth++)
                        w.Append("<ul>\n");
                else
                    depth = CloseLists(w, depth, level);
                w.Append("<li>").Append(Inline(item.Groups[2].Value)).Append("</li>\n");
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
                w.Append("<h3>").Append(Inline(line[4..])).Append("</h3>\n");
            else if (line.StartsWith("## ", StringComparison.Ordinal))
                w.Append("<h2>").Append(Inline(line[3..])).Append("</h2>\n");
            else if (line.StartsWith("# ", StringComparison.Ordinal))
                w.Append("<h1>").Append(Inline(line[2..])).Append("</h1>\n");
            else if (line.StartsWith("> ", StringComparison.Ordinal))
                w.Append("<blockquote>").Append(Inline(line[2..])).Append("</blockquote>\n");
            else if (line.StartsWith('|'))
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
                    continue;
                w.Append(inTable ? "<tr>" : "<table>\n<tr>");
                var tag = inTable ? "td" : "th";
                foreach (var cell in cells)
                    w.Append('<').Append(tag).Append('>').Append(Inline(cell)).Append("</").Append(tag).Append('>');
                w.Append("</tr>\n");
                inTable = true;
            }
            else if (line.Length > 0)
                w.Append("<p>").Append(Inline(line)).Append("</p>\n");
        }
        CloseLists(w, depth, 0);
        if (inTable)
            w.Append("</table>\n");
        return w.Append("</body>\n</html>\n").ToString();
    }

    private static int CloseLists(StringBuilder w, int depth, int to)
    {
        for (; depth > to; depth--)
            w.Append("</ul>\n");
        return depth;
    }

    // Escaped first, so that nothing a report contains becomes markup; then the two marks the writers use.
    private static string Inline(string text)
    {
        var escaped = WebUtility.HtmlEncode(text);
        escaped = Code().Replace(escaped, "<code>$1</code>");
        return Bold().Replace(escaped, "<strong>$1</strong>");
    }

    [GeneratedRegex(@"^((?:  )*)- (.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*([^*]+)\*\*")]
    private static partial Regex Bold();
}
