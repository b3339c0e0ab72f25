using System;
using System.Collections.Immutable;
using CadreRules.People;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// Where an <see cref="EvaluationRowSource"/> writes the facts of one row when a round over rows
/// (<see cref="EvaluationRound.RunRows"/>) asks for them: the facts of <see cref="EvaluationInput"/>, under the same
/// names, with the same defaults and the same checks.
/// </summary>
/// <remarks>
/// <para><b>Why a writable object.</b> The classifiers read an <see cref="EvaluationInput"/>. A round over millions of
/// rows that built one per row would allocate and validate an object of some thirty facts per member. Instead the round
/// owns one input for the whole run and hands this window onto it to <see cref="EvaluationRowSource.ReadFacts"/>, row
/// after row: before each row every optional fact is put back to its default (12 months worked, no leave, no
/// discipline, no score…), the source sets what the row holds, and the round checks the facts together
/// (<see cref="EvaluationInput.Validate"/>) and classifies. A value that is wrong on its own raises
/// <see cref="EvaluationInputException"/> naming the field as it is set, exactly as the init accessors of
/// <see cref="EvaluationInput"/> do (the same code runs); the round reports it with the row.</para>
/// <para><see cref="Year"/>, <see cref="EvaluatedOn"/>, <see cref="Role"/> and <see cref="Tasks"/> are required for
/// every row, as they are for an input: a row that leaves one unset is reported with that field. (They keep the last
/// row's values until set, which is what lets the round skip the range check of a year and a date set again to the
/// same value; a row cannot inherit them, since each must set all four.)</para>
/// <para>Valid only during the <see cref="EvaluationRowSource.ReadFacts"/> call it is passed to: do not keep it, and do
/// not share it between threads. It is not an input: nothing the round returns refers to it. A regulation whose rules a
/// local variant changed (its rules may be the variant's own code) is given an immutable copy of the row's input, so
/// no rule ever sees an input change under it.</para>
/// </remarks>
public sealed class EvaluationRowFacts
{
    private const int YearSet = 1, EvaluatedOnSet = 2, RoleSet = 4, TasksSet = 8, AllRequired = 15;

    private readonly EvaluationInput _input = EvaluationInput.CreateReusable();
    private int _set;
    private int _checked;

    internal EvaluationRowFacts()
    {
    }

    /// <summary>Gets or sets the evaluation year (required).</summary>
    /// <exception cref="EvaluationInputException">Set to a year outside the library's years (field <c>year</c>).</exception>
    public int Year
    {
        get => _input.Year;
        set
        {
            // The required facts are kept between rows: the same checked value again needs no new check.
            if ((_checked & YearSet) == 0 || value != _input.Year)
            {
                _checked &= ~YearSet;
                _input.SetYear(value);
                _checked |= YearSet;
            }

            _set |= YearSet;
        }
    }

    /// <summary>Gets or sets the date the evaluation is made (required); it selects the regulation.</summary>
    /// <exception cref="EvaluationInputException">Set to a date outside the library's dates (field <c>evaluatedOn</c>).</exception>
    public LocalDate EvaluatedOn
    {
        get => _input.EvaluatedOn;
        set
        {
            if ((_checked & EvaluatedOnSet) == 0 || value != _input.EvaluatedOn)
            {
                _checked &= ~EvaluatedOnSet;
                _input.SetEvaluatedOn(value);
                _checked |= EvaluatedOnSet;
            }

            _set |= EvaluatedOnSet;
        }
    }

    /// <summary>Gets or sets the role (required).</summary>
    /// <exception cref="EvaluationInputException">Set to a value that is not a role (field <c>role</c>).</exception>
    public EvaluationRole Role
    {
        get => _input.Role;
        set
        {
            _input.SetRole(value);
            _set |= RoleSet;
        }
    }

    /// <summary>Gets or sets the subject's own tasks or targets (required).</summary>
    public TaskCounts Tasks
    {
        get => _input.Tasks;
        set
        {
            _input.SetTasks(value);
            _set |= TasksSet;
        }
    }

    /// <summary>Gets or sets the 100-point score (default none); see <see cref="EvaluationInput.Score"/>. A source that
    /// has a card for every row may call <see cref="SetScore"/> instead.</summary>
    public ScoreCard? Score
    {
        get => _input.Score;
        set => _input.SetScore(in value);
    }

    /// <summary>Sets the 100-point score, as setting <see cref="Score"/> to it does, reading the card where the caller
    /// keeps it (for example an element of an array of cards). A card is 56 bytes: passed by value and wrapped as a
    /// nullable it is copied through the stack several times, which in a round over millions of rows costs more than
    /// the rest of the setter.</summary>
    /// <param name="score">The score card.</param>
    public void SetScore(in ScoreCard score) => _input.SetScore(in score);

    /// <summary>Gets or sets the criteria grades (default none); see <see cref="EvaluationInput.Grades"/>.</summary>
    public CriteriaGrades? Grades
    {
        get => _input.Grades;
        set => _input.SetGrades(value);
    }

    /// <summary>Gets or sets the leader's facts (default none); see <see cref="EvaluationInput.Leader"/>.</summary>
    public LeaderFacts? Leader
    {
        get => _input.Leader;
        set => _input.SetLeader(value);
    }

    /// <summary>Gets or sets the collective's facts (default none); see <see cref="EvaluationInput.Collective"/>.</summary>
    public CollectiveFacts? Collective
    {
        get => _input.Collective;
        set => _input.SetCollective(value);
    }

