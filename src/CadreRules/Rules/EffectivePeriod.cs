using System;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// The dates on which a regulation is in force: from <see cref="Start"/> to <see cref="End"/>, both inclusive,
/// or open-ended when <see cref="End"/> is <see langword="null"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct EffectivePeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day in force (inclusive).</param>
    /// <param name="end">The last day in force (inclusive), or <see langword="null"/> when still in force.</param>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> or <paramref name="end"/> is outside
    /// <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200), or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public EffectivePeriod(LocalDate start, LocalDate? end)
    {
        DomainCalendar.Check(start, nameof(start));
        if (end is { } e)
        {
            DomainCalendar.Check(e, nameof(end));
            if (e < start)
            {
                throw new InputOutOfRangeException(nameof(end), e, $"The period ends on {TextFormat.IsoDate(e)}, before it starts on {TextFormat.IsoDate(start)}.")
                {
                    Text = new($"thời hạn kết thúc ngày {TextFormat.Date(e)}, trước ngày bắt đầu {TextFormat.Date(start)}.", $"the period ends on {TextFormat.Date(e)}, before it starts on {TextFormat.Date(start)}."),
                };
            }
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first day in force (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day in force (inclusive), or <see langword="null"/> when open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Creates an open-ended period.</summary>
    /// <param name="start">The first day in force.</param>
    /// <returns>The period.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> is outside <see cref="DomainCalendar"/>.</exception>
    public static EffectivePeriod From(LocalDate start) => new(start, null);

    /// <summary>Creates a closed period.</summary>
    /// <param name="start">The first day in force.</param>
    /// <param name="end">The last day in force (inclusive).</param>
    /// <returns>The period.</returns>
    /// <exception cref="InputOutOfRangeException">A date is outside <see cref="DomainCalendar"/>, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static EffectivePeriod Between(LocalDate start, LocalDate end) => new(start, end);

    /// <summary>Tells whether the period contains a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    /// <summary>Tells whether two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(EffectivePeriod other) =>
        (End is null || other.Start <= End.Value) && (other.End is null || Start <= other.End.Value);

    /// <summary>Tells whether this period contains the whole of another.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when every day of <paramref name="other"/> is in this period.</returns>
    public bool Covers(EffectivePeriod other) =>
        other.Start >= Start && (End is null || (other.End is not null && other.End.Value <= End.Value));

    /// <inheritdoc />
    public override string ToString() =>
        End is null ? $"{TextFormat.Date(Start)} → …" : $"{TextFormat.Date(Start)} → {TextFormat.Date(End.Value)}";
}
