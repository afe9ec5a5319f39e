using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using RulesKit.Campaign.Tables;
using RulesKit.Tests.Campaign.Ledger;

namespace RulesKit.Tests.Campaign.Tables;

/// <summary>
/// The XLSX tables read by Microsoft's Open XML SDK, the maintained reference for the format: valid against its schema,
/// counts as numbers a sheet can sum, the title merged across the columns. The writer is the project's own (streamed,
/// byte-identical from run to run); the SDK is the judge here.
/// </summary>
public class TableWriterXlsxTests
{
    [Fact]
    public void WriteXlsx_CitySubmission_ValidAndNumbersAsNumbersWithAMergedTitle()
    {
        var submission = CampaignLedgerTests.Example.Submission("郑州市应急管理局", new DateOnly(2021, 8, 26));
        foreach (var (name, table) in submission.Tables())
        {
            using var stream = new MemoryStream();
            TableWriter.WriteXlsx(table, stream);
            stream.Position = 0;
            using var document = SpreadsheetDocument.Open(stream, isEditable: false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            errors.Should().BeEmpty(name);

            var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            var merged = sheet.GetFirstChild<MergeCells>()!.Elements<MergeCell>().Select(m => m.Reference!.Value).ToList();
            merged.Should().Contain(r => r!.StartsWith("A", StringComparison.Ordinal) && r.Contains(':', StringComparison.Ordinal), $"{name}: the title spans the table");
            sheet.GetFirstChild<Columns>()!.Elements<Column>().Should().HaveCount(table.Columns.Length, $"{name}: every column has its width");
            if (name == "annex2-summary")
            {
                var numbers = rows.SelectMany(r => r.Elements<Cell>()).Where(c => c.DataType is null && c.CellValue is not null)
                    .Select(c => decimal.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                numbers.Should().Equal(submission.Annex2Row, "附件2's counts are numbers, in its column order");
            }
        }
    }
}
