using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Spreadsheets;

/// <summary>
/// A spreadsheet (a workbook's sheet, or a CSV file) read as the UTF-8 JSON document its rows make, produced as it is
/// read: give it to any reader of <see cref="CadreDocuments"/> or to <see cref="EvaluationSheetReader"/>, then restate
/// the reader's errors at the sheet, row and column with <see cref="Locate(DocumentException)"/>.
/// </summary>
/// <remarks>
/// <para>The first non-blank row holds the column headers (Vietnamese, as the templates write them, or English; in any
/// case); the kind of document is recognised from them (or from the sheet's name). Each following row is an item of the
/// document (a cadre, a person evaluated, a request); a row repeating the key of the row above (the id of a roster or an
/// evaluation sheet) adds to the item's lists (positions, discipline, evaluations). Blank rows are skipped. Every value
/// is read by the library's forgiving parsers (<see cref="InputValues"/>).</para>
/// <para>One row is held at a time (one item's rows for a roster), so a sheet of any length is read in bounded memory;
/// a workbook's shared strings table is held whole. A cell that cannot be read is reported with its sheet, row and
/// column header in the language given, all of them (up to <see cref="DocumentException.MaxErrors"/>) once the rows
/// are read. Not thread-safe (a stream).</para>
/// </remarks>
public sealed partial class SpreadsheetSource : Stream
{
    private readonly Stream _input;
    private readonly bool _leaveOpen;
    private readonly XlsxReader? _workbook;
    private readonly IEnumerator<SheetRow> _rows;
    private readonly SheetLayout _layout;
    private readonly int[] _map;
    private readonly string[] _headers;
    private readonly Language _language;
    private readonly SheetTree _item;
    private readonly SheetTree _document;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 14);
    private readonly Utf8JsonWriter _json;
    private readonly List<int> _itemRows = [];
    private readonly Dictionary<string, int> _elementRows = new(StringComparer.Ordinal);
    private readonly List<DocumentException> _errors = [];
    private int _errorCount;
    private int _served;
    private int _state;
    private SheetRow? _pending;
    private object?[]? _documentValues;
    private SheetRow _documentRow;

    private SpreadsheetSource(Stream input, bool leaveOpen, XlsxReader? workbook, IEnumerator<SheetRow> rows, SheetLayout layout, int[] map, string[] headers, string? sheetName, Language language)
    {
        _input = input;
        _leaveOpen = leaveOpen;
        _workbook = workbook;
        _rows = rows;
        _layout = layout;
        _map = map;
        _headers = headers;
        SheetName = sheetName;
        _language = language;
        _item = SheetTree.Build(layout.Columns, string.Empty, c => !c.IsDocument);
        _document = SheetTree.Build(layout.Columns, "$.", c => c.IsDocument);
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions { SkipValidation = false });
    }

    /// <summary>Gets the kind of document the sheet holds.</summary>
    public DocumentKind Kind => _layout.Kind;

    /// <summary>Gets the name of the sheet read (a workbook's), or null for a CSV file.</summary>
    public string? SheetName { get; }

    /// <summary>Gets the number of items written so far (cadres, people, requests; rows of a planning list).</summary>
    public int ItemsRead => _itemRows.Count;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Opens a spreadsheet: reads its header row and recognises the kind of document.</summary>
    /// <param name="input">The file's bytes; a workbook that cannot seek is copied to memory first.</param>
    /// <param name="format">The format.</param>
    /// <param name="language">The language of the errors (and of the locations they name).</param>
    /// <param name="leaveOpen">Whether <paramref name="input"/> stays open when this is disposed.</param>
    /// <returns>The document's JSON, as a stream read forward once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="DocumentException">The file is not a workbook (or not UTF-8 text), has no header row, or its
    /// headers are not a template's, or a required column is missing or a header is unknown.</exception>
    public static SpreadsheetSource Open(Stream input, SpreadsheetFormat format, Language language, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        XlsxReader? workbook = null;
        IEnumerator<SheetRow>? rows = null;
        try
        {
            string? sheetName = null;
            if (format == SpreadsheetFormat.Xlsx)
            {
                Stream seekable = input;
                if (!input.CanSeek)
                {
                    seekable = new MemoryStream();
                    input.CopyTo(seekable);
                    seekable.Position = 0;
                }

                try
                {
                    workbook = XlsxReader.Open(seekable, names =>
                        names.FirstOrDefault(n => SheetLayouts.All.Any(l => l.SheetName == n)) ?? names.FirstOrDefault(n => n != SheetLayouts.GuideSheet));
                }
                catch (Exception e) when (e is not DocumentException and not OutOfMemoryException)
                {
                    throw new DocumentException("$", SheetMessages.NotWorkbook(language), e);
                }

                sheetName = workbook.SheetName;
                rows = workbook.Rows().GetEnumerator();
            }
            else
            {
                rows = CsvReader.Open(input).Rows().GetEnumerator();
            }

            SheetRow header = default;
            bool found = false;
            while (Next(rows, sheetName, language) is { } row)
            {
                if (!row.IsBlank)
                {
                    header = row;
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                throw new DocumentException(SheetMessages.Where(sheetName, 1, null, language), SheetMessages.NoHeader(language), null);
            }

            string?[] headers = header.Cells;
            SheetLayout layout = SheetLayouts.Detect(sheetName, headers)
                ?? throw new DocumentException(SheetMessages.Where(sheetName, header.Number, null, language), SheetMessages.UnknownLayout(language), null);
            int[] map = Map(layout, headers, sheetName, header.Number, language);
            string[] names = [.. layout.Columns.Select((c, i) => map[i] >= 0 ? headers[map[i]]!.Trim() : c.Header)];
            return new SpreadsheetSource(input, leaveOpen, workbook, rows, layout, map, names, sheetName, language);
        }
        catch
        {
            rows?.Dispose();
            workbook?.Dispose();
            if (!leaveOpen)
            {
                input.Dispose();
            }

            throw;
        }
    }

    /// <summary>Restates a reader's error (at a JSON path of the document this stream wrote) at the sheet, row and
    /// column header, in the language given to <see cref="Open"/>; an error of several is restated error by error.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The error restated; an error about the kind of document (<see cref="DocumentException.FoundKind"/>)
    /// or one already located is returned as it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public DocumentException Locate(DocumentException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.FoundKind != DocumentKind.Unknown || error.Path is null || !error.Path.StartsWith('$'))
        {
            return error;
        }

        List<DocumentException> located = [.. error.Errors.Select(LocateOne)];
        return located.Count == 1 && error.ErrorCount == 1 ? located[0] : DocumentException.Combine(located, error.ErrorCount);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        while (_served == _buffer.WrittenCount)
        {
            if (_state == 2)
            {
                return 0;
            }

            _buffer.ResetWrittenCount();
            _served = 0;
            Produce();
            _json.Flush();
        }

        int length = Math.Min(buffer.Length, _buffer.WrittenCount - _served);
        _buffer.WrittenSpan.Slice(_served, length).CopyTo(buffer);
        _served += length;
        return length;
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _json.Dispose();
            _rows.Dispose();
            _workbook?.Dispose();
            if (!_leaveOpen)
            {
                _input.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private static SheetRow? Next(IEnumerator<SheetRow> rows, string? sheetName, Language language)
    {
        try
        {
            return rows.MoveNext() ? rows.Current : null;
        }
        catch (CsvFormatException e)
        {
            throw new DocumentException(SheetMessages.Where(sheetName, e.Record, null, language), SheetMessages.OpenQuote(e.Line, language), e);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentException("$", SheetMessages.NotUtf8(language), e);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException && e is not DocumentException)
        {
            throw new DocumentException("$", SheetMessages.NotWorkbook(language), e);
        }
    }

    /// <summary>Where each of the layout's columns is in the sheet (-1 when absent); an unknown header, a header given
    /// twice or a required column missing is an error.</summary>
    private static int[] Map(SheetLayout layout, string?[] headers, string? sheetName, int row, Language language)
    {
        int[] map = [.. Enumerable.Repeat(-1, layout.Columns.Count)];
        var errors = new List<DocumentException>();
        for (int i = 0; i < headers.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(headers[i]))
            {
                continue;
            }

            string key = SheetLayouts.HeaderKey(headers[i]!);
            int column = -1;
            for (int c = 0; c < layout.Columns.Count; c++)
            {
                if (SheetLayouts.HeaderKey(layout.Columns[c].Header) == key || SheetLayouts.HeaderKey(layout.Columns[c].EnglishHeader) == key)
                {
                    column = c;
                    break;
                }
            }

            if (column < 0)
            {
                errors.Add(new DocumentException(SheetMessages.Where(sheetName, row, headers[i]!.Trim(), language), SheetMessages.UnknownColumn(layout, language), null));
            }
            else if (map[column] >= 0)
            {
                errors.Add(new DocumentException(SheetMessages.Where(sheetName, row, headers[i]!.Trim(), language), SheetMessages.RepeatedColumn(language), null));
            }
            else
            {
                map[column] = i;
            }
        }

        for (int c = 0; c < layout.Columns.Count; c++)
        {
            SheetColumn column = layout.Columns[c];
            if (map[c] < 0 && column.Required && column.Group is null && (layout.Collection is not null || column.IsDocument))
            {
                errors.Add(new DocumentException(SheetMessages.Where(sheetName, row, column.Header, language), SheetMessages.MissingColumn(language), null));
            }
        }

        if (errors.Count > 0)
        {
            throw errors.Count == 1 ? errors[0] : DocumentException.Combine(errors, errors.Count);
        }

        return map;
    }

    private void Produce()
    {
        switch (_state)
        {
            case 0:
                _state = 1;
                if (_layout.Collection is null)
                {
                    WritePlanning(); // the planning list or the planning review
                    _state = 2;
                    return;
                }

                _json.WriteStartObject();
                _json.WriteNumber("schemaVersion", 1);
                _pending = NextDataRow();
                if (_pending is { } first)
                {
                    _documentRow = first;
                    _documentValues = Values(first, documentOnly: true);
                    WriteObjectMembers(_document, _documentValues);
                }

                _json.WriteStartArray(_layout.Collection);
                return;
            case 1:
                if (NextItem() is not { } rows)
                {
                    _json.WriteEndArray();
                    _json.WriteEndObject();
                    _state = 2;
                    ThrowIfErrors();
                    return;
                }

                WriteItem(rows);
                return;
        }
    }

    private SheetRow? NextDataRow()
    {
        while (Next(_rows, SheetName, _language) is { } row)
        {
            if (!row.IsBlank)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>The next item's rows: the pending row and, for a layout with a key, the rows after it repeating its key.</summary>
    private List<SheetRow>? NextItem()
    {
        SheetRow? first = _pending ?? NextDataRow();
        _pending = null;
        if (first is not { } row)
        {
            return null;
        }

        var rows = new List<SheetRow>(1) { row };
        if (_layout.Key is { } key)
        {
            int keyColumn = _map[_layout.Columns.ToList().FindIndex(c => c.Path == key)];
            string? value = keyColumn >= 0 ? row[keyColumn]?.Trim() : null;
            while (NextDataRow() is { } next)
            {
                if (!string.IsNullOrEmpty(value) && next[keyColumn]?.Trim() == value)
                {
                    rows.Add(next);
                }
                else
                {
                    _pending = next;
                    break;
                }
            }
        }

        return rows;
    }

    private void WriteItem(List<SheetRow> rows)
    {
        int errorsBefore = _errorCount;
        var values = new object?[rows.Count][];
        for (int r = 0; r < rows.Count; r++)
        {
            values[r] = Values(rows[r], documentOnly: false);
            CheckDocumentValues(rows[r], values[r]);
            if (r > 0)
            {
                CheckRepeated(rows[0], values[0], rows[r], values[r]);
            }
        }

        if (_errorCount > errorsBefore)
        {
            return;
        }

        string path = _layout.Collection + "[" + _itemRows.Count.ToString(CultureInfo.InvariantCulture) + "]";
        _itemRows.Add(rows[0].Number);
        _json.WriteStartObject();
        WriteMembers(_item, values, rows, path);
        _json.WriteEndObject();
    }

    private void WriteMembers(SheetTree node, object?[][] values, List<SheetRow> rows, string path)
    {
        foreach (SheetTree child in node.Children)
        {
            if (child.IsLeaf)
            {
                WriteValue(child.Name, values[0][child.Column]);
            }
            else if (!child.IsList)
            {
                if (child.AnyValue(values[0]))
                {
                    _json.WriteStartObject(child.Name);
                    WriteObjectMembers(child, values[0]);
                    _json.WriteEndObject();
                }
            }
            else
            {
                int count = 0;
                for (int r = 0; r < values.Length; r++)
                {
                    if (!child.AnyValue(values[r]))
                    {
                        continue;
                    }

                    if (count == 0)
                    {
                        _json.WriteStartArray(child.Name);
                    }

                    if (rows.Count > 1)
                    {
                        _elementRows[path + "." + child.Name + "[" + count.ToString(CultureInfo.InvariantCulture) + "]"] = rows[r].Number;
                    }

                    count++;
                    _json.WriteStartObject();
                    WriteObjectMembers(child, values[r]);
                    _json.WriteEndObject();
                }

                if (count > 0)
                {
                    _json.WriteEndArray();
                }
            }
        }
    }

    private void WriteObjectMembers(SheetTree node, object?[] values)
    {
        foreach (SheetTree child in node.Children)
        {
            if (child.IsLeaf)
            {
                WriteValue(child.Name, values[child.Column]);
            }
            else if (child.AnyValue(values))
            {
                if (child.IsList)
                {
                    _json.WriteStartArray(child.Name);
                    _json.WriteStartObject();
                    WriteObjectMembers(child, values);
                    _json.WriteEndObject();
                    _json.WriteEndArray();
                }
                else
                {
                    _json.WriteStartObject(child.Name);
                    WriteObjectMembers(child, values);
                    _json.WriteEndObject();
                }
            }
        }
    }

    private void WriteValue(string name, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                _json.WriteString(name, text);
                return;
            case long whole:
                _json.WriteNumber(name, whole);
                return;
            case decimal real:
                _json.WriteNumber(name, real);
                return;
            case bool flag:
                _json.WriteBoolean(name, flag);
                return;
            case Share share:
                _json.WriteStartObject(name);
                _json.WriteNumber("numerator", share.Numerator);
                _json.WriteNumber("denominator", share.Denominator);
                _json.WriteEndObject();
                return;
        }
    }

    /// <summary>Reads a row's cells into values by layout column (null for a blank cell or one in error).</summary>
    private object?[] Values(SheetRow row, bool documentOnly)
    {
        var values = new object?[_layout.Columns.Count];
        for (int c = 0; c < values.Length; c++)
        {
            SheetColumn column = _layout.Columns[c];
            if (_map[c] < 0 || (documentOnly && !column.IsDocument) || (!documentOnly && column.IsDocument))
            {
                continue;
            }

            string? text = row[_map[c]]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (column.TryRead(text, _workbook is not null, out object value))
            {
                values[c] = value;
            }
            else
            {
                string where = SheetMessages.Where(SheetName, row.Number, _headers[c], _language);
                AddError(new DocumentException(where, InputValues.Error(where, text, column.Forms, _language)[(where.Length + 2)..], null));
            }
        }

        return values;
    }

    /// <summary>A document value (the year…) given on a later row must be the first row's.</summary>
    private void CheckDocumentValues(SheetRow row, object?[] _)
    {
        if (_documentValues is null || row.Number == _documentRow.Number)
        {
            return;
        }

        for (int c = 0; c < _layout.Columns.Count; c++)
        {
            if (!_layout.Columns[c].IsDocument || _map[c] < 0)
            {
                continue;
            }

            string? text = row[_map[c]]?.Trim();
            if (!string.IsNullOrEmpty(text) && (!_layout.Columns[c].TryRead(text, _workbook is not null, out object value) || !Equals(value, _documentValues[c])))
            {
                AddError(new DocumentException(SheetMessages.Where(SheetName, row.Number, _headers[c], _language), SheetMessages.DocumentValueDiffers(text, _documentRow.Number, _language), null));
            }
        }
    }

    /// <summary>A row continuing an item (same key) gives only list values; another value must be blank or the first row's.</summary>
    private void CheckRepeated(SheetRow first, object?[] firstValues, SheetRow row, object?[] values)
    {
        for (int c = 0; c < values.Length; c++)
        {
            SheetColumn column = _layout.Columns[c];
            if (column.IsDocument || column.Group is not null || values[c] is null || Equals(values[c], firstValues[c]))
            {
                continue;
            }

            AddError(new DocumentException(SheetMessages.Where(SheetName, row.Number, _headers[c], _language), SheetMessages.ItemValueDiffers(first.Number, _language), null));
        }
    }

    private void AddError(DocumentException error)
    {
        _errorCount++;
        if (_errors.Count < DocumentException.MaxErrors)
        {
            _errors.Add(error);
        }
    }

    private void ThrowIfErrors()
    {
        if (_errorCount > 0)
        {
            throw _errorCount == 1 ? _errors[0] : DocumentException.Combine(_errors, _errorCount);
        }
    }

    [GeneratedRegex(@"^\$\.(?<list>\w+)\[(?<item>\d+)\](?:\.(?<sub>\w+)\[(?<element>\d+)\])?(?<rest>.*)$")]
    private static partial Regex ItemPath();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indices();

    private DocumentException LocateOne(DocumentException error)
    {
        string original = error.Path ?? "$";
        string path = ListPath(original);
        int row;
        string field;
        Match match = ItemPath().Match(path);
        if (match.Success)
        {
            string list = match.Groups["list"].Value;
            int item = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture);
            string itemKey = list + "[" + match.Groups["item"].Value + "]";
            row = _elementRows.TryGetValue(itemKey, out int planningRow) ? planningRow
                : list == _layout.Collection && item < _itemRows.Count ? _itemRows[item] : _documentRow.Number;
            if (match.Groups["sub"].Success && _elementRows.TryGetValue(itemKey + "." + match.Groups["sub"].Value + "[" + match.Groups["element"].Value + "]", out int elementRow))
            {
                row = elementRow;
            }

            string rest = Indices().Replace(path[(match.Groups["list"].Index + match.Groups["list"].Length + match.Groups["item"].Length + 2)..], "[]");
            field = _layout.Collection is null ? list + "[]" + rest : rest.TrimStart('.');
            if (match.Groups["sub"].Success)
            {
                field = (_layout.Collection is null ? list + "[]." : string.Empty) + match.Groups["sub"].Value + "[]" + Indices().Replace(match.Groups["rest"].Value, "[]");
            }
        }
        else
        {
            row = _documentRow.Number;
            field = path.Length > 2 ? path : string.Empty;
        }

        field = field switch
        {
            "entries[].cadreId" => "candidates[].cadreRef",
            "entries[].titleId" => "titles[].id",
            "candidates[]" => "candidates[].cadreRef",
            "titles[]" => "titles[].id",
            "proposedAdditions[].cadreId" => "candidates[].cadreRef",
            "proposedAdditions[].titleId" => "titles[].id",
            "proposedAdditions[].tier" => "entries[].tier",
            "currentFacts[]" => "candidates[].cadreRef",
            _ when field.StartsWith("currentFacts[]", StringComparison.Ordinal) => "candidates[]" + field["currentFacts[]".Length..],
            _ => field.TrimStart('.'),
        };
        string? header = Header(field);
        string sentence = DocumentMessages.Format(error, _language);
        if (sentence.StartsWith(original + ": ", StringComparison.Ordinal))
        {
            sentence = sentence[(original.Length + 2)..];
        }

        return new DocumentException(SheetMessages.Where(SheetName, row, header, _language), sentence, error);
    }

    /// <summary>A planning review's list path (<c>$.plan.titles[0]</c>) as the planning list's (<c>$.titles[0]</c>), whose
    /// rows and columns are the same; any other path as it is.</summary>
    private string ListPath(string path)
    {
        const string Plan = "$.plan.";
        if (_layout.Kind != DocumentKind.PlanningReview || !path.StartsWith(Plan, StringComparison.Ordinal))
        {
            return path;
        }

        string rest = path[Plan.Length..];
        return rest.StartsWith("titles", StringComparison.Ordinal) || rest.StartsWith("candidates", StringComparison.Ordinal) || rest.StartsWith("entries", StringComparison.Ordinal)
            ? "$." + rest
            : path;
    }

    /// <summary>The header of the column at a field path (or of the first column of the object there), or null.</summary>
    private string? Header(string field)
    {
        if (field.Length == 0)
        {
            return null;
        }

        for (int c = 0; c < _layout.Columns.Count; c++)
        {
            string path = _layout.Columns[c].Path;
            if (path == field || path.StartsWith(field + ".", StringComparison.Ordinal) || path.StartsWith(field + "[].", StringComparison.Ordinal)
                || (_layout.Columns[c].Kind == ValueKind.Share && field.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                return _headers[c];
            }
        }

        return null;
    }
}
