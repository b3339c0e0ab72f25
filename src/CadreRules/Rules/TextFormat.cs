using System;
using System.Globalization;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>Culture-independent formatting used by every rendered text (works under invariant globalization).</summary>
internal static class TextFormat
{
    public static string Date(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}");

    public static string IsoDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");

    public static string IsoMonth(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year:0000}-{month.Month:00}");

    public static string Month(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Month:00}/{month.Year:0000}");

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Decimal(decimal value, Language language)
    {
        string text = value.ToString(CultureInfo.InvariantCulture);
        return language == Language.Vietnamese ? text.Replace('.', ',') : text;
    }

    // A count with a thousands separator (a dot in Vietnamese, a comma in English); Localization.DisplayFormat.Count.
    public static string Count(long value, Language language)
    {
        string digits = value.ToString(CultureInfo.InvariantCulture);
        int start = value < 0 ? 1 : 0;
        if (digits.Length - start <= 3)
        {
            return digits;
        }

        char separator = language == Language.Vietnamese ? '.' : ',';
        var text = new System.Text.StringBuilder(digits.Length + (digits.Length / 3));
        text.Append(digits, 0, start);
        int first = (digits.Length - start) % 3;
        if (first == 0)
        {
            first = 3;
        }

        text.Append(digits, start, first);
        for (int i = start + first; i < digits.Length; i += 3)
        {
            text.Append(separator).Append(digits, i, 3);
        }

        return text.ToString();
    }

    // A number with at most two decimals, a decimal comma in Vietnamese; Localization.DisplayFormat.Number.
    public static string Number(decimal value, Language language)
    {
        string text = value.ToString("0.##", CultureInfo.InvariantCulture);
        return language == Language.Vietnamese ? text.Replace('.', ',') : text;
    }

    // A share as a percentage with at most one decimal; Localization.DisplayFormat.Percent.
    public static string Percent(Share share, Language language)
    {
        string text = share.FormatPercent(language, 1);
        return text.EndsWith(",0%", StringComparison.Ordinal) || text.EndsWith(".0%", StringComparison.Ordinal) ? text[..^3] + "%" : text;
    }
}