    /// <summary>Gets or sets the discipline decisions (default none); see <see cref="EvaluationInput.Discipline"/>. An
    /// array shared by many rows is read, not copied.</summary>
    /// <exception cref="EvaluationInputException">Set to decisions one of which is null (field <c>discipline</c>).</exception>
    public ImmutableArray<DisciplineRecord> Discipline
    {
        get => _input.Discipline;
        set => _input.SetDiscipline(value);
    }

    /// <summary>Gets or sets whether degradation was concluded (default false); see <see cref="EvaluationInput.Degraded"/>.</summary>
    public bool Degraded
    {
        get => _input.Degraded;
        set => _input.SetDegraded(value);
    }

    /// <summary>Gets or sets whether prohibitions were breached (default false); see
    /// <see cref="EvaluationInput.BreachedProhibitions"/>.</summary>
    public bool BreachedProhibitions
    {
        get => _input.BreachedProhibitions;
        set => _input.SetBreachedProhibitions(value);
    }

    /// <summary>Gets or sets the months worked, 0 to 12 (default 12).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>monthsWorked</c>).</exception>
    public int MonthsWorked
    {
        get => _input.MonthsWorked;
        set => _input.SetMonthsWorked(value);
    }

    /// <summary>Gets or sets the months of sick leave, 0 to 12 (default 0).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>sickLeaveMonths</c>).</exception>
    public int SickLeaveMonths
    {
        get => _input.SickLeaveMonths;
        set => _input.SetSickLeaveMonths(value);
    }

    /// <summary>Gets or sets the months of other lawful leave, 0 to 12 (default 0).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>otherLeaveMonths</c>).</exception>
    public int OtherLeaveMonths
    {
        get => _input.OtherLeaveMonths;
        set => _input.SetOtherLeaveMonths(value);
    }

    /// <summary>Gets or sets whether maternity leave was taken (default false).</summary>
    public bool MaternityLeave
    {
        get => _input.MaternityLeave;
        set => _input.SetMaternityLeave(value);
    }

    /// <summary>Gets or sets the date of admission to the Party (default none).</summary>
    /// <exception cref="EvaluationInputException">Set to a date outside the library's dates (field <c>partyAdmittedOn</c>).</exception>
    public LocalDate? PartyAdmittedOn
    {
        get => _input.PartyAdmittedOn;
        set
        {
            // A date given is passed on alone, not as a nullable read back from the stack.
            if (value.HasValue)
            {
                _input.SetPartyAdmittedOn(value.GetValueOrDefault());
            }
            else
            {
                _input.SetPartyAdmittedOn(null);
            }
        }
    }

    /// <summary>Gets or sets whether the member is exempt from party activities (default false).</summary>
    public bool ExemptFromPartyActivities
    {
        get => _input.ExemptFromPartyActivities;
        set => _input.SetExemptFromPartyActivities(value);
    }

    /// <summary>Gets or sets whether the member's party activities are suspended (default false).</summary>
    public bool PartySuspended
    {
        get => _input.PartySuspended;
        set => _input.SetPartySuspended(value);
    }

    /// <summary>Gets or sets the State level of the year (default none); see <see cref="EvaluationInput.StateLevel"/>.</summary>
    /// <exception cref="EvaluationInputException">Set to a value that is not a level (field <c>stateLevel</c>).</exception>
    public EvaluationLevel? StateLevel
    {
        get => _input.StateLevel;
        set => _input.SetStateLevel(value);
    }

    /// <summary>Gets or sets the shortcomings pointed out at the previous review (default 0).</summary>
    /// <exception cref="EvaluationInputException">Set below 0 (field <c>priorShortcomingsFound</c>).</exception>
    public int PriorShortcomingsFound
    {
        get => _input.PriorShortcomingsFound;
        set => _input.SetPriorShortcomingsFound(value);
    }

    /// <summary>Gets or sets the shortcomings fixed (default 0).</summary>
    /// <exception cref="EvaluationInputException">Set below 0 (field <c>priorShortcomingsFixed</c>).</exception>
    public int PriorShortcomingsFixed
    {
        get => _input.PriorShortcomingsFixed;
        set => _input.SetPriorShortcomingsFixed(value);
    }

    /// <summary>Gets or sets the mitigation reason (default none); see <see cref="EvaluationInput.MitigationReason"/>.</summary>
    /// <exception cref="EvaluationInputException">Set to a blank text (field <c>mitigationReason</c>).</exception>
    public string? MitigationReason
    {
        get => _input.MitigationReason;
        set => _input.SetMitigationReason(value);
    }

    /// <summary>Gets the reusable input the facts are written into.</summary>
    internal EvaluationInput Input => _input;

    /// <summary>Puts every optional fact back to its default before the next row; the required ones are kept but must be
    /// set again (<see cref="MissingRequired"/>).</summary>
    internal void Reset()
    {
        _input.ResetReusable();
        _set = 0;
    }

    /// <summary>Gets the first required fact the row left unset, or null.</summary>
    internal string? MissingRequired() => (_set & AllRequired) == AllRequired ? null
        : (_set & YearSet) == 0 ? "year"
        : (_set & EvaluatedOnSet) == 0 ? "evaluatedOn"
        : (_set & RoleSet) == 0 ? "role"
        : "tasks";
}
