using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;
using NodaTime.Text;

namespace CadreRules;

/// <summary>
/// The one place where the values a person types or fills in are read, as forgivingly as their meaning allows, for the
/// command line, the JSON documents, the case files and the variant overrides alike.
/// </summary>
/// <remarks>
/// <para>Accepted forms (surrounding spaces ignored):</para>
/// <list type="bullet">
/// <item><description>Dates: <c>dd/MM/yyyy</c> (day and month with one or two digits: <c>1/1/2026</c>) or ISO
/// <c>yyyy-MM-dd</c>.</description></item>
/// <item><description>Months: <c>MM/yyyy</c> (<c>8/2026</c>) or ISO <c>yyyy-MM</c>.</description></item>
/// <item><description>Birth dates: a date, a month or a year (<c>1965</c>); the form is the precision.</description></item>
/// <item><description>Levels: <c>HTXS</c>, <c>HTT</c>, <c>HTNV</c>, <c>KHT</c>, the names <c>excellent</c>,
/// <c>good</c>, <c>complete</c>, <c>notComplete</c>, or the Vietnamese or English words (<c>Hoàn thành tốt nhiệm vụ</c>),
/// in any case.</description></item>
/// <item><description>Shares: a percentage <c>25%</c>, <c>25,5%</c> or <c>25.5%</c> (up to 6 decimals), a decimal from 0
/// to 1 <c>0.25</c> or <c>0,25</c> (up to 6 decimals), or a fraction <c>1/4</c>.</description></item>
/// <item><description>Choices: a name in any case, with or without separators (<c>notComplete</c>, <c>NOT_COMPLETE</c>,
/// <c>not-complete</c>), or its Vietnamese or English word (<see cref="Terms"/>); a word two names share is
/// refused.</description></item>
/// </list>
/// <para>Every other text is refused (<see langword="false"/>); callers report it with its location (the option's name
/// or the JSON path) and the forms expected (<see cref="DateForms"/>, <see cref="ShareForms"/>…) through
/// <see cref="Error(string, string?, LocalizedText, Language)"/>. Nothing reads the machine's culture. Thread-safe.</para>
/// </remarks>
public static class InputValues
{

    /// <summary>Gets the accepted forms of a date, for an error message ("expected …").</summary>
    public static LocalizedText DateForms { get; } = new(
        "một ngày dạng dd/MM/yyyy (01/01/2026) hoặc yyyy-MM-dd (2026-01-01)",
        "a date as dd/MM/yyyy (01/01/2026) or yyyy-MM-dd (2026-01-01)");

    /// <summary>Gets the accepted forms of a month.</summary>
    public static LocalizedText MonthForms { get; } = new(
        "một tháng dạng MM/yyyy (08/2026) hoặc yyyy-MM (2026-08)",
        "a month as MM/yyyy (08/2026) or yyyy-MM (2026-08)");

    /// <summary>Gets the accepted forms of a birth date.</summary>
    public static LocalizedText BirthDateForms { get; } = new(
        "một ngày sinh dạng dd/MM/yyyy, MM/yyyy hoặc yyyy (hoặc yyyy-MM-dd, yyyy-MM)",
        "a birth date as dd/MM/yyyy, MM/yyyy or yyyy (or yyyy-MM-dd, yyyy-MM)");

    /// <summary>Gets the accepted forms of a quality level.</summary>
    public static LocalizedText LevelForms { get; } = new(
        "một mức xếp loại: HTXS, HTT, HTNV, KHT (hoặc excellent, good, complete, notComplete)",
        "a level: HTXS, HTT, HTNV, KHT (or excellent, good, complete, notComplete)");

    /// <summary>Gets the accepted forms of a share.</summary>
    public static LocalizedText ShareForms { get; } = new(
        "một tỷ lệ dạng 25%, 25,5%, 0,25 (từ 0 đến 1) hoặc phân số 1/4",
        "a share as 25%, 25.5%, 0.25 (from 0 to 1) or a fraction 1/4");

