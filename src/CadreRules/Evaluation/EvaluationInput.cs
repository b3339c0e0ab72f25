using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// What an evaluator records for one annual classification of one subject: the year and the date the evaluation is
/// made (which picks the regime), the subject's role, the tasks, a 100-point score or criteria grades, leader or
/// collective facts, discipline, degradation, leave, months worked, party membership status, the State level (for a
/// party member who is also a cán bộ, công chức or viên chức) and the shortcomings found at the previous review.
/// </summary>
/// <remarks>
/// <para>Built with an object initializer: <see cref="Year"/>, <see cref="EvaluatedOn"/>, <see cref="Role"/> and
/// <see cref="Tasks"/> are required, every other fact has a documented default (12 months worked, no leave, no
/// discipline…). A value that is wrong on its own (a month count above 12, a blank mitigation reason, an unknown role)
/// raises <see cref="EvaluationInputException"/> naming the field as it is set, so no such input exists; a
/// <see langword="with"/> expression checks the fields it sets the same way.</para>
/// <para>Facts that must agree with each other (the evaluation date and the year, the role and the leader's or the
/// collective's facts, the two kinds of leave together, the admission date and the evaluation date, the shortcomings
/// fixed and found) are checked by <see cref="Validate"/>. The evaluation entries of a round and every classification
/// call it, so an inconsistent input is refused before any rule reads it; call it yourself to surface the error where
/// the input is built. Which facts a regime needs differs: the 100-point regimes read <see cref="Score"/>, the
/// criteria-list regimes read <see cref="Grades"/>; a regime that needs a missing fact raises the exception when
/// classifying.</para>
/// <para>Equality is by value over every fact (the discipline decisions compared in order). Immutable and
/// thread-safe: the result of <see cref="Validate"/> is remembered, which any thread may do at any time with the same
/// effect.</para>
/// </remarks>
/// <example>
/// <code>
/// var input = new EvaluationInput
/// {
///     Year = 2025,
///     EvaluatedOn = new LocalDate(2025, 12, 15),
///     Role = EvaluationRole.NonLeader,
///     Tasks = TaskCounts.AllOnTime(10, exceeded: 4),
///     Score = ScoreCard.FromTotal(92m),
/// };
/// </code>
/// </example>
public sealed record EvaluationInput
{
    // The fields are written only by the init accessors, except in the one reusable input of a round over rows
    // (EvaluationRowFacts), which is never handed out: every public instance stays immutable.
    private int _year;
    private LocalDate _evaluatedOn;
    private EvaluationRole _role;
    private TaskCounts _tasks;
    // The card, meaningful only while _hasScore is set (kept apart from the flag, so that setting a card copies only it).
    private ScoreCard _score;
    private CriteriaGrades? _grades;
    private LeaderFacts? _leader;
    private CollectiveFacts? _collective;
    private ImmutableArray<DisciplineRecord> _discipline = ImmutableArray<DisciplineRecord>.Empty;
    private bool _degraded;
    private bool _breachedProhibitions;
    private int _monthsWorked = 12;
    private int _sickLeaveMonths;
    private int _otherLeaveMonths;
    private bool _maternityLeave;
    private LocalDate? _partyAdmittedOn;
    private int _partyAdmittedOnKey;
    private bool _exemptFromPartyActivities;
    private bool _partySuspended;
    private EvaluationLevel? _stateLevel;
    private int _priorShortcomingsFound;
    private int _priorShortcomingsFixed;
    private string? _mitigationReason;
    private bool _hasScore;
    private bool _hasGrades;
    private int _evaluatedOnKey;
    private decimal _scoreTotal;
    private int _scoreFloor;

    // Set by Validate once the facts agree with each other; every init accessor clears it, so a copy made by a 'with'
    // expression is checked again. Written only with the value a successful check gives, so races are harmless.
    private bool _consistent;

    // MonthsSinceAdmission as Validate counted it (-1: no admission date); read only while _consistent.
    private int _monthsSinceAdmission;

    /// <summary>Gets the evaluation year (năm đánh giá), within the years the library accepts.</summary>
    /// <exception cref="EvaluationInputException">Set to a year outside the library's years (field <c>year</c>).</exception>
    public required int Year
    {
        get => _year;
        init => SetYear(value);
    }

