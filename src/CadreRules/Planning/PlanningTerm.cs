using System;
using System.Globalization;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>The term (nhiệm kỳ) a planning list prepares for, e.g. 2026–2031, from its first day, for a number of years.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct PlanningTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="start">The first day of the term.</param>
    /// <param name="years">The length in years, 1 to 10 (5 for a congress term).</param>
    /// <exception cref="InputOutOfRangeException"><paramref name="years"/> is outside 1 to 10, or <paramref name="start"/>
    /// is outside <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200).</exception>
    public PlanningTerm(LocalDate start, int years = 5)
    {
        DomainCalendar.Check(start, nameof(start));
        if (years < 1 || years > 10)
        {
            string text = years.ToString(CultureInfo.InvariantCulture);
            throw new InputOutOfRangeException(nameof(years), years, $"A term lasts 1 to 10 years, not {text}.")
            {
                Minimum = "1",
                Maximum = "10",
                Text = new($"một nhiệm kỳ dài từ 1 đến 10 năm, không phải {text}.", $"a term lasts 1 to 10 years, not {text}."),
            };
        }

        Start = start;
        Years = years;
    }

    /// <summary>Gets the first day of the term.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the length in years.</summary>
    public int Years { get; }

    /// <summary>Gets the month of the term's first day.</summary>
    public YearMonth StartMonth => new(Start.Year, Start.Month);

    /// <summary>Formats the term as its years, e.g. <c>2026–2031</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start.Year}–{Start.Year + Years}");
}
