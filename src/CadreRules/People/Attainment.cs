using System;
using NodaTime;

namespace CadreRules.People;

/// <summary>A qualification level a cadre holds and the date it was obtained (the date on the diploma or certificate).</summary>
/// <typeparam name="TLevel">The kind of level: <see cref="EducationLevel"/>, <see cref="PoliticalTheoryLevel"/> or
/// <see cref="StateManagementLevel"/>.</typeparam>
/// <param name="Level">The level.</param>
/// <param name="ObtainedOn">The date obtained; the level counts from this day on (inclusive).</param>
/// <remarks>An immutable value. The date is checked against <see cref="Rules.DomainCalendar"/> and the birth date where
/// it is used: by <see cref="Cadre.Qualifications"/>.</remarks>
public readonly record struct Attainment<TLevel>(TLevel Level, LocalDate ObtainedOn)
    where TLevel : struct, Enum
{
    /// <summary>Gets a value indicating whether the level is held on a date: obtained on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="ObtainedOn"/> is on or before <paramref name="date"/>.</returns>
    public bool IsHeldOn(LocalDate date) => ObtainedOn <= date;
}