    internal void SetYear(int value)
    {
        {
            if (value < DomainCalendar.FirstYear || value > DomainCalendar.LastYear)
            {
                throw EvaluationInputException.For(
                    "year",
                    Invariant($"năm đánh giá {value} nằm ngoài khoảng năm thư viện chấp nhận, từ {DomainCalendar.FirstYear} đến {DomainCalendar.LastYear}."),
                    Invariant($"the evaluation year {value} is outside the years the library accepts, {DomainCalendar.FirstYear} to {DomainCalendar.LastYear}."));
            }

            _year = value;
            _consistent = false;
        }
    }

    /// <summary>Gets the date the evaluation is made; it picks the regime and must fall in <see cref="Year"/> or the next
    /// year (special units finish by mid-January).</summary>
    /// <exception cref="EvaluationInputException">Set to a date outside the library's dates (field <c>evaluatedOn</c>).</exception>
    public required LocalDate EvaluatedOn
    {
        get => _evaluatedOn;
        init => SetEvaluatedOn(value);
    }

    internal void SetEvaluatedOn(LocalDate value)
    {
        {
            int key = KeyWithinDates(value, "evaluatedOn", "ngày đánh giá", "evaluation date");
            _evaluatedOn = value;
            _evaluatedOnKey = key;
            _consistent = false;
        }
    }

    /// <summary>Gets the role of the subject: non-leader, leader or collective.</summary>
    /// <exception cref="EvaluationInputException">Set to a value that is not a role (field <c>role</c>).</exception>
    public required EvaluationRole Role
    {
        get => _role;
        init => SetRole(value);
    }

    internal void SetRole(EvaluationRole value)
    {
        {
            // The roles are 0 to 2 (a range check; Enum.IsDefined is a look-up per call).
            if (unchecked((uint)value) > (uint)EvaluationRole.Collective)
            {
                throw EvaluationInputException.For("role", $"vai trò không xác định {value}.", $"unknown role {value}.");
            }

            _role = value;
            _consistent = false;
        }
    }

    /// <summary>Gets the subject's own tasks or targets of the year.</summary>
    public required TaskCounts Tasks
    {
        get => _tasks;
        init => _tasks = value;
    }

    /// <summary>Gets the 100-point score (QĐ 366, NĐ 335, NĐ 233), or <see langword="null"/> (the default).</summary>
    public ScoreCard? Score
    {
        get => _hasScore ? _score : null;
        init => SetScore(value);
    }

    /// <summary>Gets the criteria grades (QĐ 132, QĐ 124, NĐ 90), or <see langword="null"/> (the default).</summary>
    public CriteriaGrades? Grades
    {
        get => _grades;
        init => SetGrades(value);
    }

    /// <summary>Gets the leader's area; required when <see cref="Role"/> is <see cref="EvaluationRole.Leader"/>
    /// (checked by <see cref="Validate"/>). Default <see langword="null"/>.</summary>
    public LeaderFacts? Leader
    {
        get => _leader;
        init => SetLeader(value);
    }

    /// <summary>Gets the collective's facts; required when <see cref="Role"/> is <see cref="EvaluationRole.Collective"/>
    /// (checked by <see cref="Validate"/>). Default <see langword="null"/>.</summary>
    public CollectiveFacts? Collective
    {
        get => _collective;
        init => SetCollective(value);
    }

    /// <summary>Gets the discipline decisions about the subject (any year; each rule picks those that count). Default
    /// none; setting the default array means none.</summary>
    /// <exception cref="EvaluationInputException">Set to decisions one of which is null (field <c>discipline</c>).</exception>
    public ImmutableArray<DisciplineRecord> Discipline
    {
        get => _discipline;
        init => SetDiscipline(value);
    }

    internal void SetDiscipline(ImmutableArray<DisciplineRecord> value)
    {
        {
            if (!value.IsDefault)
            {
                foreach (DisciplineRecord record in value)
                {
                    if (record is null)
                    {
                        throw EvaluationInputException.For("discipline", "một bản ghi kỷ luật bị trống (null).", "a discipline record is null.");
                    }
                }
            }

            _discipline = value.IsDefault ? ImmutableArray<DisciplineRecord>.Empty : value;
        }
    }

