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
    private const int MaxDecimals = 6;

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
    public static bool TryParseDate(string? text, out LocalDate date)
    {
        date = default;
        string value = (text ?? string.Empty).Trim();
        if (value.Contains('/', StringComparison.Ordinal))
        {
            string[] parts = value.Split('/');
            return parts.Length == 3 && Digits(parts[0], 1, 2, out int day) && Digits(parts[1], 1, 2, out int month) && Digits(parts[2], 4, 4, out int year)
                && TryDate(year, month, day, out date);
        }

        ParseResult<LocalDate> iso = LocalDatePattern.Iso.Parse(value);
        if (iso.Success && value.Length == 10)
        {
            date = iso.Value;
            return true;
        }

        return false;
    }

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
            if (parts.Length == 2 && Digits(parts[0], 1, 2, out int m) && Digits(parts[1], 4, 4, out int y) && m is >= 1 and <= 12)
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

            if (Digits(value, 4, 4, out int year))
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
    public static bool TryParseShare(string? text, out Share share)
    {
        share = default;
        string value = (text ?? string.Empty).Trim();
        if (value.EndsWith('%'))
        {
            return TryDecimal(value[..^1].TrimEnd(), out decimal percent) && TryShare(() => Share.Percent(percent), out share);
        }

        if (value.Contains('/', StringComparison.Ordinal))
        {
            string[] parts = value.Split('/');
            return parts.Length == 2 && Digits(parts[0].Trim(), 1, 18, out long numerator) && Digits(parts[1].Trim(), 1, 18, out long denominator)
                && denominator >= 1 && TryShare(() => Share.Of(numerator, denominator), out share);
        }

        return TryDecimal(value, out decimal fraction) && TryParseShare(fraction, out share);
    }

    /// <summary>Reads a share given as a decimal from 0 to 1 (a JSON number such as <c>0.25</c>), at most 6 decimals.</summary>
    /// <param name="value">The decimal.</param>
    /// <param name="share">The exact share read.</param>
    /// <returns>Whether the number is from 0 to 1 with at most 6 decimals.</returns>
    public static bool TryParseShare(decimal value, out Share share)
    {
        share = default;
        if (value < 0 || value > 1)
        {
            return false;
        }

        decimal scaled = value * 1_000_000m;
        if (scaled != decimal.Truncate(scaled))
        {
            return false;
        }

        share = Share.Of((long)scaled, 1_000_000);
        return true;
    }

    /// <summary>Reads one of an enum's members: its name in any case, with or without separators (<c>notComplete</c>,
    /// <c>NOT_COMPLETE</c>), or its Vietnamese or English word (<see cref="Terms"/>), or the abbreviation the word
    /// gives in parentheses (<c>HTT</c>).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="text">The text.</param>
    /// <param name="value">The member read.</param>
    /// <returns>Whether the text names exactly one member.</returns>
    public static bool TryParseChoice<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        string key = Key(text);
        if (key.Length > 0 && (ChoiceTable<TEnum>.ByName.TryGetValue(key, out value) || ChoiceTable<TEnum>.ByWord.TryGetValue(key, out value)))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Reads one of a list of names (a parameter's choices): a name in any case, with or without separators,
    /// or the Vietnamese or English word of an enum member of that name (<see cref="Terms"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="choices">The names accepted, as they are written canonically.</param>
    /// <param name="choice">The canonical name read.</param>
    /// <returns>Whether the text names exactly one of the choices.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="choices"/> is null.</exception>
    public static bool TryParseChoice(string? text, IEnumerable<string> choices, out string choice)
    {
        ArgumentNullException.ThrowIfNull(choices);
        choice = string.Empty;
        string key = Key(text);
        if (key.Length == 0)
        {
            return false;
        }

        string[] names = [.. choices];
        if (names.FirstOrDefault(n => Key(n) == key) is { } byName)
        {
            choice = byName;
            return true;
        }

        string[] byWord = [.. names.Where(n => Terms.ForName(n).Any(t => Words(t).Contains(key)))];
        if (byWord.Length == 1)
        {
            choice = byWord[0];
            return true;
        }

        return false;
    }

    /// <summary>The comparison key of a name or word: Unicode-composed, lower case, without spaces, hyphens,
    /// underscores or dots.</summary>
    private static string Key(string? text)
    {
        string value = (text ?? string.Empty).Normalize(NormalizationForm.FormC);
        var key = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            if (!char.IsWhiteSpace(c) && c is not '-' and not '_' and not '.')
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    /// <summary>The keys a term is accepted by: each language's word, without a trailing "(ABBR)", and the abbreviation.</summary>
    private static HashSet<string> Words(LocalizedText term)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in new[] { term.Vietnamese, term.English })
        {
            words.Add(Key(word));
            int open = word.LastIndexOf('(');
            if (open > 0 && word.EndsWith(')'))
            {
                words.Add(Key(word[..open]));
                words.Add(Key(word[(open + 1)..^1]));
            }
        }

        return words;
    }

    /// <summary>An enum's members by the keys of their names, and by the keys of their words (a word two members share
    /// is left out: it names neither).</summary>
    private static class ChoiceTable<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
            .GroupBy(m => Key(m.ToString()), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public static readonly FrozenDictionary<string, TEnum> ByWord = Enum.GetValues<TEnum>()
            .SelectMany(m => Terms.Find(typeof(TEnum), m.ToString()) is { } term ? Words(term).Select(w => (Word: w, Member: m)) : [])
            .GroupBy(p => p.Word, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Member).Distinct().Count() == 1 && !ByName.ContainsKey(g.Key))
            .ToFrozenDictionary(g => g.Key, g => g.First().Member, StringComparer.Ordinal);
    }

    private static bool Digits(string text, int min, int max, out int value)
    {
        value = 0;
        if (!Digits(text, min, Math.Min(max, 9), out long wide))
        {
            return false;
        }

        value = (int)wide;
        return true;
    }

    private static bool Digits(string text, int min, int max, out long value)
    {
        value = 0;
        if (text.Length < min || text.Length > max)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A non-negative decimal with a point or a comma, at most 6 decimals, no sign and no grouping.</summary>
    private static bool TryDecimal(string text, out decimal value)
    {
        value = 0;
        string[] parts = text.Replace(',', '.').Split('.');
        if (parts.Length > 2 || parts[0].Length == 0 || !parts.All(p => p.All(c => c is >= '0' and <= '9')))
        {
            return false;
        }

        if (parts.Length == 2 && (parts[1].Length == 0 || parts[1].Length > MaxDecimals))
        {
            return false;
        }

        return parts[0].Length <= 18 && decimal.TryParse(string.Join('.', parts), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryShare(Func<Share> build, out Share share)
    {
        try
        {
            share = build();
            return true;
        }
        catch (ArgumentException)
        {
            share = default;
            return false;
        }
    }

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
