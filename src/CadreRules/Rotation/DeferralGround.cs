using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// One stated ground for deferring a periodic position change, with its dates: a period (start, and end when known)
/// or, for a young child, the child's birth date (the ground lasts until the day before the child is 36 months old).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DeferralGround
{
    /// <summary>Creates a ground.</summary>
    /// <param name="kind">The kind of ground.</param>
    /// <param name="start">The first day of the ground (for a young child: the child's birth date).</param>
    /// <param name="end">The last day (inclusive), or <see langword="null"/> when not known; required for full-time study
    /// (its planned end), ignored for a young child (the end follows from the birth date).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="end"/> is
    /// before <paramref name="start"/>.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside
    /// <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200), or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentException">Full-time study without an <paramref name="end"/> (the message names it).</exception>
    public DeferralGround(DeferralKind kind, LocalDate start, LocalDate? end = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new InputOutOfRangeException(nameof(kind), kind, "Unknown deferral ground.");
        }

        DomainCalendar.Check(start, nameof(start));
        if (end is { } e)
        {
            DomainCalendar.Check(e, nameof(end));
            if (e < start)
            {
                throw new InputOutOfRangeException(nameof(end), e, $"The {kind} ground ends on {TextFormat.IsoDate(e)}, before it starts on {TextFormat.IsoDate(start)}.")
                {
                    Text = new($"căn cứ kết thúc ngày {TextFormat.Date(e)}, trước ngày bắt đầu {TextFormat.Date(start)}.", $"the ground ends on {TextFormat.Date(e)}, before it starts on {TextFormat.Date(start)}."),
                };
            }
        }

        if (kind == DeferralKind.FullTimeStudy && end is null)
        {
            throw new InvalidInputException("Full-time study needs its planned end ('end') to tell whether it lasts 12 months or more.", nameof(end));
        }

        Kind = kind;
        Start = start;
        End = IsChildGround(kind) ? start.PlusMonths(36).PlusDays(-1) : end;
    }

    /// <summary>Gets the kind of ground.</summary>
    public DeferralKind Kind { get; }

    /// <summary>Gets the first day (for a young child: the birth date).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day (inclusive), or <see langword="null"/> when not known. For a young child it is the day
    /// before the child turns 36 months.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets the whole months from <see cref="Start"/> to <see cref="End"/> inclusive, or <see langword="null"/>.</summary>
    public int? Months => End is { } e ? Period.Between(Start, e.PlusDays(1), PeriodUnits.Months).Months : null;

    /// <summary>A woman raising a child under 36 months.</summary>
    /// <param name="childBornOn">The child's birth date.</param>
    /// <returns>The ground, lasting until the day before the child turns 36 months.</returns>
    public static DeferralGround YoungChild(LocalDate childBornOn) => new(DeferralKind.YoungChild, childBornOn);

    /// <summary>A father raising a child under 36 months alone (his wife died, or another objective reason).</summary>
    /// <param name="childBornOn">The child's birth date.</param>
    /// <returns>The ground, lasting until the day before the child turns 36 months.</returns>
    public static DeferralGround FatherRaisingChildAlone(LocalDate childBornOn) => new(DeferralKind.FatherRaisingChildAlone, childBornOn);

    /// <summary>Tells whether the ground covers a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ date ≤ <see cref="End"/> (open-ended when unknown).</returns>
    public bool IsActiveOn(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    internal static bool IsChildGround(DeferralKind kind) => kind is DeferralKind.YoungChild or DeferralKind.FatherRaisingChildAlone;
}