    /// <summary>Gets a value indicating whether the competent level concluded degradation (suy thoái, "tự diễn biến",
    /// "tự chuyển hóa").</summary>
    public bool Degraded
    {
        get => _degraded;
        init => _degraded = value;
    }

    /// <summary>Gets a value indicating whether the subject breached what party members must not do or the duty to set an
    /// example, harming the reputation of self or unit.</summary>
    public bool BreachedProhibitions
    {
        get => _breachedProhibitions;
        init => _breachedProhibitions = value;
    }

    /// <summary>Gets the whole months actually worked in the year, 0 to 12 (default 12).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>monthsWorked</c>).</exception>
    public int MonthsWorked
    {
        get => _monthsWorked;
        init => SetMonthsWorked(value);
    }

    /// <summary>Gets the whole months of sick leave in the year, 0 to 12 (default 0); with <see cref="OtherLeaveMonths"/>
    /// at most 12 (checked by <see cref="Validate"/>).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>sickLeaveMonths</c>).</exception>
    public int SickLeaveMonths
    {
        get => _sickLeaveMonths;
        init => SetSickLeaveMonths(value);
    }

    internal void SetSickLeaveMonths(int value)
    {
        {
            _sickLeaveMonths = InRange(value, "sickLeaveMonths");
            _consistent = false;
        }
    }

    /// <summary>Gets the whole months of other lawful leave away from work (not sick, not maternity), 0 to 12 (default
    /// 0).</summary>
    /// <exception cref="EvaluationInputException">Set outside 0 to 12 (field <c>otherLeaveMonths</c>).</exception>
    public int OtherLeaveMonths
    {
        get => _otherLeaveMonths;
        init => SetOtherLeaveMonths(value);
    }

    internal void SetOtherLeaveMonths(int value)
    {
        {
            _otherLeaveMonths = InRange(value, "otherLeaveMonths");
            _consistent = false;
        }
    }

    /// <summary>Gets a value indicating whether the subject took maternity leave in the year.</summary>
    public bool MaternityLeave
    {
        get => _maternityLeave;
        init => _maternityLeave = value;
    }

    /// <summary>Gets the date of admission to the Party, or <see langword="null"/> (not a member, or long ago); not after
    /// the evaluation date (checked by <see cref="Validate"/>).</summary>
    /// <exception cref="EvaluationInputException">Set to a date outside the library's dates (field <c>partyAdmittedOn</c>).</exception>
    public LocalDate? PartyAdmittedOn
    {
        get => _partyAdmittedOn;
        init => SetPartyAdmittedOn(value);
    }

    internal void SetPartyAdmittedOn(LocalDate? value)
    {
        if (value is { } admitted)
        {
            SetPartyAdmittedOn(admitted);
        }
        else
        {
            _partyAdmittedOn = null;
            _partyAdmittedOnKey = 0;
            _consistent = false;
        }
    }

    internal void SetPartyAdmittedOn(LocalDate admitted)
    {
        {
            int key = KeyWithinDates(admitted, "partyAdmittedOn", "ngày vào Đảng", "party admission date");
            _partyAdmittedOn = admitted;
            _partyAdmittedOnKey = key;
            _consistent = false;
        }
    }

    /// <summary>Gets the whole months from party admission to the evaluation date, when an admission date is given.</summary>
    /// <remarks>Counted as <c>Period.Between(admitted, evaluatedOn, PeriodUnits.Months)</c> counts them.</remarks>
    public int? MonthsSinceAdmission
    {
        get
        {
            // Counted once by Validate for the classifiers (whose rules read it more than once per row); an input not
            // validated yet counts it here.
            if (Volatile.Read(ref _consistent))
            {
                return _monthsSinceAdmission >= 0 ? _monthsSinceAdmission : null;
            }

            return _partyAdmittedOn is { } admitted ? MonthsBetween(admitted, _partyAdmittedOnKey) : null;
        }
    }

    /// <summary>Gets a value indicating whether the member is exempt from work and party activities.</summary>
    public bool ExemptFromPartyActivities
    {
        get => _exemptFromPartyActivities;
        init => _exemptFromPartyActivities = value;
    }

