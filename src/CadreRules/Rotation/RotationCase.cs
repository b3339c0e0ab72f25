using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The facts of one proposed rotation (luân chuyển): who, when, for how long, from which level to which, and the
/// facts the organisation body states (in planning, under disciplinary review, outstanding, a new title needed).
/// </summary>
/// <remarks>
/// "In planning" is an input fact: this type does not consult a planning list. The months of working time left and the
/// planned duration are computed once, here, in whole months. Immutable and thread-safe.
/// </remarks>
public sealed class RotationCase
{
    /// <summary>Creates the facts of a proposed rotation.</summary>
    /// <param name="cadre">The cadre.</param>
    /// <param name="start">The rotation date (the first day at the destination).</param>
    /// <param name="plannedEnd">The last day of the planned rotation (inclusive).</param>
    /// <param name="fromLevel">The level of the post held before the rotation.</param>
    /// <param name="toLevel">The level of the destination post.</param>
    /// <param name="sameLocality">Whether the destination is in the same locality as the post held before (used only
    /// when the levels are equal, to tell a move between agencies from a move between localities).</param>
    /// <param name="comparison">How the destination post compares with the post held before.</param>
    /// <param name="isInPlanning">Whether the cadre is in planning (trong quy hoạch) for a leadership title.</param>
    /// <param name="isUnderDisciplinaryReview">Whether the cadre is being considered for discipline.</param>
    /// <param name="isOutstanding">Whether the competent level found the cadre's qualities and ability outstanding
    /// (nổi trội), which allows a higher post.</param>
    /// <param name="createsNewTitle">Whether the rotation needs a title that does not exist at the destination.</param>
    /// <param name="purpose">Why the cadre is rotated.</param>
    /// <param name="competentLevelDecision">The reason recorded when the competent level decides a special case on the
    /// working time left, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> or <paramref name="plannedEnd"/> is outside
    /// <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200); <paramref name="plannedEnd"/> is before
    /// <paramref name="start"/>; <paramref name="start"/> is before the birth date; a level is the district level and
    /// <paramref name="start"/> is 01/07/2025 or later (<see cref="AdministrativeLevels.Check(OrganisationalLevel, LocalDate, string)"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined.</exception>
    public RotationCase(
        Cadre cadre,
        LocalDate start,
        LocalDate plannedEnd,
        OrganisationalLevel fromLevel,
        OrganisationalLevel toLevel,
        bool sameLocality,
        PostComparison comparison,
        bool isInPlanning,
        bool isUnderDisciplinaryReview = false,
        bool isOutstanding = false,
        bool createsNewTitle = false,
        RotationPurpose purpose = RotationPurpose.Training,
        string? competentLevelDecision = null)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        DomainCalendar.Check(start, nameof(start));
        DomainCalendar.Check(plannedEnd, nameof(plannedEnd));
        if (plannedEnd < start)
        {
            throw new InputOutOfRangeException(nameof(plannedEnd), plannedEnd, $"The rotation of '{cadre.Id}' ends on {TextFormat.IsoDate(plannedEnd)}, before it starts on {TextFormat.IsoDate(start)}.")
            {
                Text = new($"đợt luân chuyển của '{cadre.Id}' kết thúc ngày {TextFormat.Date(plannedEnd)}, trước ngày bắt đầu {TextFormat.Date(start)}.", $"the rotation of '{cadre.Id}' ends on {TextFormat.Date(plannedEnd)}, before it starts on {TextFormat.Date(start)}."),
            };
        }

        if (start < cadre.BirthDate.Date)
        {
            throw new InputOutOfRangeException(nameof(start), start, $"The rotation of '{cadre.Id}' starts on {TextFormat.IsoDate(start)}, before the birth date {TextFormat.IsoDate(cadre.BirthDate.Date)}.");
        }

