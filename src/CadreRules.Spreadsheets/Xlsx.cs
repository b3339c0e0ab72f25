using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using System.Xml;
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

    /// <summary>Reads the sheet's rows in order (rows the file leaves out are not given). The part's XML is read
    /// with a plain <see cref="XmlReader"/> over the SDK's part stream: <see cref="OpenXmlReader"/> makes an element
    /// object for every XML element, which cost 30 s of CPU on 500,000 rows of 15 columns.</summary>
    public IEnumerable<SheetRow> Rows()
    {
        using Stream part = _part.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(part, Settings);
        var cells = new List<string?>();
        var text = new StringBuilder();
        int number = 0;
        bool inRow = false;
        bool inText = false;
        int column = -1;
        int next = 0;
        string? type = null;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    switch (xml.LocalName)
                    {
                        case "row":
                            if (inRow)
                            {
                                yield return new SheetRow(number, [.. cells]);
                            }

                            inRow = true;
                            cells.Clear();
                            next = 0;
                            number = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : number + 1;
                            if (xml.IsEmptyElement)
                            {
                                yield return new SheetRow(number, []);
                                inRow = false;
                            }

                            break;
                        case "c":
                            column = xml.GetAttribute("r") is { } reference ? Column(reference) : next;
                            type = xml.GetAttribute("t");
                            text.Clear();
                            next = column + 1;
                            break;
                        case "v":
                            text.Clear();
                            inText = !xml.IsEmptyElement;
                            break;
                        case "t" when type == "inlineStr":
                            inText = !xml.IsEmptyElement;
                            break;
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    switch (xml.LocalName)
                    {
                        case "row":
                            if (inRow)
                            {
                                yield return new SheetRow(number, [.. cells]);
                                inRow = false;
                            }

                            break;
                        case "v":
                            inText = false;
                            if (column >= 0 && type != "inlineStr")
                            {
                                Set(cells, column, Value(text.ToString(), type));
                            }

                            break;
                        case "t":
                            inText = false;
                            break;
                        case "c":
                            if (column >= 0 && type == "inlineStr")
                            {
                                Set(cells, column, text.ToString());
                            }

                            column = -1;
                            break;
                    }

                    break;
            }
        }

        if (inRow)
        {
            yield return new SheetRow(number, [.. cells]);
        }
    }

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

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

    private string? Value(string value, string? type) => type switch
    {
        "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < _strings.Length ? _strings[index] : value,
        "b" => value == "1" ? "true" : "false",
        _ => value,
    };

    private static void Set(List<string?> cells, int column, string? text)
    {
        while (cells.Count <= column)
        {
            cells.Add(null);
        }

        cells[column] = text;
    }

    private static string? Attribute(OpenXmlReader reader, string name)
    {
        foreach (OpenXmlAttribute attribute in reader.Attributes)
        {
            if (attribute.LocalName == name && string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>The shared strings table: each item's text (its runs joined; phonetic runs left out).</summary>
    private static string[] SharedStrings(WorkbookPart workbook)
    {
        if (workbook.SharedStringTablePart is not { } table)
        {
            return [];
        }

        var strings = new List<string>();
        var text = new StringBuilder();
        using Stream part = table.GetStream(FileMode.Open, FileAccess.Read);
        using var xml = XmlReader.Create(part, Settings);
        bool inText = false;
        bool phonetic = false;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element when xml.LocalName == "si":
                    text.Clear();
                    if (xml.IsEmptyElement)
                    {
                        strings.Add(string.Empty);
                    }

                    break;
                case XmlNodeType.Element when xml.LocalName == "rPh":
                    phonetic = !xml.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "rPh":
                    phonetic = false;
                    break;
                case XmlNodeType.Element when xml.LocalName == "t":
                    inText = !xml.IsEmptyElement && !phonetic;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(xml.Value);
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.EndElement when xml.LocalName == "si":
                    strings.Add(text.ToString());
                    break;
            }
        }

        return [.. strings];
    }
}

