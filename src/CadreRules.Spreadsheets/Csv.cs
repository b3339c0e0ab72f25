using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace CadreRules.Spreadsheets;

/// <summary>A row of a sheet: its number (1 for the header row, as a spreadsheet numbers them) and its cells.</summary>
/// <param name="Number">The row number, from 1.</param>
/// <param name="Cells">The cells' texts, by column; a missing cell is null or empty.</param>
internal readonly record struct SheetRow(int Number, string?[] Cells)
{
    public string? this[int column] => column < Cells.Length ? Cells[column] : null;

    public bool IsBlank
    {
        get
        {
            foreach (string? cell in Cells)
            {
                if (!string.IsNullOrWhiteSpace(cell))
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>Reads RFC 4180 records from UTF-8 text, one at a time: a byte order mark is skipped; the separator (comma or
/// semicolon) is the one the header line uses more of, outside quotes; quoted fields may hold separators, doubled
/// quotes and line breaks; CRLF, LF and CR all end a record.</summary>
internal sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _field = new();
    private readonly List<string?> _fields = [];
    private int _length;
    private int _position;
    private int _record;
    private int _line = 1;

    public CsvReader(TextReader reader)
    {
        _reader = reader;
    }

    /// <summary>Gets the separator, known once the first record is read.</summary>
    public char Separator { get; private set; }

    /// <summary>Gets the line (from 1) where the last record read started.</summary>
    public int Line { get; private set; }

    public static CsvReader Open(Stream stream) =>
        new(new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true));

    /// <summary>Reads every record; the first decides the separator.</summary>
    public IEnumerable<SheetRow> Rows()
    {
        while (Next() is { } cells)
        {
            yield return new SheetRow(_record, cells);
        }
    }

    /// <summary>Reads the next record, or null at the end.</summary>
    public string?[]? Next()
    {
        if (_record == 0)
        {
            Fill();
            if (_length > 0 && _buffer[0] == '\uFEFF')
            {
                _position = 1;
            }

            Separator = DetectSeparator();
        }

        if (Peek() < 0)
        {
            return null;
        }

        Line = _line;
        _record++;
        _fields.Clear();
        _field.Clear();
        bool quoted = false;
        bool wasQuoted = false;
        while (true)
        {
            int c = Read();
            if (quoted)
            {
                if (c < 0)
                {
                    throw new CsvFormatException(Line, _record);
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && Peek() != '\n'))
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                }

                continue;
            }

            if (c == '"' && _field.Length == 0 && !wasQuoted)
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (c == Separator)
            {
                EndField(ref wasQuoted);
            }
            else if (c is '\r' or '\n' or < 0)
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                if (c >= 0)
                {
                    _line++;
                }

                EndField(ref wasQuoted);
                return [.. _fields];
            }
            else
            {
                _field.Append((char)c);
            }
        }
    }

    private void EndField(ref bool wasQuoted)
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        wasQuoted = false;
    }

    /// <summary>The separator the first line uses more of outside quotes (comma on a tie or when it uses neither).</summary>
    private char DetectSeparator()
    {
        int commas = 0, semicolons = 0;
        bool quoted = false;
        for (int i = _position; ; i++)
        {
            if (i == _length)
            {
                if (_length == _buffer.Length || !GrowForHeader())
                {
                    break;
                }
            }

            char c = _buffer[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    private bool GrowForHeader()
    {
        int read = _reader.Read(_buffer, _length, _buffer.Length - _length);
        _length += read;
        return read > 0;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return -1;
        }

        return _buffer[_position];
    }

    private int Read()
    {
        int c = Peek();
        if (c >= 0)
        {
            _position++;
        }

        return c;
    }

    private bool Fill()
    {
        if (_position < _length)
        {
            return true;
        }

        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}

/// <summary>A quoted field of a CSV file is never closed.</summary>
internal sealed class CsvFormatException(int line, int record) : Exception($"A quoted field opened in record {record} (line {line}) is never closed.")
{
    public int Line { get; } = line;

    public int Record { get; } = record;
}

/// <summary>Writes RFC 4180 records: UTF-8 with a byte order mark (so that Excel reads the diacritics), CRLF line ends,
/// a field quoted only when it holds a comma or semicolon (either could be taken for the separator), a quote, a line
/// break or spaces at either end.</summary>
internal sealed class CsvWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly char _separator;

    public CsvWriter(Stream stream, char separator = ',')
    {
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        _separator = separator;
    }

    public void WriteRow(IReadOnlyList<string?> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write(_separator);
            }

            WriteField(cells[i] ?? string.Empty);
        }

        _writer.Write("\r\n");
    }

    public void Dispose()
    {
        _writer.Flush();
        _writer.Dispose();
    }

    private void WriteField(string field)
    {
        bool quote = field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.AsSpan().IndexOfAny(",;\"\r\n") >= 0);
        if (!quote)
        {
            _writer.Write(field);
            return;
        }

        _writer.Write('"');
        _writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
