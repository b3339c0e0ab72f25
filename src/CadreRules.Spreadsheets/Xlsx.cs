using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CadreRules.Spreadsheets;

/// <summary>Reads the rows of one worksheet of a workbook with the SAX-style <see cref="OpenXmlReader"/>: one row is
/// held at a time (and the shared strings table, which a workbook keeps whole).</summary>
internal sealed class XlsxReader : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _part;
    private readonly string[] _strings;

    private XlsxReader(SpreadsheetDocument document, WorksheetPart part, string sheetName, string[] strings)
    {
        _document = document;
        _part = part;
        SheetName = sheetName;
        _strings = strings;
    }

    /// <summary>Gets the name of the sheet read.</summary>
    public string SheetName { get; }

    /// <summary>Gets the names of the workbook's sheets, in order.</summary>
    public IReadOnlyList<string> SheetNames { get; private init; } = [];

    /// <summary>Opens a workbook and picks the sheet <paramref name="choose"/> names (given every sheet's name), or the first.</summary>
    public static XlsxReader Open(Stream stream, Func<IReadOnlyList<string>, string?> choose)
    {
        SpreadsheetDocument document = SpreadsheetDocument.Open(stream, isEditable: false);
        try
        {
            WorkbookPart workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
            Sheet[] sheets = [.. workbook.Workbook.Sheets?.Elements<Sheet>() ?? []];
            if (sheets.Length == 0)
            {
                throw new InvalidDataException("The workbook has no sheet.");
            }

            string[] names = [.. sheets.Select(s => s.Name?.Value ?? string.Empty)];
            string? wanted = choose(names);
            Sheet sheet = sheets.FirstOrDefault(s => s.Name?.Value == wanted) ?? sheets[0];
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            return new XlsxReader(document, part, sheet.Name?.Value ?? string.Empty, SharedStrings(workbook)) { SheetNames = names };
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads the sheet's rows in order (rows the file leaves out are not given).</summary>
    public IEnumerable<SheetRow> Rows()
    {
        using var reader = OpenXmlReader.Create(_part);
        var cells = new List<string?>();
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            cells.Clear();
            int next = 0;
            foreach (Cell cell in row.Elements<Cell>())
            {
                int column = cell.CellReference?.Value is { } reference ? Column(reference) : next;
                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                string? text = Text(cell);
                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }

                next = column + 1;
            }

            int number = row.RowIndex?.Value is { } index ? (int)index : 0;
            yield return new SheetRow(number, [.. cells]);
        }
    }

    public void Dispose() => _document.Dispose();

    /// <summary>The column of a cell reference (<c>A1</c> → 0, <c>AB7</c> → 27).</summary>
    internal static int Column(string reference)
    {
        int column = 0;
        foreach (char c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column - 1;
    }

    private string? Text(Cell cell)
    {
        CellValues? type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        string? value = cell.CellValue?.Text;
        if (value is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < _strings.Length ? _strings[index] : value;
        }

        if (type == CellValues.Boolean)
        {
            return value == "1" ? "true" : "false";
        }

        return value;
    }

    private static string[] SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } part)
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return [.. strings];
    }
}

/// <summary>Writes a workbook sheet after sheet with the SAX-style <see cref="OpenXmlWriter"/>: rows go straight to the
/// compressed part, nothing of a sheet is kept; texts are written inline (no shared strings table to hold).</summary>
internal sealed class XlsxWriter : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly List<(string Name, string Id)> _sheets = [];
    private OpenXmlWriter? _writer;
    private int _row;

    public XlsxWriter(Stream stream)
    {
        _document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        WorkbookStylesPart styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
    }

    /// <summary>Starts a sheet: the column widths (in characters) and the header row, in bold, frozen at the top.</summary>
    public void StartSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<double>? widths = null)
    {
        EndSheet();
        WorksheetPart part = _workbook.AddNewPart<WorksheetPart>();
        _sheets.Add((name, _workbook.GetIdOfPart(part)));
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteStartElement(new SheetViews());
        _writer.WriteStartElement(new SheetView { WorkbookViewId = 0U });
        _writer.WriteElement(new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteStartElement(new Columns());
        for (int i = 0; i < headers.Count; i++)
        {
            double width = widths is not null && i < widths.Count ? widths[i] : Math.Clamp(headers[i].Length + 2, 8, 40);
            _writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        _writer.WriteEndElement();
        _writer.WriteStartElement(new SheetData());
        _row = 0;
        WriteRow(headers, bold: true);
    }

    public void WriteRow(IReadOnlyList<string?> cells) => WriteRow(cells, bold: false);

    public void Dispose()
    {
        EndSheet();
        using (OpenXmlWriter writer = OpenXmlWriter.Create(_workbook))
        {
            writer.WriteStartElement(new Workbook());
            writer.WriteStartElement(new Sheets());
            uint id = 1;
            foreach ((string name, string relationship) in _sheets)
            {
                writer.WriteElement(new Sheet { Name = name, SheetId = id++, Id = relationship });
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        _document.Dispose();
    }

    private void WriteRow(IReadOnlyList<string?> cells, bool bold)
    {
        OpenXmlWriter writer = _writer ?? throw new InvalidOperationException("No sheet is started.");
        _row++;
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", string.Empty, _row.ToString(CultureInfo.InvariantCulture))]);
        for (int i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
            {
                continue;
            }

            List<OpenXmlAttribute> attributes =
            [
                new("r", string.Empty, Reference(i) + _row.ToString(CultureInfo.InvariantCulture)),
                new("t", string.Empty, "inlineStr"),
            ];
            if (bold)
            {
                attributes.Add(new("s", string.Empty, "1"));
            }

            writer.WriteStartElement(new Cell(), attributes);
            writer.WriteStartElement(new InlineString());
            writer.WriteElement(new Text(cells[i]!) { Space = SpaceProcessingModeValues.Preserve });
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private void EndSheet()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Close();
        _writer.Dispose();
        _writer = null;
    }

    /// <summary>The letters of a column (0 → A, 27 → AB).</summary>
    internal static string Reference(int column)
    {
        Span<char> letters = stackalloc char[4];
        int length = 0;
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters[length++] = (char)('A' + ((n - 1) % 26));
        }

        letters[..length].Reverse();
        return new string(letters[..length]);
    }

    /// <summary>A stylesheet with two cell formats: the default and bold (for the header row).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border()) { Count = 1U },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1U, ApplyFont = true, Alignment = new Alignment { WrapText = true } }) { Count = 2U });
}