    /// <summary>Gets a value indicating whether the member's party activities are suspended (đình chỉ sinh hoạt đảng).</summary>
    public bool PartySuspended
    {
        get => _partySuspended;
        init => _partySuspended = value;
    }

    /// <summary>Gets the State level of the year for a party member who is also a cán bộ, công chức or viên chức, or
    /// <see langword="null"/> (the default).</summary>
    /// <exception cref="EvaluationInputException">Set to a value that is not a level (field <c>stateLevel</c>).</exception>
    public EvaluationLevel? StateLevel
    {
        get => _stateLevel;
        init => SetStateLevel(value);
    }

    internal void SetStateLevel(EvaluationLevel? value)
    {
        {
            if (value is { } level && !Enum.IsDefined(level))
            {
                throw EvaluationInputException.For("stateLevel", $"mức xếp loại không xác định {level}.", $"unknown level {level}.");
            }

            _stateLevel = value;
        }
    }

    /// <summary>Gets the shortcomings pointed out at the previous review (default 0).</summary>
    /// <exception cref="EvaluationInputException">Set below 0 (field <c>priorShortcomingsFound</c>).</exception>
    public int PriorShortcomingsFound
    {
        get => _priorShortcomingsFound;
        init => SetPriorShortcomingsFound(value);
    }

    internal void SetPriorShortcomingsFound(int value)
    {
        {
            _priorShortcomingsFound = NotNegative(value, "priorShortcomingsFound");
            _consistent = false;
        }
    }

    /// <summary>Gets, of the shortcomings found, those fixed (default 0); at most <see cref="PriorShortcomingsFound"/>
    /// (checked by <see cref="Validate"/>).</summary>
    /// <exception cref="EvaluationInputException">Set below 0 (field <c>priorShortcomingsFixed</c>).</exception>
    public int PriorShortcomingsFixed
    {
        get => _priorShortcomingsFixed;
        init => SetPriorShortcomingsFixed(value);
    }

    internal void SetPriorShortcomingsFixed(int value)
    {
        {
            _priorShortcomingsFixed = NotNegative(value, "priorShortcomingsFixed");
            _consistent = false;
        }
    }

    /// <summary>Gets why the competent level should weigh the case (the violation was found, reported and remedied by the
    /// subject, or a force majeure prevented the tasks), or <see langword="null"/> (the default). Where the regime lets
    /// the competent level weigh such cases (QĐ 366-QĐ/TW Điều 11 khoản 4; NĐ 233/2026 Điều 12 khoản 4 for managers), a
    /// Không hoàn thành nhiệm vụ ground other than the score then leaves the outcome undetermined instead of forcing the
    /// level.</summary>
    /// <exception cref="EvaluationInputException">Set to a blank text (field <c>mitigationReason</c>).</exception>
    public string? MitigationReason
    {
        get => _mitigationReason;
        init => SetMitigationReason(value);
    }

    internal void SetMitigationReason(string? value)
    {
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                throw EvaluationInputException.For("mitigationReason", "lý do giảm nhẹ, khi có ghi, không được để trống.", "a mitigation reason, when given, cannot be blank.");
            }

