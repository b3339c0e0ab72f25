using System;
using System.IO;

namespace CadreRules.Spreadsheets;

/// <summary>The spreadsheet formats read and written.</summary>
public enum SpreadsheetFormat
{
    /// <summary>Comma- or semicolon-separated values (RFC 4180), UTF-8 with or without a byte order mark.</summary>
    Csv = 0,

    /// <summary>An Office Open XML workbook (Excel 2007 and later, LibreOffice, Google Sheets).</summary>
    Xlsx = 1,
}

/// <summary>Recognises a spreadsheet format from a file's extension.</summary>
public static class SpreadsheetFormats
{
    /// <summary>Recognises <c>.xlsx</c> and <c>.csv</c> (in any case) at the end of a file name.</summary>
    /// <param name="path">The file name or path.</param>
    /// <param name="format">The format recognised.</param>
    /// <returns>Whether the extension names a spreadsheet format.</returns>
    public static bool TryFromPath(string? path, out SpreadsheetFormat format)
    {
        string extension = Path.GetExtension(path ?? string.Empty);
        if (extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            format = SpreadsheetFormat.Xlsx;
            return true;
        }

        format = SpreadsheetFormat.Csv;
        return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);
    }
}
