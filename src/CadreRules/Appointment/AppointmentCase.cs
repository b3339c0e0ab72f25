using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>
/// The facts of one proposed appointment (bổ nhiệm): who, what kind, when the organisation body received the dossier,
/// whether the person is planned for the title, the current post and any equivalent posts held before it, and the
/// special-case decisions recorded by the competent level.
/// </summary>
/// <remarks>
/// The working time left is retirement age minus age in the month the dossier was received (HĐ 06-HD/BTCTW), in whole
/// months. The time in post is the whole months of the current post to that date plus those of the equivalent posts,
/// which may not overlap. Immutable and thread-safe.
/// </remarks>
public sealed class AppointmentCase
{
    /// <summary>Creates the facts.</summary>
    /// <param name="cadre">The person.</param>
    /// <param name="kind">The kind of appointment.</param>
    /// <param name="dossierReceivedOn">The day the competent organisation body received the proposal and dossier.</param>
    /// <param name="isPlanned">Whether the person is planned (quy hoạch) for the title, or an equivalent or higher one.</param>
    /// <param name="currentPost">The post held (one of the cadre's posts), or <see langword="null"/> for a first appointment.</param>
    /// <param name="equivalentPosts">Earlier posts of the cadre's record counted as equivalent to the current one, or <see langword="null"/>.</param>
    /// <param name="forStructuralCommitteeSeat">Whether the proposal is for a committee seat by structure (cơ cấu), which
    /// QĐ 377 exempts from the time-in-post condition.</param>
    /// <param name="timeInPostDecision">The reason of a decision of the managing committee accepting less time in post, or <see langword="null"/>.</param>
    /// <param name="ageSpecialCaseDecision">The reason of a decision of the appointing level accepting the special age case, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> or an equivalent post is null.</exception>
    /// <exception cref="ArgumentException">A post is not in the cadre's record; two counted posts overlap in dates (the
    /// message names the field); a post starts after the dossier date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or the dossier date is before the birth date.</exception>
    public AppointmentCase(
        Cadre cadre,
        AppointmentKind kind,
        LocalDate dossierReceivedOn,
        bool isPlanned,
        PositionHeld? currentPost = null,
        IEnumerable<PositionHeld>? equivalentPosts = null,
        bool forStructuralCommitteeSeat = false,
        string? timeInPostDecision = null,
        string? ageSpecialCaseDecision = null)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        if (!Enum.IsDefined(kind))
        {
            throw new InputOutOfRangeException(nameof(kind), kind, "Unknown kind of appointment.");
        }

        DomainCalendar.Check(dossierReceivedOn, nameof(dossierReceivedOn));
        if (dossierReceivedOn < cadre.BirthDate.Date)
        {
            throw new InputOutOfRangeException(nameof(dossierReceivedOn), dossierReceivedOn, $"The dossier date {TextFormat.IsoDate(dossierReceivedOn)} is before the birth date {TextFormat.IsoDate(cadre.BirthDate.Date)}.");
        }

        ImmutableArray<PositionHeld> equivalents = [.. equivalentPosts ?? []];
        var counted = new List<PositionHeld>();
        if (currentPost is not null)
        {
            CheckInRecord(cadre, currentPost, dossierReceivedOn, nameof(currentPost));
            counted.Add(currentPost);
        }

        foreach (PositionHeld post in equivalents)
        {
            ArgumentNullException.ThrowIfNull(post, nameof(equivalentPosts));
            CheckInRecord(cadre, post, dossierReceivedOn, nameof(equivalentPosts));
            foreach (PositionHeld other in counted)
            {
                if (Overlap(post, other))
                {
                    throw new InvalidInputException($"The post '{post.Title}' at '{post.Unit}' overlaps '{other.Title}' at '{other.Unit}'; time in post would be counted twice (field 'equivalentPosts').", nameof(equivalentPosts));
                }
            }

            counted.Add(post);
        }

        Cadre = cadre;
        Kind = kind;
        DossierReceivedOn = dossierReceivedOn;
        IsPlanned = isPlanned;
        CurrentPost = currentPost;
        EquivalentPosts = [.. equivalents.OrderBy(p => p.Start)];
        ForStructuralCommitteeSeat = forStructuralCommitteeSeat;
        TimeInPostDecision = string.IsNullOrWhiteSpace(timeInPostDecision) ? null : timeInPostDecision;
        AgeSpecialCaseDecision = string.IsNullOrWhiteSpace(ageSpecialCaseDecision) ? null : ageSpecialCaseDecision;
        MonthsLeft = RetirementSchedule.For(cadre).MonthsLeftAt(dossierReceivedOn);
        MonthsInPost = counted.Sum(p => p.MonthsInPostAt(dossierReceivedOn));
    }

    /// <summary>Gets the person.</summary>
    public Cadre Cadre { get; }

    /// <summary>Gets the kind of appointment.</summary>
    public AppointmentKind Kind { get; }

    /// <summary>Gets the day the dossier was received (the day age and time in post are measured).</summary>
    public LocalDate DossierReceivedOn { get; }

    /// <summary>Gets a value indicating whether the person is planned for the title or an equivalent or higher one.</summary>
    public bool IsPlanned { get; }

    /// <summary>Gets the post held, if any.</summary>
    public PositionHeld? CurrentPost { get; }

    /// <summary>Gets the earlier posts counted as equivalent, by start date.</summary>
    public ImmutableArray<PositionHeld> EquivalentPosts { get; }

    /// <summary>Gets a value indicating whether the proposal is for a structural committee seat.</summary>
    public bool ForStructuralCommitteeSeat { get; }

    /// <summary>Gets the reason of a decision accepting less time in post, if any.</summary>
    public string? TimeInPostDecision { get; }

    /// <summary>Gets the reason of a decision accepting the special age case, if any.</summary>
    public string? AgeSpecialCaseDecision { get; }

    /// <summary>Gets the whole months of working time left in the month the dossier was received.</summary>
    public int MonthsLeft { get; }

    /// <summary>Gets the whole months in the current and equivalent posts on the dossier date.</summary>
    public int MonthsInPost { get; }

    /// <summary>Gets a value indicating whether the age condition applies (first or higher appointment).</summary>
    public bool IsFirstOrHigher => Kind != AppointmentKind.EquivalentOrLower;

    private static void CheckInRecord(Cadre cadre, PositionHeld post, LocalDate date, string field)
    {
        if (!cadre.Positions.Contains(post))
        {
            throw new InvalidInputException($"The post '{post.Title}' at '{post.Unit}' is not in the record of '{cadre.Id}' (field '{field}').", field);
        }

        if (post.Start > date)
        {
            throw new InvalidInputException($"The post '{post.Title}' at '{post.Unit}' starts after the dossier date (field '{field}').", field);
        }
    }

    private static bool Overlap(PositionHeld a, PositionHeld b) =>
        (a.End is null || b.Start <= a.End.Value) && (b.End is null || a.Start <= b.End.Value);
}