            _mitigationReason = value;
        }
    }

    /// <summary>
    /// Checks the facts that must agree with each other: the evaluation date falls in <see cref="Year"/> or the next
    /// year; a leader has <see cref="Leader"/> facts and a collective <see cref="Collective"/> facts; sick and other
    /// leave together are at most 12 months; the admission date is not after the evaluation date; the shortcomings fixed
    /// are at most those found. The entries of a round and every classification call it; the first success is
    /// remembered, so later calls cost one comparison.
    /// </summary>
    /// <returns>This input, to chain after an initializer.</returns>
    /// <exception cref="EvaluationInputException">Two facts disagree; the message and
    /// <see cref="ArgumentException.ParamName"/> name the field to correct.</exception>
    public EvaluationInput Validate()
    {
        if (!_consistent)
        {
            CheckConsistency();

            // What the rules derive from two facts that now agree, counted once (written before the flag that lets it
            // be read; every thread that validates writes the same value).
            _monthsSinceAdmission = _partyAdmittedOn is { } admitted ? MonthsBetween(admitted, _partyAdmittedOnKey) : -1;
            Volatile.Write(ref _consistent, true);
        }

        return this;
    }

    /// <summary>Determines whether two inputs record the same facts (discipline decisions compared in order).</summary>
    /// <param name="other">The other input.</param>
    /// <returns><see langword="true"/> when every fact is equal.</returns>
    public bool Equals(EvaluationInput? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_year == other._year && _evaluatedOn == other._evaluatedOn && _role == other._role && Tasks == other.Tasks
                && Nullable.Equals(Score, other.Score) && Nullable.Equals(_grades, other._grades)
                && Equals(Leader, other.Leader) && Equals(Collective, other.Collective)
                && _discipline.AsSpan().SequenceEqual(other._discipline.AsSpan())
                && Degraded == other.Degraded && BreachedProhibitions == other.BreachedProhibitions
                && _monthsWorked == other._monthsWorked && _sickLeaveMonths == other._sickLeaveMonths
                && _otherLeaveMonths == other._otherLeaveMonths && MaternityLeave == other.MaternityLeave
                && Nullable.Equals(_partyAdmittedOn, other._partyAdmittedOn)
                && ExemptFromPartyActivities == other.ExemptFromPartyActivities && PartySuspended == other.PartySuspended
                && Nullable.Equals(_stateLevel, other._stateLevel)
                && _priorShortcomingsFound == other._priorShortcomingsFound && _priorShortcomingsFixed == other._priorShortcomingsFixed
                && string.Equals(_mitigationReason, other._mitigationReason, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(_year);
        hash.Add(_evaluatedOn);
        hash.Add(_role);
        hash.Add(Tasks);
        hash.Add(Score);
        hash.Add(_grades);
        hash.Add(_discipline.Length);
        hash.Add(_monthsWorked);
        hash.Add(_sickLeaveMonths);
        hash.Add(_otherLeaveMonths);
        hash.Add(_partyAdmittedOn);
        hash.Add(_stateLevel);
        hash.Add(_priorShortcomingsFound);
        hash.Add(_priorShortcomingsFixed);
        hash.Add(_mitigationReason, StringComparer.Ordinal);
        hash.Add(Degraded);
        hash.Add(BreachedProhibitions);
        hash.Add(MaternityLeave);
        hash.Add(ExemptFromPartyActivities);
        hash.Add(PartySuspended);
        return hash.ToHashCode();
    }

    /// <summary>Makes the one reusable input of a round over rows (<see cref="EvaluationRowFacts"/>): never handed out,
    /// refilled row after row through the same checks as the init accessors.</summary>
    /// <returns>An input holding the defaults and no required fact yet.</returns>
    internal static EvaluationInput CreateReusable() => new(reusable: true);

    /// <summary>Initializes a new instance of the <see cref="EvaluationInput"/> class; set the facts with an object
    /// initializer (<see cref="Year"/>, <see cref="EvaluatedOn"/>, <see cref="Role"/> and <see cref="Tasks"/> are
    /// required).</summary>
    public EvaluationInput()
    {
    }

    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private EvaluationInput(bool reusable)
    {
        _ = reusable;
    }

    /// <summary>Puts every fact back to its default (the reusable input only), so nothing of one row leaks into the next.</summary>
    /// <remarks>The required facts (year, evaluation date, role, tasks) are left as they are: every row must set them
    /// (<see cref="EvaluationRowFacts"/> checks it), and a row setting the same year and date as the last one then
    /// skips their range checks.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once, per row of a round over rows
    internal void ResetReusable()
    {
        // References are written only when set (a write of a reference into a long-lived object costs a GC barrier).
        if (_hasScore)
        {
            // The card itself is left: without the flag nothing reads it.
            _hasScore = false;
            _scoreTotal = 0m;
            _scoreFloor = 0;
        }

        if (_hasGrades)
        {
            _grades = null;
            _hasGrades = false;
        }

        if (_leader is not null)
        {
            _leader = null;
        }

        if (_collective is not null)
        {
            _collective = null;
        }

        if (!_discipline.IsEmpty)
        {
            _discipline = ImmutableArray<DisciplineRecord>.Empty;
        }

        if (_mitigationReason is not null)
        {
            _mitigationReason = null;
        }

        _degraded = false;
        _breachedProhibitions = false;
        _monthsWorked = 12;
        _sickLeaveMonths = 0;
        _otherLeaveMonths = 0;
        _maternityLeave = false;
        _partyAdmittedOn = null;
        _partyAdmittedOnKey = 0;
        _exemptFromPartyActivities = false;
        _partySuspended = false;
        _stateLevel = null;
        _priorShortcomingsFound = 0;
        _priorShortcomingsFixed = 0;
        _consistent = false;
    }

    /// <summary>An immutable copy (what a rule that may keep its input, or an explanation, is given).</summary>
    internal EvaluationInput Snapshot() => this with { };

    internal void SetTasks(TaskCounts value) => _tasks = value;

    // Both take their value by reference: a score card is 56 bytes, and a round over rows sets one per row (copying it
    // through the stack as an argument costs more than the rest of the setter).
    internal void SetScore(in ScoreCard? value)
    {
        if (value.HasValue)
        {
            SetScore(in Nullable.GetValueRefOrDefaultRef(in value));
        }
        else
        {
            _score = default;
            _hasScore = false;
            _scoreTotal = 0m;
            _scoreFloor = 0;
        }
    }

    internal void SetScore(in ScoreCard card)
    {
        _score = card;
        _hasScore = true;
        _scoreTotal = card.Total;
        _scoreFloor = card.Floor;
    }

    internal void SetGrades(CriteriaGrades? value)
    {
        _grades = value;
        _hasGrades = value is not null;
    }

    internal void SetLeader(LeaderFacts? value)
    {
        _leader = value;
        _consistent = false;
    }

    internal void SetCollective(CollectiveFacts? value)
    {
        _collective = value;
        _consistent = false;
    }

    internal void SetDegraded(bool value) => _degraded = value;

    internal void SetBreachedProhibitions(bool value) => _breachedProhibitions = value;

    internal void SetMonthsWorked(int value) => _monthsWorked = InRange(value, "monthsWorked");

    internal void SetMaternityLeave(bool value) => _maternityLeave = value;

    internal void SetExemptFromPartyActivities(bool value) => _exemptFromPartyActivities = value;

    internal void SetPartySuspended(bool value) => _partySuspended = value;

    /// <summary>Gets the leader's facts for a rule that reads them; a rule reads them only in a leader's ladder, and
    /// <see cref="Validate"/> refuses a leader without them, so the error is for a ladder used on an unchecked input.</summary>
    internal LeaderFacts RequiredLeader => Leader ?? throw MissingFacts("leader");

    /// <summary>Gets the collective's facts for a rule that reads them (see <see cref="RequiredLeader"/>).</summary>
    internal CollectiveFacts RequiredCollective => Collective ?? throw MissingFacts("collective");

    /// <summary>Gets whether <see cref="Validate"/> has passed on this input (read by the classification's fast path).</summary>
    internal bool IsConsistent => _consistent;

    /// <summary>Gets the tasks the unit-completion grounds read: the units' tasks for a leader, the subject's own otherwise.</summary>
    internal TaskCounts ConditionTasks => Leader is { } leader && Role == EvaluationRole.Leader ? leader.UnitTasks : Tasks;

    /// <summary>Gets whether the input has a score (read on the hot path without copying the nullable score card).</summary>
    internal bool HasScore => _hasScore;

    /// <summary>Gets whether the input has criteria grades.</summary>
    internal bool HasGrades => _hasGrades;

    /// <summary>Gets the evaluation date as an ordered integer key (see <see cref="DateKey"/>).</summary>
    internal int EvaluatedOnKey => _evaluatedOnKey;

    // A date's key (DateKey), checked to be within the library's dates (DomainCalendar) on the key itself.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int KeyWithinDates(LocalDate value, string field, string vietnamese, string english)
    {
        int key = DateKey(value);
        if (key < EarliestKey || key > LatestKey)
        {
            throw OutsideDates(field, vietnamese, english, value);
        }

        return key;
    }

    // The error of a date outside the library's dates, made apart from the setters: without the error's text in them,
    // the setters are small enough to be inlined where a round over rows calls them, once per row.
    private static EvaluationInputException OutsideDates(string field, string vietnamese, string english, LocalDate value) =>
        EvaluationInputException.For(
            field,
            $"{vietnamese} {TextFormat.IsoDate(value)} nằm ngoài khoảng ngày thư viện chấp nhận, từ {TextFormat.IsoDate(DomainCalendar.Earliest)} đến {TextFormat.IsoDate(DomainCalendar.Latest)}.",
            $"the {english} {TextFormat.IsoDate(value)} is outside the dates the library accepts, {TextFormat.IsoDate(DomainCalendar.Earliest)} to {TextFormat.IsoDate(DomainCalendar.Latest)}.");

    // The keys of the first and last days the library accepts (DomainCalendar): a date is accepted exactly when its key
    // is between them, as the keys are ordered as the days.
    private static readonly int EarliestKey = DateKey(DomainCalendar.Earliest);
    private static readonly int LatestKey = DateKey(DomainCalendar.Latest);

    /// <summary>An integer whose order is the order of the days: the ISO year, month and day in separate bits. A date of
    /// another calendar is first converted to the ISO calendar (the regulations' dates are ISO dates).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DateKey(LocalDate date)
    {
        if (!ReferenceEquals(date.Calendar, CalendarSystem.Iso))
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }

        // Years 1 to 9999 (NodaTime's ISO range starts at -9998: shift so that every key is positive and ordered).
        return ((date.Year + 10_000) << 9) | (date.Month << 5) | date.Day;
    }

    // Computed once: the rules read it several times per classification and a decimal sum is not free.
    internal decimal ScoreTotal => _scoreTotal;

    // The whole points of the total (the total is between 0 and 100, so truncation is the floor). For a whole number n,
    // total >= n exactly when ScoreFloor >= n, and total < n exactly when ScoreFloor < n: rules with whole-point
    // thresholds compare integers instead of decimals.
    internal int ScoreFloor => _scoreFloor;

    internal int LeaveMonths => SickLeaveMonths + OtherLeaveMonths;

    /// <summary>Counts the discipline decisions taken in the evaluation year that match a filter (no allocation).</summary>
    internal int CountDiscipline(DisciplineFilter filter)
    {
        int count = 0;
        foreach (DisciplineRecord record in _discipline)
        {
            if (record.DecidedOn.Year != Year)
            {
                continue;
            }

            if ((filter & DisciplineFilter.DutyRelated) != 0 && !record.RelatedToPublicDuty)
            {
                continue;
            }

            if ((filter & DisciplineFilter.PartyOnly) != 0 && record.Track != DisciplineTrack.Party)
            {
                continue;
            }

            if ((filter & DisciplineFilter.AdministrativeOnly) != 0 && record.Track != DisciplineTrack.Administrative)
            {
                continue;
            }

            if ((filter & DisciplineFilter.ExceptSelfDiscovered) != 0 && record.SelfDiscovered)
            {
                continue;
            }

            count++;
        }

        return count;
    }

    private static int InRange(int months, string field)
    {
        if (months < 0 || months > 12)
        {
            throw EvaluationInputException.For(
                field,
                Invariant($"trường {field} phải từ 0 đến 12 tháng, không phải {months}."),
                Invariant($"the field {field} must be between 0 and 12 months, not {months}."));
        }

        return months;
    }

    private static int NotNegative(int count, string field)
    {
        if (count < 0)
        {
            throw EvaluationInputException.For(
                field,
                Invariant($"số hạn chế, khuyết điểm {field} không được âm ({count})."),
                Invariant($"the count {field} cannot be negative ({count})."));
        }

        return count;
    }

    private static EvaluationInputException MissingFacts(string field) => field == "leader"
        ? EvaluationInputException.For("leader", "đánh giá người đứng đầu cần các dữ kiện của người đứng đầu (nhiệm vụ của đơn vị, các đơn vị trực thuộc…).", "a leader's evaluation needs the leader's facts (unit tasks, subordinate units…).")
        : EvaluationInputException.For("collective", "đánh giá tập thể cần các dữ kiện của tập thể.", "a collective's evaluation needs the collective's facts.");

    // Each check's error is made apart, below, so that the checks alone are inlined into Validate, which a round over
    // rows calls per row.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckConsistency()
    {
        if (_evaluatedOn.Year != _year && _evaluatedOn.Year != _year + 1)
        {
            throw EvaluatedOutsideYear();
        }

        if (_role == EvaluationRole.Leader && Leader is null)
        {
            throw MissingFacts("leader");
        }

        if (_role == EvaluationRole.Collective && Collective is null)
        {
            throw MissingFacts("collective");
        }

        if (_sickLeaveMonths + _otherLeaveMonths > 12)
        {
            throw LeaveOverYear();
        }

        if (_partyAdmittedOn is not null && _partyAdmittedOnKey > EvaluatedOnKey)
        {
            throw AdmittedAfterEvaluation();
        }

        if (_priorShortcomingsFixed > _priorShortcomingsFound)
        {
            throw FixedOverFound();
        }
    }

    private EvaluationInputException EvaluatedOutsideYear() => EvaluationInputException.For(
        "evaluatedOn",
        Invariant($"việc đánh giá năm {_year} được làm trong năm {_year} hoặc đầu năm {_year + 1}, không phải ngày {TextFormat.Date(_evaluatedOn)}."),
        Invariant($"an evaluation of {_year} is made in {_year} or early {_year + 1}, not on {TextFormat.Date(_evaluatedOn)}."));

    private EvaluationInputException LeaveOverYear() => EvaluationInputException.For(
        "otherLeaveMonths",
        Invariant($"số tháng nghỉ ốm ({_sickLeaveMonths}) và nghỉ khác ({_otherLeaveMonths}) cộng lại vượt 12 tháng."),
        Invariant($"sick leave ({_sickLeaveMonths}) and other leave ({_otherLeaveMonths}) exceed 12 months."));

    private EvaluationInputException AdmittedAfterEvaluation() => EvaluationInputException.For(
        "partyAdmittedOn",
        $"ngày vào Đảng {TextFormat.Date(_partyAdmittedOn.GetValueOrDefault())} sau ngày đánh giá {TextFormat.Date(_evaluatedOn)}.",
        $"the party admission date {TextFormat.Date(_partyAdmittedOn.GetValueOrDefault())} is after the evaluation date {TextFormat.Date(_evaluatedOn)}.");

    private EvaluationInputException FixedOverFound() => EvaluationInputException.For(
        "priorShortcomingsFixed",
        Invariant($"số hạn chế, khuyết điểm đã khắc phục ({_priorShortcomingsFixed}) phải từ 0 đến số đã chỉ ra ({_priorShortcomingsFound})."),
        Invariant($"shortcomings fixed ({_priorShortcomingsFixed}) must be between 0 and those found ({_priorShortcomingsFound})."));

    // Whole months from admission, as Period.Between(admitted, evaluatedOn, PeriodUnits.Months) counts them (adding
    // months clamps to the month's last day), without allocating a Period. In the ISO calendar, adding the months lands
    // in the evaluation's month on the admission's day clamped to that month's length, so it passes the evaluation date
    // exactly when the admission's day is later and the evaluation is not on the month's last day; the date keys hold
    // the year, month and day. Other calendars keep NodaTime's arithmetic.
    private int MonthsBetween(LocalDate admitted, int admittedKey)
    {
        if (ReferenceEquals(admitted.Calendar, CalendarSystem.Iso) && ReferenceEquals(_evaluatedOn.Calendar, CalendarSystem.Iso))
        {
            int evaluatedKey = EvaluatedOnKey;
            int onYear = (evaluatedKey >> 9) - 10_000, onMonth = (evaluatedKey >> 5) & 15, onDay = evaluatedKey & 31;
            int months = ((onYear - ((admittedKey >> 9) - 10_000)) * 12) + onMonth - ((admittedKey >> 5) & 15);
            if ((admittedKey & 31) > onDay && onDay < CalendarSystem.Iso.GetDaysInMonth(onYear, onMonth))
            {
                months--;
            }

            return months;
        }

        return Period.Between(admitted.WithCalendar(_evaluatedOn.Calendar), _evaluatedOn, PeriodUnits.Months).Months;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
