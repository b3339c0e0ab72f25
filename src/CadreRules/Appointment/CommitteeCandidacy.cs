using System;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>The facts of one candidacy for a party committee of the 2025–2030 term: who, at which level, first time or
/// re-election, and whether for provincial deputy secretary.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CommitteeCandidacy
{
    /// <summary>Creates the facts.</summary>
    /// <param name="cadre">The candidate.</param>
    /// <param name="level">The committee level.</param>
    /// <param name="isReElection">Whether the candidate sits on the committee now and stands again (tái cử).</param>
    /// <param name="isProvincialDeputySecretary">Whether the candidate is proposed as provincial deputy secretary.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined, or the candidate is born
    /// after the level's age month.</exception>
    public CommitteeCandidacy(Cadre cadre, CommitteeLevel level, bool isReElection, bool isProvincialDeputySecretary = false)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        if (!Enum.IsDefined(level))
        {
            throw new InputOutOfRangeException(nameof(level), level, "Unknown committee level.");
        }

        Cadre = cadre;
        Level = level;
        IsReElection = isReElection;
        IsProvincialDeputySecretary = isProvincialDeputySecretary;
        AgeMonth = AgeMonthOf(level);
        if (cadre.BirthDate.Month > AgeMonth)
        {
            throw new InputOutOfRangeException(nameof(cadre), cadre.BirthDate, $"The candidate '{cadre.Id}' is born ({cadre.BirthDate}) after the level's age month {TextFormat.IsoMonth(AgeMonthOf(level))}.");
        }

        MonthsLeft = RetirementSchedule.For(cadre).MonthsLeftAt(AgeMonth);
    }

    /// <summary>Gets the candidate.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the committee level.</summary>
    public CommitteeLevel Level { get; }

    /// <summary>Gets a value indicating whether it is a re-election.</summary>
    public bool IsReElection { get; }

    /// <summary>Gets a value indicating whether the candidate is proposed as provincial deputy secretary.</summary>
    public bool IsProvincialDeputySecretary { get; }

    /// <summary>Gets the month at which age is counted for the level.</summary>
    public YearMonth AgeMonth { get; }

    /// <summary>Gets the whole months of working time left at <see cref="AgeMonth"/>.</summary>
    public int MonthsLeft { get; }

    /// <summary>Gets the month at which age is counted for a level (Chỉ thị 45-CT/TW).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static YearMonth AgeMonthOf(CommitteeLevel level) => level switch
    {
        CommitteeLevel.Grassroots => new YearMonth(2025, 4),
        CommitteeLevel.AboveGrassroots => new YearMonth(2025, 6),
        CommitteeLevel.Commune => new YearMonth(2025, 7),
        CommitteeLevel.Provincial => new YearMonth(2025, 9),
        CommitteeLevel.CouncilAndCommitteeLeaders => new YearMonth(2026, 3),
        _ => throw new InputOutOfRangeException(nameof(level), level, "Unknown committee level."),
    };
}
