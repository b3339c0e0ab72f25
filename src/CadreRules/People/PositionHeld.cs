using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.People;

/// <summary>A post a cadre holds or held (chức vụ, chức danh), with its dates.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PositionHeld
{
    /// <summary>Creates a post.</summary>
    /// <param name="title">The title, e.g. "Bí thư Đảng ủy xã".</param>
    /// <param name="unit">The unit or organisation.</param>
    /// <param name="level">The organisational level.</param>
    /// <param name="start">The first day in post (inclusive).</param>
    /// <param name="end">The last day in post (inclusive), or <see langword="null"/> when still held.</param>
    /// <param name="isLeadership">Whether it is a leadership or management post (lãnh đạo, quản lý).</param>
    /// <param name="rank">An ordering of seniority among titles (higher is more senior), or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> or <paramref name="unit"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside
    /// <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200), or <paramref name="end"/> is before <paramref name="start"/>;
    /// or the post is at the district level and starts on 01/07/2025 or later, when that level no longer existed
    /// (<see cref="AdministrativeLevels.Check(OrganisationalLevel, LocalDate, string)"/>; the field is <c>level</c>). A
    /// district post that started earlier is history and is kept, whatever its end.</exception>
    /// <remarks>A post starting before the cadre's birth is refused by <see cref="Cadre"/>, which knows the birth date.</remarks>
    public PositionHeld(string title, string unit, OrganisationalLevel level, LocalDate start, LocalDate? end = null, bool isLeadership = true, int? rank = null)
    {
        ArgumentBounds.NotBlank(title, nameof(title));
        ArgumentBounds.NotBlank(unit, nameof(unit));
        if (!Enum.IsDefined(level))
        {
            throw new InputOutOfRangeException(nameof(level), level, "Unknown organisational level.");
        }

        DomainCalendar.Check(start, nameof(start));
        AdministrativeLevels.Check(level, start, nameof(level));
        if (end is { } e)
        {
            DomainCalendar.Check(e, nameof(end));
            if (e < start)
            {
                throw new InputOutOfRangeException(nameof(end), e, $"The post '{title}' ends on {TextFormat.IsoDate(e)}, before it starts on {TextFormat.IsoDate(start)}.")
                {
                    Text = new($"chức vụ '{title}' kết thúc ngày {TextFormat.Date(e)}, trước ngày bắt đầu {TextFormat.Date(start)}.", $"the post '{title}' ends on {TextFormat.Date(e)}, before it starts on {TextFormat.Date(start)}."),
                };
            }
        }

        Title = title;
        Unit = unit;
        Level = level;
        Start = start;
        End = end;
        IsLeadership = isLeadership;
        Rank = rank;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the organisational level.</summary>
    public OrganisationalLevel Level { get; }

    /// <summary>Gets the first day in post.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day in post, or <see langword="null"/>.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether it is a leadership post.</summary>
    public bool IsLeadership { get; }

    /// <summary>Gets the seniority rank, if known.</summary>
    public int? Rank { get; }

    /// <summary>Tells whether the post is held on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool IsHeldOn(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    /// <summary>Gets the whole months in post from <see cref="Start"/> to a date (or to <see cref="End"/> if earlier).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The whole months, 0 when the date is before the start.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="date"/> is outside <see cref="DomainCalendar"/>.</exception>
    public int MonthsInPostAt(LocalDate date)
    {
        DomainCalendar.Check(date, nameof(date));
        LocalDate until = End is { } e && e < date ? e : date;
        return until <= Start ? 0 : Period.Between(Start, until.PlusDays(1), PeriodUnits.Months).Months;
    }
}
