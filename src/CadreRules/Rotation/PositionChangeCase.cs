using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The facts of one periodic position change question: who, which listed position (a post from the cadre's record),
/// its sector, the date asked, and the stated deferral grounds.
/// </summary>
/// <remarks>
/// The time in the position is whole months from the post's start to the date asked; the working time left is
/// retirement month minus the month asked (<see cref="RetirementSchedule.MonthsLeftAt(LocalDate)"/>). Grounds are kept
/// in a canonical order, so answers do not depend on the order given. Immutable and thread-safe.
/// </remarks>
public sealed class PositionChangeCase
{
    /// <summary>Creates the facts.</summary>
    /// <param name="cadre">The person.</param>
    /// <param name="post">The listed position held, one of <paramref name="cadre"/>'s posts, held on <paramref name="asOf"/>.</param>
    /// <param name="sector">The sector whose period applies (a key of <see cref="PositionChangeRegulation.Sectors"/>).</param>
    /// <param name="asOf">The date asked.</param>
    /// <param name="deferrals">The stated deferral grounds, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/>, <paramref name="post"/> or a ground is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sector"/> is blank; <paramref name="post"/> is not in the
    /// cadre's record or not held on <paramref name="asOf"/>.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="asOf"/> is outside <see cref="DomainCalendar"/> or before the birth date.</exception>
    public PositionChangeCase(Cadre cadre, PositionHeld post, string sector, LocalDate asOf, IEnumerable<DeferralGround>? deferrals = null)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentBounds.NotBlank(sector, nameof(sector));
        if (!cadre.Positions.Contains(post))
        {
            throw new InvalidInputException($"The post '{post.Title}' at '{post.Unit}' is not in the record of '{cadre.Id}'.", nameof(post));
        }

        if (!post.IsHeldOn(asOf))
        {
            throw new InvalidInputException($"The post '{post.Title}' at '{post.Unit}' is not held on {TextFormat.IsoDate(asOf)}.", nameof(post));
        }

        if (asOf < cadre.BirthDate.Date)
        {
            throw new InputOutOfRangeException(nameof(asOf), asOf, $"The date asked, {TextFormat.IsoDate(asOf)}, is before the birth date {TextFormat.IsoDate(cadre.BirthDate.Date)}.");
        }

        var grounds = new List<DeferralGround>();
        foreach (DeferralGround ground in deferrals ?? [])
        {
            ArgumentNullException.ThrowIfNull(ground, nameof(deferrals));
            grounds.Add(ground);
        }

        Cadre = cadre;
        Post = post;
        Sector = sector;
        AsOf = asOf;
        Deferrals = [.. grounds.OrderBy(g => g.Kind).ThenBy(g => g.Start).ThenBy(g => g.End ?? LocalDate.MaxIsoValue)];
        MonthsInPost = post.MonthsInPostAt(asOf);
        RetirementSchedule schedule = RetirementSchedule.For(cadre);
        MonthsToRetirement = schedule.MonthsLeftAt(asOf);
        RetirementMonth = schedule.AgeReachedIn;
    }

    /// <summary>Gets the person.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the listed position.</summary>
    public PositionHeld Post { get; }

    /// <summary>Gets the sector.</summary>
    public string Sector { get; }

    /// <summary>Gets the date asked.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the stated deferral grounds in canonical order: by kind, then start date, then end date (open-ended last).</summary>
    public ImmutableArray<DeferralGround> Deferrals { get; }

    /// <summary>Gets the whole months in the position on <see cref="AsOf"/>.</summary>
    public int MonthsInPost { get; }

    /// <summary>Gets the whole months of working time left on <see cref="AsOf"/>.</summary>
    public int MonthsToRetirement { get; }

    /// <summary>Gets the month in which the person reaches retirement age.</summary>
    public YearMonth RetirementMonth { get; }

    /// <summary>Tells whether a ground of a kind is active on <see cref="AsOf"/> and, for the person, counts
    /// (pregnancy and the young-child ground for a woman, the lone-father ground for a man, study of at least
    /// <paramref name="minStudyMonths"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="minStudyMonths">The minimum length of full-time study.</param>
    /// <returns><see langword="true"/> when such a ground applies.</returns>
    internal bool HasActive(DeferralKind kind, int minStudyMonths)
    {
        foreach (DeferralGround ground in Deferrals)
        {
            if (ground.Kind == kind && Counts(ground, minStudyMonths))
            {
                return true;
            }
        }

        return false;
    }

    internal bool Counts(DeferralGround ground, int minStudyMonths)
    {
        if (!ground.IsActiveOn(AsOf))
        {
            return false;
        }

        return ground.Kind switch
        {
            DeferralKind.Pregnancy or DeferralKind.YoungChild => Cadre.Sex == Sex.Female,
            DeferralKind.FatherRaisingChildAlone => Cadre.Sex == Sex.Male,
            DeferralKind.FullTimeStudy => ground.Months >= minStudyMonths,
            _ => true,
        };
    }
}
