using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Cli;

/// <summary>A plain-text table with aligned columns (display width counts combining marks as zero), and date formats.</summary>
internal sealed class TextTable
{
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");
    private static readonly YearMonthPattern MonthPattern = YearMonthPattern.CreateWithInvariantCulture("MM/yyyy");

    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers) => _headers = headers;

    public int Count => _rows.Count;

    public static string Date(LocalDate date) => DayPattern.Format(date);

    public static string Month(YearMonth month) => MonthPattern.Format(month);

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with the language's thousands separator ("1.234" in Vietnamese, "1,234" in English).</summary>
    public static string Amount(long value, Rules.Language language) => global::CadreRules.Localization.DisplayFormat.Count(value, language);

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException("Wrong number of cells.", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void Write(TextWriter writer)
    {
        int[] widths = [.. _headers.Select((h, i) => _rows.Select(r => Width(r[i])).Prepend(Width(h)).Max())];
        WriteRow(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (string[] row in _rows)
        {
            WriteRow(writer, row, widths);
        }
    }

    /// <summary>Writes a table whose rows are formatted on demand, twice (once to measure the columns, once to write),
    /// so that no row is kept: memory does not grow with the number of rows. The widths of repeated cells (units, names)
    /// are measured once.</summary>
    public static void Stream<T>(TextWriter writer, string[] headers, IReadOnlyList<T> items, Func<T, string[]> row)
    {
        var cache = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] widths = [.. headers.Select(Width)];
        foreach (T item in items)
        {
            string[] cells = row(item);
            for (int i = 0; i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(cells[i], cache));
            }
        }

        var line = new System.Text.StringBuilder(256);
        WriteRow(writer, headers, widths, line, cache);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (T item in items)
        {
            WriteRow(writer, row(item), widths, line, cache);
        }
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new System.Text.StringBuilder();
        WriteRow(writer, cells, widths, line, null);
    }

    /// <summary>Writes one row: cells padded to their column's width, two spaces apart, trailing white space removed.</summary>
    private static void WriteRow(TextWriter writer, string[] cells, int[] widths, System.Text.StringBuilder line, Dictionary<string, int>? cache)
    {
        line.Clear();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(cells[i]).Append(' ', widths[i] - Width(cells[i], cache));
        }

        int length = line.Length;
        while (length > 0 && char.IsWhiteSpace(line[length - 1]))
        {
            length--;
        }

        line.Length = length;
        writer.WriteLine(line);
    }

    private static int Width(string text) => Width(text, null);

    /// <summary>Whether every character is below U+0300 or in Latin Extended Additional (U+1E00–U+1EFF, the precomposed
    /// Vietnamese letters): none of them is a combining mark, and normalisation to form C keeps each one a single
    /// letter (or a letter and marks), so the display width is the length.</summary>
    private static bool IsLatin(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0300' && (c < '\u1E00' || c > '\u1EFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The display width; Latin text (Vietnamese included) is its length, other text is measured once per
    /// distinct value when a cache is given (up to 65,536 values).</summary>
    private static int Width(string text, Dictionary<string, int>? cache)
    {
        if (IsLatin(text))
        {
            return text.Length;
        }

        if (cache is not null && cache.TryGetValue(text, out int known))
        {
            return known;
        }

        string composed = text.Normalize(System.Text.NormalizationForm.FormC);
        int width = 0;
        foreach (char c in composed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark) && !char.IsLowSurrogate(c))
            {
                width++;
            }
        }

        if (cache is not null && cache.Count < 65_536)
        {
            cache.Add(text, width);
        }

        return width;
    }
}
