using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.People;

/// <summary>A discipline decision about a cadre (quyết định kỷ luật).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DisciplineRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="form">The form of discipline.</param>
    /// <param name="track">Party or administrative.</param>
    /// <param name="decidedOn">The date of the decision.</param>
    /// <param name="violationYear">The year of the violation (it may be earlier than the decision), or <see langword="null"/> for the decision's year.</param>
    /// <param name="relatedToPublicDuty">Whether the violation relates to the performance of public duties.</param>
    /// <param name="selfDiscovered">Whether the cadre found and reported the violation and remedied its consequences.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined, or <paramref name="violationYear"/> is after the decision's year.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="decidedOn"/> or <paramref name="violationYear"/> is outside
    /// <see cref="DomainCalendar"/> (01/01/1900 to 31/12/2200).</exception>
    public DisciplineRecord(DisciplineForm form, DisciplineTrack track, LocalDate decidedOn, int? violationYear = null, bool relatedToPublicDuty = true, bool selfDiscovered = false)
    {
        if (!Enum.IsDefined(form))
        {
            throw new InputOutOfRangeException(nameof(form), form, "Unknown form of discipline.");
        }

        if (!Enum.IsDefined(track))
        {
            throw new InputOutOfRangeException(nameof(track), track, "Unknown discipline track.");
        }

        DomainCalendar.Check(decidedOn, nameof(decidedOn));
        if (violationYear is { } year)
        {
            DomainCalendar.CheckYear(year, nameof(violationYear));
            if (year > decidedOn.Year)
            {
                throw new InputOutOfRangeException(nameof(violationYear), year, $"The violation year {TextFormat.Integer(year)} is after the discipline decision of {TextFormat.IsoDate(decidedOn)}.")
                {
                    Text = new($"năm vi phạm {TextFormat.Integer(year)} sau ngày quyết định kỷ luật {TextFormat.Date(decidedOn)}.", $"the violation year {TextFormat.Integer(year)} is after the discipline decision of {TextFormat.Date(decidedOn)}."),
                };
            }
        }

        Form = form;
        Track = track;
        DecidedOn = decidedOn;
        ViolationYear = violationYear ?? decidedOn.Year;
        RelatedToPublicDuty = relatedToPublicDuty;
        SelfDiscovered = selfDiscovered;
    }

    /// <summary>Gets the form of discipline.</summary>
    public DisciplineForm Form { get; }

    /// <summary>Gets the track (Party or administrative).</summary>
    public DisciplineTrack Track { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>Gets the year of the violation.</summary>
    public int ViolationYear { get; }

    /// <summary>Gets a value indicating whether the violation relates to public duties.</summary>
    public bool RelatedToPublicDuty { get; }

    /// <summary>Gets a value indicating whether the cadre found, reported and remedied the violation.</summary>
    public bool SelfDiscovered { get; }

    /// <summary>Tells whether the form is at least as severe as another (e.g. "khiển trách or above").</summary>
    /// <param name="form">The form to compare with.</param>
    /// <returns><see langword="true"/> when this record's form is at least <paramref name="form"/>.</returns>
    public bool IsAtLeast(DisciplineForm form) => Form >= form;
}