    /// <summary>Gets the accepted forms of a choice among names.</summary>
    /// <param name="choices">The names accepted.</param>
    /// <returns>"one of a, b, c" in both languages.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public static LocalizedText ChoiceForms(IEnumerable<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        string list = string.Join(", ", choices);
        return new LocalizedText("một trong các giá trị " + list, "one of " + list);
    }

    /// <summary>Writes the error for a value that was refused: where it was, what was given, what is accepted, in the
    /// output language (<c>--as-of: '32/01/2026' không đọc được; cần một ngày dạng …</c>).</summary>
    /// <param name="location">Where the value was: an option's name or a JSON path.</param>
    /// <param name="text">The text given.</param>
    /// <param name="expected">The forms accepted (<see cref="DateForms"/>, <see cref="ShareForms"/>…).</param>
    /// <param name="language">The language.</param>
    /// <returns>The message, on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> or <paramref name="expected"/> is null.</exception>
    public static string Error(string location, string? text, LocalizedText expected, Language language)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(expected);
        string given = OneLine(text ?? string.Empty);
        return language == Language.Vietnamese
            ? $"{location}: '{given}' không đọc được; cần {expected.Vietnamese}."
            : $"{location}: '{given}' is not understood; expected {expected.English}.";
    }

    /// <summary>Reads a date: <c>dd/MM/yyyy</c> (one or two digits for day and month) or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read.</param>
    /// <returns>Whether the text is a date in one of the forms.</returns>
    public static bool TryParseDate(string? text, out LocalDate date) =>
        ValueParsing.TryParseDate(text, out date);

    /// <summary>Reads a month: <c>MM/yyyy</c> (one or two digits for the month) or <c>yyyy-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="month">The month read.</param>
    /// <returns>Whether the text is a month in one of the forms.</returns>
    public static bool TryParseMonth(string? text, out YearMonth month)
    {
        month = default;
        string value = (text ?? string.Empty).Trim();
        if (value.Contains('/', StringComparison.Ordinal))
        {
            string[] parts = value.Split('/');
            if (parts.Length == 2 && ValueParsing.Digits(parts[0], 1, 2, out int m) && ValueParsing.Digits(parts[1], 4, 4, out int y) && m is >= 1 and <= 12)
            {
                month = new YearMonth(y, m);
                return true;
            }

            return false;
        }

        ParseResult<YearMonth> iso = YearMonthPattern.Iso.Parse(value);
        if (iso.Success && value.Length == 7)
        {
            month = iso.Value;
            return true;
        }

        return false;
    }

    /// <summary>Reads a birth date as precise as it is known: a date (<see cref="TryParseDate(string?, out LocalDate)"/>),
    /// a month (<see cref="TryParseMonth(string?, out YearMonth)"/>) or a year (<c>yyyy</c>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="birthDate">The birth date read, with the precision of its form.</param>
    /// <returns>Whether the text is a birth date in one of the forms (the library's own bounds are checked by
    /// <see cref="BirthDate"/>'s factories, which may still refuse it).</returns>
    public static bool TryParseBirthDate(string? text, out BirthDate birthDate)
    {
        birthDate = default;
        string value = (text ?? string.Empty).Trim();
        try
        {
            if (TryParseDate(value, out LocalDate date))
            {
                birthDate = BirthDate.Of(date);
                return true;
            }

            if (TryParseMonth(value, out YearMonth month))
            {
                birthDate = BirthDate.OfMonth(month.Year, month.Month);
                return true;
            }

            if (ValueParsing.Digits(value, 4, 4, out int year))
            {
                birthDate = BirthDate.OfYear(year);
                return true;
            }
        }
        catch (ArgumentException)
        {
            // Outside the library's range of birth dates.
        }

        return false;
    }

    /// <summary>Reads a quality level: <c>HTXS</c>, <c>HTT</c>, <c>HTNV</c>, <c>KHT</c>, the names <c>excellent</c>,
    /// <c>good</c>, <c>complete</c>, <c>notComplete</c>, or their Vietnamese or English words, in any case.</summary>
    /// <param name="text">The text.</param>
    /// <param name="level">The level read.</param>
    /// <returns>Whether the text names a level.</returns>
    public static bool TryParseLevel(string? text, out EvaluationLevel level) => TryParseChoice(text, out level);

    /// <summary>Reads a share: a percentage (<c>25%</c>, <c>25,5%</c>, <c>25.5 %</c>), a decimal from 0 to 1
    /// (<c>0.25</c>, <c>0,25</c>), or a fraction (<c>1/4</c>); at most 6 decimals.</summary>
    /// <param name="text">The text.</param>
    /// <param name="share">The exact share read.</param>
    /// <returns>Whether the text is a share in one of the forms.</returns>
    public static bool TryParseShare(string? text, out Share share) =>
        ValueParsing.TryParseShare(text, out share);

    /// <summary>Reads a share given as a decimal from 0 to 1 (a JSON number such as <c>0.25</c>), at most 6 decimals.</summary>
    /// <param name="value">The decimal.</param>
    /// <param name="share">The exact share read.</param>
    /// <returns>Whether the number is from 0 to 1 with at most 6 decimals.</returns>
    public static bool TryParseShare(decimal value, out Share share) =>
        ValueParsing.TryParseShare(value, out share);

    /// <summary>Reads one of an enum's members: its name in any case, with or without separators (<c>notComplete</c>,
    /// <c>NOT_COMPLETE</c>), or its Vietnamese or English word (<see cref="Terms"/>), or the abbreviation the word
    /// gives in parentheses (<c>HTT</c>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The member read.</param>
    /// <returns>Whether the text names exactly one member.</returns>
    public static bool TryParseChoice<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum =>
        ChoiceWords.TryParse(text, out value);

    /// <summary>Reads one of a list of names (a parameter's choices): a name in any case, with or without separators,
    /// or the Vietnamese or English word of an enum member of that name (<see cref="Terms"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="choices">The names accepted, as they are written canonically.</param>
    /// <param name="choice">The canonical name read.</param>
    /// <returns>Whether the text names exactly one of the choices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public static bool TryParseChoice(string? text, IEnumerable<string> choices, out string choice) =>
        ChoiceWords.TryParse(text, choices, out choice);

    private static string OneLine(string text)
    {
        var line = new StringBuilder(Math.Min(text.Length, 80));
        foreach (char c in text.Length > 80 ? text[..77] + "..." : text)
        {
            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return line.ToString();
    }
}
