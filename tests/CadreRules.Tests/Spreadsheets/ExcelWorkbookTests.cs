using System;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace CadreRules.Tests.Spreadsheets;

/// <summary>A workbook as Excel saves one (shared strings, dates as serial numbers, booleans, a guide sheet first) is
/// read as the roster its rows make.</summary>
public sealed class ExcelWorkbookTests
{
    [Fact]
    public void AnExcelStyleWorkbook_IsReadWithSharedStringsDateSerialsAndBooleans()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            WorkbookPart workbook = document.AddWorkbookPart();
            SharedStringTablePart shared = workbook.AddNewPart<SharedStringTablePart>();
            string[] strings = ["Mã cán bộ", "Giới tính", "Ngày sinh", "Dân tộc thiểu số", "A-1", "NỮ", "Ghi chú"];
            shared.SharedStringTable = new SharedStringTable(strings.Select(s => new SharedStringItem(new Text(s))));
            WorksheetPart guide = workbook.AddNewPart<WorksheetPart>();
            guide.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("6") }) { RowIndex = 1 }));
            WorksheetPart data = workbook.AddNewPart<WorksheetPart>();
            data.Worksheet = new Worksheet(new SheetData(
                new Row(
                    Shared("A1", 0), Shared("B1", 1), Shared("C1", 2), Shared("D1", 3)) { RowIndex = 2 },
                new Row(
                    Shared("A4", 4), Shared("B4", 5),
                    new Cell { CellReference = "C4", CellValue = new CellValue("25702") },
                    new Cell { CellReference = "D4", DataType = CellValues.Boolean, CellValue = new CellValue("1") }) { RowIndex = 4 }));
            workbook.Workbook = new Workbook(new Sheets(
                new Sheet { Name = "Hướng dẫn", SheetId = 1, Id = workbook.GetIdOfPart(guide) },
                new Sheet { Name = "Danh sách", SheetId = 2, Id = workbook.GetIdOfPart(data) }));
        }

        stream.Position = 0;
        using SpreadsheetSource source = SpreadsheetSource.Open(stream, SpreadsheetFormat.Xlsx, Language.English);
        Assert.Equal("Danh sách", source.SheetName);
        Roster roster = CadreDocuments.ReadRoster(source, DocumentLimits.Default);
        Cadre cadre = Assert.Single(roster.Cadres);
        Assert.Equal("A-1", cadre.Id.Value);
        Assert.Equal(Sex.Female, cadre.Sex);
        Assert.Equal(new NodaTime.LocalDate(1970, 5, 14), cadre.BirthDate.Date); // serial 25702 is 14/05/1970
        Assert.True(cadre.IsEthnicMinority);
    }

    [Fact]
    public void AWrittenWorkbook_IsValidOpenXml_AndReadByTheSdk()
    {
        using var stream = new MemoryStream();
        using (var writer = new SpreadsheetWriter(stream, SpreadsheetFormat.Xlsx))
        {
            writer.StartSheet("Kết quả", ["Mã", "Ghi chú"]);
            writer.WriteRow(["A-1", " hai dòng\n<và> & \"ngoặc\" "]);
            writer.StartSheet("Hướng dẫn", ["Cột"]);
        }

        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        Sheet[] sheets = [.. document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()];
        Assert.Equal(["Kết quả", "Hướng dẫn"], sheets.Select(s => s.Name!.Value));
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheets[0].Id!.Value!);
        Cell note = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B2");
        Assert.Equal(" hai dòng\n<và> & \"ngoặc\" ", note.InlineString!.InnerText);
    }

    private static Cell Shared(string reference, int index) =>
        new() { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
}
