using System;
using System.Globalization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Localization;

/// <summary>
/// How numbers, percentages and dates read to a person, in Vietnamese or English conventions whatever the machine's
/// culture: counts <c>1.234</c> / <c>1,234</c>, numbers <c>92,5</c> / <c>92.5</c>, percentages <c>25,5%</c> /
/// <c>25.5%</c>, dates <c>dd/MM/yyyy</c>, months <c>MM/yyyy</c>.
/// </summary>
/// <remarks>Nothing here reads <see cref="CultureInfo.CurrentCulture"/>; it works under invariant globalization.
/// Thread-safe (pure functions).</remarks>
public static class DisplayFormat
{
    /// <summary>Writes a count with a thousands separator: a dot in Vietnamese (<c>1.234</c>), a comma in English
    /// (<c>1,234</c>). Years and identifiers are not counts: write them with <see cref="Integer(long)"/>.</summary>
    /// <param name="value">The count.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Count(long value, Language language) =>
        TextFormat.Count(value, language);

    /// <summary>Writes a whole number without separators (a year, a rank, an identifier).</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes a number with at most two decimals and no trailing zeros: a decimal comma in Vietnamese
    /// (<c>92,5</c>), a point in English (<c>92.5</c>).</summary>
    /// <param name="value">The number.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Number(decimal value, Language language) =>
        TextFormat.Number(value, language);

    /// <summary>Writes a share as a percentage with at most one decimal, rounded half away from zero: <c>25,5%</c> and
    /// <c>30%</c> in Vietnamese, <c>25.5%</c> and <c>30%</c> in English.</summary>
    /// <param name="share">The share.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public static string Percent(Share share, Language language) =>
        TextFormat.Percent(share, language);

    /// <summary>Writes a date as <c>dd/MM/yyyy</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Date(LocalDate date) => TextFormat.Date(date);

    /// <summary>Writes a month as <c>MM/yyyy</c>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The text.</returns>
    public static string Month(YearMonth month) => TextFormat.Month(month);
}
