using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace CadreRules.Rules;

/// <summary>The forgiving readers of dates and shares the engine needs (a regulation selector's date, a parameter's or a
/// data rule's share), below every family; <c>CadreRules.InputValues</c> offers them publicly with the readers of
/// levels, months and choices.</summary>
internal static class ValueParsing
{
    internal const int MaxDecimals = 6;

    /// <summary>Reads a date: <c>dd/MM/yyyy</c> (one or two digits for day and month) or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="date">The date read.</param>
    /// <returns>Whether the text is a date in one of the forms.</returns>
    internal static bool TryParseDate(string? text, out LocalDate date)
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

    /// <summary>Reads a share: a percentage (<c>25%</c>, <c>25,5%</c>, <c>25.5 %</c>), a decimal from 0 to 1
    /// (<c>0.25</c>, <c>0,25</c>), or a fraction (<c>1/4</c>); at most 6 decimals.</summary>
    /// <param name="text">The text.</param>
    /// <param name="share">The exact share read.</param>
    /// <returns>Whether the text is a share in one of the forms.</returns>
    internal static bool TryParseShare(string? text, out Share share)
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
    internal static bool TryParseShare(decimal value, out Share share)
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

    internal static bool Digits(string text, int min, int max, out int value)
    {
        value = 0;
        if (!Digits(text, min, Math.Min(max, 9), out long wide))
        {
            return false;
        }

        value = (int)wide;
        return true;
    }

    internal static bool Digits(string text, int min, int max, out long value)
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
    internal static bool TryDecimal(string text, out decimal value)
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

    internal static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    internal static bool TryShare(Func<Share> build, out Share share)
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
}
