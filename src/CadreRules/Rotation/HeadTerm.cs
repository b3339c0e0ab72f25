using System;
using System.Globalization;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>One term (nhiệm kỳ) during which a cadre headed a unit (giữ chức vụ cấp trưởng), by its start and end years,
/// e.g. 2020–2025. Two terms are consecutive when one ends in the year the next starts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record HeadTerm
{
    /// <summary>Creates a term.</summary>
    /// <param name="unit">The unit or locality headed.</param>
    /// <param name="startYear">The year the term starts.</param>
    /// <param name="endYear">The year the term ends, after <paramref name="startYear"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="endYear"/> is not after <paramref name="startYear"/>.</exception>
    public HeadTerm(string unit, int startYear, int endYear)
    {
        ArgumentBounds.NotBlank(unit, nameof(unit));
        if (endYear <= startYear)
        {
            throw new InputOutOfRangeException(nameof(endYear), endYear, string.Create(CultureInfo.InvariantCulture, $"The term at '{unit}' must end after it starts ({startYear}), not in {endYear}."));
        }

        Unit = unit;
        StartYear = startYear;
        EndYear = endYear;
    }

    /// <summary>Gets the unit headed.</summary>
    public string Unit { get; }

    /// <summary>Gets the start year.</summary>
    public int StartYear { get; }

    /// <summary>Gets the end year.</summary>
    public int EndYear { get; }
}