/// <summary>Writes a workbook sheet after sheet: the package is a zip archive in create mode, each worksheet compressed
/// straight to the output as an <see cref="XmlWriter"/> writes its rows, nothing of a sheet kept; texts are written
/// inline (no shared strings table to hold). (The SDK's <see cref="OpenXmlWriter"/> takes an element object per XML
/// element written: 4.5 million cells of three elements each for 500,000 rows.) The few small parts around the sheets (content types, relationships,
/// workbook, styles) are written last, as fixed text.</summary>
/// <remarks>The SDK's own <c>SpreadsheetDocument.Create(Stream)</c> opens the package for reading and writing, a zip
/// archive in update mode that keeps every part uncompressed in memory until it is closed (1.5 GB for 500,000 rows),
/// and it cannot work on a package opened for writing only; hence the archive is assembled here.</remarks>
internal sealed class XlsxWriter : IDisposable
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly List<string> _sheets = [];
    private Stream? _part;
    private XmlWriter? _writer;
    private int _row;

    public XlsxWriter(Stream stream)
    {
        _zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>Starts a sheet: the column widths (in characters) and the header row, in bold, frozen at the top.</summary>
    public void StartSheet(string name, IReadOnlyList<string> headers, IReadOnlyList<double>? widths = null)
    {
        EndSheet();
        _sheets.Add(name);
        _part = _zip.CreateEntry(string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{_sheets.Count}.xml"), CompressionLevel.Fastest).Open();
        _writer = XmlWriter.Create(_part, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false });
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement("worksheet", Main);
        _writer.WriteStartElement("sheetViews", Main);
        _writer.WriteStartElement("sheetView", Main);
        _writer.WriteAttributeString("workbookViewId", "0");
        _writer.WriteStartElement("pane", Main);
        _writer.WriteAttributeString("ySplit", "1");
        _writer.WriteAttributeString("topLeftCell", "A2");
        _writer.WriteAttributeString("activePane", "bottomLeft");
        _writer.WriteAttributeString("state", "frozen");
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteStartElement("cols", Main);
        for (int i = 0; i < headers.Count; i++)
        {
            double width = widths is not null && i < widths.Count ? widths[i] : Math.Clamp(headers[i].Length + 2, 8, 40);
            string column = (i + 1).ToString(CultureInfo.InvariantCulture);
            _writer.WriteStartElement("col", Main);
            _writer.WriteAttributeString("min", column);
            _writer.WriteAttributeString("max", column);
            _writer.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
            _writer.WriteAttributeString("customWidth", "1");
            _writer.WriteEndElement();
        }

        _writer.WriteEndElement();
        _writer.WriteStartElement("sheetData", Main);
        _row = 0;
        WriteRow(headers, bold: true);
    }

    public void WriteRow(IReadOnlyList<string?> cells) => WriteRow(cells, bold: false);

    public void Dispose()
    {
        EndSheet();
        var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        var workbook = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"{Main}\" xmlns:r=\"{OfficeRelationships}\"><sheets>");
        var links = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"{Relationships}\">");
        for (int i = 1; i <= _sheets.Count; i++)
        {
            string n = i.ToString(CultureInfo.InvariantCulture);
            types.Append($"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.Append($"<sheet name=\"{SecurityElement.Escape(_sheets[i - 1])}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
            links.Append($"<Relationship Id=\"rId{n}\" Type=\"{OfficeRelationships}/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>");
        }

        links.Append($"<Relationship Id=\"rIdStyles\" Type=\"{OfficeRelationships}/styles\" Target=\"styles.xml\"/></Relationships>");
        Text("[Content_Types].xml", types.Append("</Types>").ToString());
        Text("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{OfficeRelationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Text("xl/workbook.xml", workbook.Append("</sheets></workbook>").ToString());
        Text("xl/_rels/workbook.xml.rels", links.ToString());
        Text("xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<styleSheet xmlns=\"{Main}\"><fonts count=\"2\"><font/><font><b/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf fontId=\"1\" applyFont=\"1\" applyAlignment=\"1\"><alignment wrapText=\"1\"/></xf></cellXfs></styleSheet>");
        _zip.Dispose();
    }

    private void Text(string name, string text)
    {
        using Stream part = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        part.Write(Encoding.UTF8.GetBytes(text));
    }

    private void WriteRow(IReadOnlyList<string?> cells, bool bold)
    {
        XmlWriter writer = _writer ?? throw new InvalidOperationException("No sheet is started.");
        _row++;
        string row = _row.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartElement("row", Main);
        writer.WriteAttributeString("r", row);
        for (int i = 0; i < cells.Count; i++)
        {
            if (string.IsNullOrEmpty(cells[i]))
            {
                continue;
            }

            writer.WriteStartElement("c", Main);
            writer.WriteAttributeString("r", Reference(i) + row);
            writer.WriteAttributeString("t", "inlineStr");
            if (bold)
            {
                writer.WriteAttributeString("s", "1");
            }

            writer.WriteStartElement("is", Main);
            writer.WriteStartElement("t", Main);
            writer.WriteAttributeString("xml", "space", null, "preserve");
            writer.WriteString(Clean(cells[i]!));
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>A text without the control characters XML 1.0 cannot hold (a tab and line breaks are kept).</summary>
    private static string Clean(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' && c is not '\t' and not '\n' and not '\r')
            {
                return string.Concat(text.Where(x => x >= ' ' || x is '\t' or '\n' or '\r'));
            }
        }

        return text;
    }

    private void EndSheet()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndDocument();
        _writer.Dispose();
        _part!.Dispose();
        _writer = null;
        _part = null;
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
}
