using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The facts of one proposed transfer (điều động) or secondment (biệt phái): who, from which level to which, when it
/// starts and (for a secondment) when it is planned to end, the bars of NĐ 170/2025/NĐ-CP Điều 25 that apply to the
/// person, and whether the person asked to be moved.
/// </summary>
/// <remarks>A rotation is described by a <see cref="RotationCase"/> instead. Immutable and thread-safe.</remarks>
public sealed class MovementCase
{
    /// <summary>Creates the facts of a proposed transfer or secondment.</summary>
    /// <param name="cadre">The person moved.</param>
    /// <param name="kind"><see cref="MovementKind.Transfer"/> or <see cref="MovementKind.Secondment"/>.</param>
    /// <param name="start">The first day at the destination.</param>
    /// <param name="plannedEnd">For a secondment, the last day planned (inclusive), or <see langword="null"/> when not
    /// yet set; a transfer has none.</param>
    /// <param name="fromLevel">The level of the post held before.</param>
    /// <param name="toLevel">The level of the destination.</param>
    /// <param name="sameLocality">Whether the destination is in the same locality (matters only for equal levels).</param>
    /// <param name="bars">The bars that apply to the person on the start date (each at most once; order ignored).</param>
    /// <param name="requestedByPerson">Whether the person asked to be moved, which lifts the bars that allow it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> or <paramref name="bars"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">A date is outside <see cref="DomainCalendar"/>; the kind is a
    /// rotation or not defined; a level or bar is not defined; a transfer has a planned end; the planned end is before
    /// the start; the start is before the birth date; a level is the district level and the start is 01/07/2025 or
    /// later (<see cref="AdministrativeLevels.Check(OrganisationalLevel, LocalDate, string)"/>).</exception>
    public MovementCase(
        Cadre cadre,
        MovementKind kind,
        LocalDate start,
        LocalDate? plannedEnd,
        OrganisationalLevel fromLevel,
        OrganisationalLevel toLevel,
        bool sameLocality,
        IEnumerable<MovementBar> bars,
        bool requestedByPerson = false)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(bars);
        if (kind is not (MovementKind.Transfer or MovementKind.Secondment))
        {
            throw new InputOutOfRangeException(nameof(kind), kind, $"A movement case is a transfer or a secondment, not '{kind}'; a rotation is a RotationCase.");
        }

        DomainCalendar.Check(start, nameof(start));
        if (plannedEnd is { } end)
        {
            DomainCalendar.Check(end, nameof(plannedEnd));
            if (kind == MovementKind.Transfer)
            {
                throw new InputOutOfRangeException(nameof(plannedEnd), end, $"The transfer of '{cadre.Id}' has a planned end: a transfer is not for a fixed period.");
            }

            if (end < start)
            {
                throw new InputOutOfRangeException(nameof(plannedEnd), end, $"The secondment of '{cadre.Id}' ends on {TextFormat.IsoDate(end)}, before it starts on {TextFormat.IsoDate(start)}.")
                {
                    Text = new($"đợt biệt phái của '{cadre.Id}' kết thúc ngày {TextFormat.Date(end)}, trước ngày bắt đầu {TextFormat.Date(start)}.", $"the secondment of '{cadre.Id}' ends on {TextFormat.Date(end)}, before it starts on {TextFormat.Date(start)}."),
                };
            }
        }

        if (start < cadre.BirthDate.Date)
        {
            throw new InputOutOfRangeException(nameof(start), start, $"The movement of '{cadre.Id}' starts on {TextFormat.IsoDate(start)}, before the birth date {TextFormat.IsoDate(cadre.BirthDate.Date)}.");
        }

        CheckDefined(fromLevel, nameof(fromLevel));
        CheckDefined(toLevel, nameof(toLevel));
        AdministrativeLevels.Check(fromLevel, start, nameof(fromLevel));
        AdministrativeLevels.Check(toLevel, start, nameof(toLevel));
        MovementBar[] all = [.. bars];
        foreach (MovementBar bar in all)
        {
            CheckDefined(bar, nameof(bars));
        }

        Cadre = cadre;
        Kind = kind;
        Start = start;
        PlannedEnd = plannedEnd;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        SameLocality = sameLocality;
        Bars = [.. all.Distinct().Order()];
        RequestedByPerson = requestedByPerson;
        Direction = RotationCase.Classify(fromLevel, toLevel, sameLocality);
    }

    /// <summary>Gets the person moved.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the kind: a transfer or a secondment.</summary>
    public MovementKind Kind { get; }

    /// <summary>Gets the first day at the destination.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day planned for a secondment (inclusive), if set.</summary>
    public LocalDate? PlannedEnd { get; }

    /// <summary>Gets the level of the post held before.</summary>
    public OrganisationalLevel FromLevel { get; }

    /// <summary>Gets the level of the destination.</summary>
    public OrganisationalLevel ToLevel { get; }

    /// <summary>Gets a value indicating whether the destination is in the same locality.</summary>
    public bool SameLocality { get; }

    /// <summary>Gets the bars that apply on the start date, without repeats, in the enum's order.</summary>
    public ImmutableArray<MovementBar> Bars { get; }

    /// <summary>Gets a value indicating whether the person asked to be moved.</summary>
    public bool RequestedByPerson { get; }

    /// <summary>Gets the direction, classified as for a rotation (<see cref="RotationCase.Classify"/>).</summary>
    public RotationDirection Direction { get; }

    private static void CheckDefined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new InputOutOfRangeException(name, value, $"Unknown {typeof(TEnum).Name}.");
        }
    }
}
