using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CadreRules.Localization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Spreadsheets;

/// <summary>The kinds of value a column holds, each read by the library's forgiving parsers (<see cref="InputValues"/>).</summary>
internal enum ValueKind
{
    Text,
    Integer,
    Number,
    Boolean,
    Date,
    Month,
    BirthDate,
    Choice,
    Share,
}

/// <summary>A column of a sheet: where its value goes in the document (<c>$.year</c> for the document, <c>tasks.total</c>
/// for an item, <c>positions[].title</c> for an element of an item's list), its headers, its kind, an example and a note.</summary>
internal sealed record SheetColumn(string Path, string Header, string EnglishHeader, ValueKind Kind, bool Required, string Example, LocalizedText Note)
{
    /// <summary>Gets the choices' canonical (camelCase) names and their words, for a choice column.</summary>
    public IReadOnlyList<(string Name, LocalizedText? Word)> Choices { get; init; } = [];

    /// <summary>Gets the parser of a choice column: the text to the canonical name, or null.</summary>
    public Func<string, string?>? Choose { get; init; }

    /// <summary>Gets whether the value belongs to the document (the same on every row).</summary>
    public bool IsDocument => Path.StartsWith("$.", StringComparison.Ordinal);

    /// <summary>Gets the list the value belongs to (<c>positions</c>), or null.</summary>
    public string? Group => Path.IndexOf("[]", StringComparison.Ordinal) is var at and > 0 ? Path[..at] : null;

    /// <summary>Gets the forms accepted, for the guide and the errors.</summary>
    public LocalizedText Forms => Kind switch
    {
        ValueKind.Integer => new LocalizedText("một số nguyên (10)", "a whole number (10)"),
        ValueKind.Number => new LocalizedText("một số, phần thập phân sau dấu phẩy hoặc dấu chấm (28,5)", "a number, with a decimal comma or point (28.5)"),
        ValueKind.Boolean => new LocalizedText("có hoặc không (cũng nhận x, yes/no, true/false, 1/0; để trống là không)", "yes or no (also có/không, x, true/false, 1/0; blank is no)"),
        ValueKind.Date => InputValues.DateForms,
        ValueKind.Month => InputValues.MonthForms,
        ValueKind.BirthDate => InputValues.BirthDateForms,
        ValueKind.Share => InputValues.ShareForms,
        ValueKind.Choice => new LocalizedText(
            "một trong: " + string.Join("; ", Choices.Select(c => c.Word is { } w ? $"{w.Vietnamese} ({c.Name})" : c.Name)) + " (không phân biệt hoa thường)",
            "one of: " + string.Join("; ", Choices.Select(c => c.Word is { } w ? $"{w.English} ({c.Name})" : c.Name)) + " (any case)"),
        _ => new LocalizedText("văn bản", "text"),
    };

    public static SheetColumn Text(string path, string header, string english, bool required, string example, string vi, string en) =>
        new(path, header, english, ValueKind.Text, required, example, new LocalizedText(vi, en));

    public static SheetColumn Of(ValueKind kind, string path, string header, string english, bool required, string example, string vi, string en) =>
        new(path, header, english, kind, required, example, new LocalizedText(vi, en));

    public static SheetColumn Choice<TEnum>(string path, string header, string english, bool required, string example, string vi, string en)
        where TEnum : struct, Enum =>
        new(path, header, english, ValueKind.Choice, required, example, new LocalizedText(vi, en))
        {
            Choices = [.. Enum.GetValues<TEnum>().Select(v => (Camel(v.ToString()), Terms.Find(typeof(TEnum), v.ToString())))],
            Choose = text => InputValues.TryParseChoice(text, out TEnum value) ? Camel(value.ToString()) : null,
        };

    /// <summary>Reads a cell into the JSON value it stands for (a string, a number or a boolean); false when refused.</summary>
    /// <param name="text">The cell's text, trimmed, not empty.</param>
    /// <param name="fromWorkbook">Whether the cell came from a workbook (where a date may be a serial number).</param>
    /// <param name="value">The value: <see cref="string"/>, <see cref="decimal"/>, <see cref="long"/>, <see cref="bool"/>
    /// or <see cref="Rules.Share"/> (written as <c>{"numerator", "denominator"}</c>).</param>
    public bool TryRead(string text, bool fromWorkbook, out object value)
    {
        value = text;
        switch (Kind)
        {
            case ValueKind.Integer:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long whole))
                {
                    value = whole;
                    return true;
                }

                // A workbook may store a whole number as 10.0 (or 9.9999999999999982 after arithmetic).
                if (fromWorkbook && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal stored) && Math.Round(stored) == Math.Round(stored, 9))
                {
                    value = (long)Math.Round(stored);
                    return true;
                }

                return false;
            case ValueKind.Number:
                string number = text.Replace(',', '.');
                if (number.Count(c => c == '.') <= 1 && decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | (fromWorkbook ? NumberStyles.AllowExponent : 0), CultureInfo.InvariantCulture, out decimal real))
                {
                    value = fromWorkbook ? Math.Round(real, 9) : real;
                    return true;
                }

                return false;
            case ValueKind.Boolean:
                switch (text.ToLowerInvariant())
                {
                    case "có" or "co" or "x" or "yes" or "y" or "true" or "1" or "đúng" or "c":
                        value = true;
                        return true;
                    case "không" or "khong" or "no" or "n" or "false" or "0" or "sai" or "k":
                        value = false;
                        return true;
                    default:
                        return false;
                }

            case ValueKind.Date:
                if (InputValues.TryParseDate(text, out LocalDate date) || (fromWorkbook && TrySerial(text, out date)))
                {
                    value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case ValueKind.Month:
                if (InputValues.TryParseMonth(text, out YearMonth month))
                {
                    value = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    return true;
                }

                if (fromWorkbook && TrySerial(text, out LocalDate first) && first.Day == 1)
                {
                    value = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                    return true;
                }

                return false;
            case ValueKind.BirthDate:
                if (fromWorkbook && text.Length >= 5 && TrySerial(text, out LocalDate born))
                {
                    value = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    return true;
                }

                if (InputValues.TryParseBirthDate(text, out People.BirthDate birth))
                {
                    value = Iso(birth);
                    return true;
                }

                return false;
            case ValueKind.Share:
                // A workbook's percentage cell holds a binary fraction (0.15 may be 0.15000000000000002): six decimals.
                if (InputValues.TryParseShare(text, out Rules.Share share)
                    || (fromWorkbook && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal fraction) && InputValues.TryParseShare(Math.Round(fraction, 6), out share)))
                {
                    value = share;
                    return true;
                }

                return false;
            case ValueKind.Choice:
                if (Choose!(text) is { } name)
                {
                    value = name;
                    return true;
                }

                return false;
            default:
                return true;
        }
    }

    /// <summary>An Excel date serial (days since 30/12/1899, as Excel counts them) between 1900 and 9999.</summary>
    private static bool TrySerial(string text, out LocalDate date)
    {
        date = default;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial) || serial < 1 || serial >= 2958466 || serial != Math.Floor(serial))
        {
            return false;
        }

        date = new LocalDate(1899, 12, 30).PlusDays((int)serial);
        return true;
    }

    /// <summary>A birth date in the ISO form of its precision: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    private static string Iso(People.BirthDate birth) => birth.Precision switch
    {
        People.BirthDatePrecision.Day => birth.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        People.BirthDatePrecision.Month => birth.Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => birth.Date.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
