using System;
using System.Collections.Immutable;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.History;

/// <summary>
/// What to ask of a person's evaluation records on a date: the consequences that the State-track history leads to
/// (<see cref="Consequences"/>), read from the very records that <see cref="YearLevels.FromRecords"/> turns into the
/// years of a <see cref="HistoryShares"/>.
/// </summary>
/// <remarks>
/// <para>The questions asked depend on the subject: a công chức (<see cref="SubjectKind.CivilServant"/>) or a cán bộ
/// (<see cref="SubjectKind.Cadre"/>) is asked about two consecutive KHT years; a công chức not holding a leadership post
/// about two KHT years within three; a leader whose appointment term is given about two KHT years in the term; anyone
/// whose current salary step start is given about the salary step delay of TT 08/2013. Other subject kinds have none
/// of these consequences: <see cref="Ask(Cadre)"/> answers with an empty list for them.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ConsequenceQuestion
{
    /// <summary>Creates the question.</summary>
    /// <param name="asOf">The date asked (the document's date; nothing reads the clock).</param>
    /// <param name="subject">The kind of subject: <see cref="SubjectKind.CivilServant"/> or <see cref="SubjectKind.Cadre"/>
    /// have consequences; other kinds have none.</param>
    /// <param name="holdsLeadership">Whether the person holds a leadership post (a leader is asked about the term, a
    /// non-leader công chức about two KHT years within three).</param>
    /// <param name="appointmentTerm">The current appointment term of a leader (both ends inclusive), or <see langword="null"/>.</param>
    /// <param name="stepHeldSince">The first day of the current salary step, or <see langword="null"/> not to ask about
    /// the step delay; the period read runs from it to <paramref name="asOf"/>.</param>
    /// <param name="includePartyDiscipline">Whether the step delay counts Party discipline as well as administrative
    /// discipline (the circular does not say [U]; the default counts administrative only).</param>
    /// <exception cref="InputOutOfRangeException">A date is outside <see cref="DomainCalendar"/>, the subject kind is not
    /// defined, or <paramref name="stepHeldSince"/> is after <paramref name="asOf"/>.</exception>
    /// <exception cref="InvalidInputException">An appointment term is given for someone who holds no leadership post.</exception>
    public ConsequenceQuestion(LocalDate asOf, SubjectKind subject, bool holdsLeadership = false, DateInterval? appointmentTerm = null, LocalDate? stepHeldSince = null, bool includePartyDiscipline = false)
    {
        DomainCalendar.Check(asOf, nameof(asOf));
        if (!Enum.IsDefined(subject))
        {
            throw new InputOutOfRangeException(nameof(subject), subject, "Unknown SubjectKind.");
        }

        if (appointmentTerm is not null)
        {
            DomainCalendar.Check(appointmentTerm.Start, nameof(appointmentTerm));
            DomainCalendar.Check(appointmentTerm.End, nameof(appointmentTerm));
            if (!holdsLeadership)
            {
                throw new InvalidInputException("An appointment term is a leader's; the person holds no leadership post.", nameof(appointmentTerm));
            }
        }

        if (stepHeldSince is { } since)
        {
            DomainCalendar.Check(since, nameof(stepHeldSince));
            if (since > asOf)
            {
                throw new InputOutOfRangeException(nameof(stepHeldSince), since, "The current salary step starts after the date asked.");
            }
        }

        AsOf = asOf;
        Subject = subject;
        HoldsLeadership = holdsLeadership;
        AppointmentTerm = appointmentTerm;
        StepHeldSince = stepHeldSince;
        IncludePartyDiscipline = includePartyDiscipline;
    }

    /// <summary>Gets the date asked.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the kind of subject.</summary>
    public SubjectKind Subject { get; }

    /// <summary>Gets a value indicating whether the person holds a leadership post.</summary>
    public bool HoldsLeadership { get; }

    /// <summary>Gets the current appointment term, or <see langword="null"/>.</summary>
    public DateInterval? AppointmentTerm { get; }

    /// <summary>Gets the first day of the current salary step, or <see langword="null"/>.</summary>
    public LocalDate? StepHeldSince { get; }

    /// <summary>Gets a value indicating whether Party discipline counts toward the step delay.</summary>
    public bool IncludePartyDiscipline { get; }

    /// <summary>Gets a value indicating whether the subject kind has consequences at all (công chức and cán bộ).</summary>
    public bool SubjectHasConsequences => Subject is SubjectKind.CivilServant or SubjectKind.Cadre;

    /// <summary>Asks the questions of a person's State-track evaluation records (and discipline, for the step delay).</summary>
    /// <param name="cadre">The person.</param>
    /// <returns>The answers, each effective-dated and cited, in the order: two consecutive years; two within three (a
    /// non-leader công chức) or two in the term (a leader with a term); the salary step delay (when asked). Empty for a
    /// subject kind without consequences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    public ImmutableArray<Consequence> Ask(Cadre cadre)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        if (!SubjectHasConsequences)
        {
            return [];
        }

        EvaluationHistory history = EvaluationHistory.Of(cadre.Evaluations, EvaluationTrack.State);
        var answers = ImmutableArray.CreateBuilder<Consequence>(3);
        answers.Add(Consequences.TwoConsecutiveYears(history, Subject, AsOf));
        if (Subject == SubjectKind.CivilServant && !HoldsLeadership)
        {
            answers.Add(Consequences.TwoYearsWithinThree(history, AsOf));
        }
        else if (HoldsLeadership && AppointmentTerm is { } term)
        {
            answers.Add(Consequences.InAppointmentTerm(history, term, AsOf));
        }

        if (StepHeldSince is { } since)
        {
            answers.Add(Consequences.SalaryStepDelay(history, cadre.Discipline, new DateInterval(since, AsOf), AsOf, IncludePartyDiscipline));
        }

        return answers.ToImmutable();
    }
}