        CheckDefined(fromLevel, nameof(fromLevel));
        CheckDefined(toLevel, nameof(toLevel));
        AdministrativeLevels.Check(fromLevel, start, nameof(fromLevel));
        AdministrativeLevels.Check(toLevel, start, nameof(toLevel));
        CheckDefined(comparison, nameof(comparison));
        CheckDefined(purpose, nameof(purpose));
        Cadre = cadre;
        Start = start;
        PlannedEnd = plannedEnd;
        FromLevel = fromLevel;
        ToLevel = toLevel;
        SameLocality = sameLocality;
        Comparison = comparison;
        IsInPlanning = isInPlanning;
        IsUnderDisciplinaryReview = isUnderDisciplinaryReview;
        IsOutstanding = isOutstanding;
        CreatesNewTitle = createsNewTitle;
        Purpose = purpose;
        CompetentLevelDecision = string.IsNullOrWhiteSpace(competentLevelDecision) ? null : competentLevelDecision;
        MonthsLeftAtStart = RetirementSchedule.For(cadre).MonthsLeftAt(start);
        PlannedMonths = Period.Between(start, plannedEnd.PlusDays(1), PeriodUnits.Months).Months;
        Direction = Classify(fromLevel, toLevel, sameLocality);
    }

    /// <summary>Gets the cadre.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the rotation date.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day of the planned rotation (inclusive).</summary>
    public LocalDate PlannedEnd { get; }

    /// <summary>Gets the level of the post held before.</summary>
    public OrganisationalLevel FromLevel { get; }

    /// <summary>Gets the level of the destination.</summary>
    public OrganisationalLevel ToLevel { get; }

    /// <summary>Gets a value indicating whether the destination is in the same locality.</summary>
    public bool SameLocality { get; }

    /// <summary>Gets how the destination post compares with the post held before.</summary>
    public PostComparison Comparison { get; }

    /// <summary>Gets a value indicating whether the cadre is in planning.</summary>
    public bool IsInPlanning { get; }

    /// <summary>Gets a value indicating whether the cadre is being considered for discipline.</summary>
    public bool IsUnderDisciplinaryReview { get; }

    /// <summary>Gets a value indicating whether the cadre was found outstanding.</summary>
    public bool IsOutstanding { get; }

    /// <summary>Gets a value indicating whether a new title would be created.</summary>
    public bool CreatesNewTitle { get; }

    /// <summary>Gets why the cadre is rotated.</summary>
    public RotationPurpose Purpose { get; }

    /// <summary>Gets the reason of a special-case decision of the competent level on the working time left, if any.</summary>
    public string? CompetentLevelDecision { get; }

    /// <summary>Gets the whole months of working time left at the rotation date (retirement month minus the rotation
    /// month, per <see cref="RetirementSchedule.MonthsLeftAt(LocalDate)"/>).</summary>
    public int MonthsLeftAtStart { get; }

    /// <summary>Gets the planned duration in whole months, from <see cref="Start"/> to <see cref="PlannedEnd"/> inclusive.</summary>
    public int PlannedMonths { get; }

    /// <summary>Gets the direction of the rotation.</summary>
    public RotationDirection Direction { get; }

    /// <summary>Classifies a rotation's direction from the two levels.</summary>
    /// <param name="fromLevel">The level of the post held before.</param>
    /// <param name="toLevel">The level of the destination.</param>
    /// <param name="sameLocality">Whether both are in the same locality (matters only for equal levels).</param>
    /// <returns><see cref="RotationDirection.Downward"/> when the destination is a lower level (a higher
    /// <see cref="OrganisationalLevel"/> value), <see cref="RotationDirection.Upward"/> when it is higher, otherwise
    /// <see cref="RotationDirection.BetweenAgencies"/> in the same locality or <see cref="RotationDirection.BetweenLocalities"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public static RotationDirection Classify(OrganisationalLevel fromLevel, OrganisationalLevel toLevel, bool sameLocality)
    {
        CheckDefined(fromLevel, nameof(fromLevel));
        CheckDefined(toLevel, nameof(toLevel));
        return toLevel > fromLevel ? RotationDirection.Downward
            : toLevel < fromLevel ? RotationDirection.Upward
            : sameLocality ? RotationDirection.BetweenAgencies
            : RotationDirection.BetweenLocalities;
    }

    private static void CheckDefined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new InputOutOfRangeException(name, value, $"Unknown {typeof(TEnum).Name}.");
        }
    }
}
