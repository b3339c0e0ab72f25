using System;
using System.Collections.Generic;
using System.IO;

namespace CadreRules.Spreadsheets;

/// <summary>Writes rows of text to a workbook (sheet after sheet, each with a bold header row frozen at the top) or to
/// a CSV file (one table: UTF-8 with a byte order mark, commas, CRLF). Rows are written as they come: nothing of a sheet
/// is held, so a table of any length is written in bounded memory. Not thread-safe.</summary>
public sealed class SpreadsheetWriter : IDisposable
{
    private readonly XlsxWriter? _xlsx;
    private readonly CsvWriter? _csv;
    private bool _started;

    /// <summary>Starts writing to a stream.</summary>
    /// <param name="output">The stream; a workbook needs one that can seek (a file, or memory) and is completed on
    /// <see cref="Dispose"/>. The stream is not closed.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public SpreadsheetWriter(Stream output, SpreadsheetFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        Format = format;
        if (format == SpreadsheetFormat.Xlsx)
        {
            _xlsx = new XlsxWriter(output);
        }
        else
        {
            _csv = new CsvWriter(output);
        }
    }

    /// <summary>Gets the format written.</summary>
    public SpreadsheetFormat Format { get; }

    /// <summary>Starts a sheet with its header row. A CSV file holds one table: a second sheet is refused.</summary>
    /// <param name="name">The sheet's name (a workbook's; up to 31 characters, without <c>: \ / ? * [ ]</c>).</param>
    /// <param name="headers">The column headers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A CSV file already has its table.</exception>
    public void StartSheet(string name, IReadOnlyList<string> headers)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(headers);
        if (_csv is not null)
        {
            if (_started)
            {
                throw new InvalidOperationException("A CSV file holds one table.");
            }

            _csv.WriteRow(headers);
        }
        else
        {
            _xlsx!.StartSheet(name, headers);
        }

        _started = true;
    }

    /// <summary>Writes a row of the current sheet.</summary>
    /// <param name="cells">The cells; null or empty for a blank cell.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No sheet is started.</exception>
    public void WriteRow(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (!_started)
        {
            throw new InvalidOperationException("Start a sheet first.");
        }

        if (_csv is not null)
        {
            _csv.WriteRow(cells);
        }
        else
        {
            _xlsx!.WriteRow(cells);
        }
    }

    /// <summary>Completes the file (a workbook's parts are written here).</summary>
    public void Dispose()
    {
        _csv?.Dispose();
        _xlsx?.Dispose();
    }
}
