using System;
using System.Collections.Immutable;
using System.Globalization;
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
/// Every field is checked at construction and a bad one raises <see cref="EvaluationInputException"/> naming it, so
/// no half-built input exists. Which facts a regime needs differs: the 100-point regimes read <see cref="Score"/>, the
/// criteria-list regimes read <see cref="Grades"/>; a regime that needs a missing fact raises the exception when
/// classifying. Immutable and thread-safe.
/// </remarks>
public sealed class EvaluationInput
{
    private readonly ImmutableArray<DisciplineRecord> _discipline;

    /// <summary>Creates an input.</summary>
    /// <param name="year">The evaluation year (năm đánh giá).</param>
    /// <param name="evaluatedOn">The date the evaluation is made; it picks the regime and must fall in
    /// <paramref name="year"/> or the next year (special units finish by mid-January).</param>
    /// <param name="role">Non-leader, leader or collective.</param>
    /// <param name="tasks">The subject's own tasks or targets of the year.</param>
    /// <param name="score">The 100-point score (QĐ 366, NĐ 335, NĐ 233), or <see langword="null"/>.</param>
    /// <param name="grades">The criteria grades (QĐ 132, QĐ 124, NĐ 90), or <see langword="null"/>.</param>
    /// <param name="leader">The leader's area; required when <paramref name="role"/> is <see cref="EvaluationRole.Leader"/>.</param>
    /// <param name="collective">The collective's facts; required when <paramref name="role"/> is <see cref="EvaluationRole.Collective"/>.</param>
    /// <param name="discipline">Discipline decisions about the subject (any year; each rule picks those that count).</param>
    /// <param name="degraded">Whether the competent level concluded degradation (suy thoái, "tự diễn biến", "tự chuyển hóa").</param>
    /// <param name="breachedProhibitions">Whether the subject breached what party members must not do or the duty to set
    /// an example, harming the reputation of self or unit.</param>
    /// <param name="monthsWorked">Whole months actually worked in the year, 0 to 12.</param>
    /// <param name="sickLeaveMonths">Whole months of sick leave in the year, 0 to 12.</param>
    /// <param name="otherLeaveMonths">Whole months of other lawful leave away from work (not sick, not maternity), 0 to 12.</param>
    /// <param name="maternityLeave">Whether the subject took maternity leave in the year.</param>
    /// <param name="partyAdmittedOn">The date of admission to the Party, or <see langword="null"/> (not a member, or long ago).</param>
    /// <param name="exemptFromPartyActivities">Whether the member is exempt from work and party activities.</param>
    /// <param name="partySuspended">Whether the member's party activities are suspended (đình chỉ sinh hoạt đảng).</param>
    /// <param name="stateLevel">The State level of the year for a party member who is also a cán bộ, công chức or viên
    /// chức, or <see langword="null"/>.</param>
    /// <param name="priorShortcomingsFound">Shortcomings pointed out at the previous review.</param>
    /// <param name="priorShortcomingsFixed">Of them, those fixed.</param>
    /// <param name="mitigationReason">Why the competent level should weigh the case (the violation was found, reported and
    /// remedied by the subject, or a force majeure prevented the tasks), or <see langword="null"/>. Where the regime lets the
    /// competent level weigh such cases (QĐ 366-QĐ/TW Điều 11 khoản 4; NĐ 233/2026 Điều 12 khoản 4 for managers), a Không hoàn thành nhiệm vụ ground other than the
    /// score then leaves the outcome undetermined instead of forcing the level.</param>
    /// <exception cref="EvaluationInputException">A field is out of range or inconsistent; the message and
    /// <see cref="ArgumentException.ParamName"/> name it.</exception>
    public EvaluationInput(
        int year,
        LocalDate evaluatedOn,
        EvaluationRole role,
        TaskCounts tasks,
        ScoreCard? score = null,
        CriteriaGrades? grades = null,
        LeaderFacts? leader = null,
        CollectiveFacts? collective = null,
        ImmutableArray<DisciplineRecord> discipline = default,
        bool degraded = false,
        bool breachedProhibitions = false,
        int monthsWorked = 12,
        int sickLeaveMonths = 0,
        int otherLeaveMonths = 0,
        bool maternityLeave = false,
        LocalDate? partyAdmittedOn = null,
        bool exemptFromPartyActivities = false,
        bool partySuspended = false,
        EvaluationLevel? stateLevel = null,
        int priorShortcomingsFound = 0,
        int priorShortcomingsFixed = 0,
        string? mitigationReason = null)
    {
        if (year < DomainCalendar.FirstYear || year > DomainCalendar.LastYear)
        {
            throw EvaluationInputException.For(
                nameof(year),
                Invariant($"năm đánh giá {year} nằm ngoài khoảng năm thư viện chấp nhận, từ {DomainCalendar.FirstYear} đến {DomainCalendar.LastYear}."),
                Invariant($"the evaluation year {year} is outside the years the library accepts, {DomainCalendar.FirstYear} to {DomainCalendar.LastYear}."));
        }

        if (!DomainCalendar.Contains(evaluatedOn))
        {
            throw EvaluationInputException.For(
                nameof(evaluatedOn),
                $"ngày đánh giá {TextFormat.IsoDate(evaluatedOn)} nằm ngoài khoảng ngày thư viện chấp nhận, từ {TextFormat.IsoDate(DomainCalendar.Earliest)} đến {TextFormat.IsoDate(DomainCalendar.Latest)}.",
                $"the evaluation date {TextFormat.IsoDate(evaluatedOn)} is outside the dates the library accepts, {TextFormat.IsoDate(DomainCalendar.Earliest)} to {TextFormat.IsoDate(DomainCalendar.Latest)}.");
        }

        if (evaluatedOn.Year != year && evaluatedOn.Year != year + 1)
        {
            throw EvaluationInputException.For(
                nameof(evaluatedOn),
                Invariant($"việc đánh giá năm {year} được làm trong năm {year} hoặc đầu năm {year + 1}, không phải ngày {TextFormat.Date(evaluatedOn)}."),
                Invariant($"an evaluation of {year} is made in {year} or early {year + 1}, not on {TextFormat.Date(evaluatedOn)}."));
        }

        // The roles are 0 to 2 (a range check; Enum.IsDefined is a look-up per call).
        if (unchecked((uint)role) > (uint)EvaluationRole.Collective)
        {
            throw EvaluationInputException.For(nameof(role), $"vai trò không xác định {role}.", $"unknown role {role}.");
        }

        if (role == EvaluationRole.Leader && leader is null)
        {
            throw EvaluationInputException.For(nameof(leader), "đánh giá người đứng đầu cần các dữ kiện của người đứng đầu (nhiệm vụ của đơn vị, các đơn vị trực thuộc…).", "a leader's evaluation needs the leader's facts (unit tasks, subordinate units…).");
        }

        if (role == EvaluationRole.Collective && collective is null)
        {
            throw EvaluationInputException.For(nameof(collective), "đánh giá tập thể cần các dữ kiện của tập thể.", "a collective's evaluation needs the collective's facts.");
        }

        if (!discipline.IsDefault)
        {
            foreach (DisciplineRecord record in discipline)
            {
                if (record is null)
                {
                    throw EvaluationInputException.For(nameof(discipline), "một bản ghi kỷ luật bị trống (null).", "a discipline record is null.");
                }
            }
        }

        // One test on the usual path (each count 0 to 12 and the leave at most 12 months together); the checks name the field.
        if (unchecked((uint)monthsWorked > 12 || (uint)sickLeaveMonths > 12 || (uint)otherLeaveMonths > 12) || sickLeaveMonths + otherLeaveMonths > 12)
        {
            InRange(monthsWorked, nameof(monthsWorked));
            InRange(sickLeaveMonths, nameof(sickLeaveMonths));
            InRange(otherLeaveMonths, nameof(otherLeaveMonths));
            throw EvaluationInputException.For(
                nameof(otherLeaveMonths),
                Invariant($"số tháng nghỉ ốm ({sickLeaveMonths}) và nghỉ khác ({otherLeaveMonths}) cộng lại vượt 12 tháng."),
                Invariant($"sick leave ({sickLeaveMonths}) and other leave ({otherLeaveMonths}) exceed 12 months."));
        }

        int evaluatedKey = DateKey(evaluatedOn);
        if (partyAdmittedOn is { } admitted)
        {
            if (!DomainCalendar.Contains(admitted))
            {
                throw EvaluationInputException.For(
                    nameof(partyAdmittedOn),
                    $"ngày vào Đảng {TextFormat.IsoDate(admitted)} nằm ngoài khoảng ngày thư viện chấp nhận, từ {TextFormat.IsoDate(DomainCalendar.Earliest)} đến {TextFormat.IsoDate(DomainCalendar.Latest)}.",
                    $"the party admission date {TextFormat.IsoDate(admitted)} is outside the dates the library accepts, {TextFormat.IsoDate(DomainCalendar.Earliest)} to {TextFormat.IsoDate(DomainCalendar.Latest)}.");
            }

            int admittedKey = DateKey(admitted);
            if (admittedKey > evaluatedKey)
            {
                throw EvaluationInputException.For(
                    nameof(partyAdmittedOn),
                    $"ngày vào Đảng {TextFormat.Date(admitted)} sau ngày đánh giá {TextFormat.Date(evaluatedOn)}.",
                    $"the party admission date {TextFormat.Date(admitted)} is after the evaluation date {TextFormat.Date(evaluatedOn)}.");
            }

            // Whole months from admission, as Period.Between(admitted, evaluatedOn, PeriodUnits.Months) counts them
            // (adding months clamps to the month's last day), without allocating a Period. In the ISO calendar, adding
            // the months lands in the evaluation's month on the admission's day clamped to that month's length, so it
            // passes the evaluation date exactly when the admission's day is later and the evaluation is not on the
            // month's last day; the date keys hold the year, month and day. Other calendars keep NodaTime's arithmetic.
            int months;
            if (ReferenceEquals(admitted.Calendar, CalendarSystem.Iso) && ReferenceEquals(evaluatedOn.Calendar, CalendarSystem.Iso))
            {
                int onYear = (evaluatedKey >> 9) - 10_000, onMonth = (evaluatedKey >> 5) & 15, onDay = evaluatedKey & 31;
                months = ((onYear - ((admittedKey >> 9) - 10_000)) * 12) + onMonth - ((admittedKey >> 5) & 15);
                if ((admittedKey & 31) > onDay && onDay < CalendarSystem.Iso.GetDaysInMonth(onYear, onMonth))
                {
                    months--;
                }
            }
            else
            {
                months = Period.Between(admitted.WithCalendar(evaluatedOn.Calendar), evaluatedOn, PeriodUnits.Months).Months;
            }

            MonthsSinceAdmission = months;
        }

        if (stateLevel is { } level && !Enum.IsDefined(level))
        {
            throw EvaluationInputException.For(nameof(stateLevel), $"mức xếp loại không xác định {level}.", $"unknown level {level}.");
        }

        if (priorShortcomingsFound < 0)
        {
            throw EvaluationInputException.For(
                nameof(priorShortcomingsFound),
                Invariant($"số hạn chế, khuyết điểm đã chỉ ra priorShortcomingsFound không được âm ({priorShortcomingsFound})."),
                Invariant($"the count priorShortcomingsFound cannot be negative ({priorShortcomingsFound})."));
        }

        if (priorShortcomingsFixed < 0 || priorShortcomingsFixed > priorShortcomingsFound)
        {
            throw EvaluationInputException.For(
                nameof(priorShortcomingsFixed),
                Invariant($"số hạn chế, khuyết điểm đã khắc phục ({priorShortcomingsFixed}) phải từ 0 đến số đã chỉ ra ({priorShortcomingsFound})."),
                Invariant($"shortcomings fixed ({priorShortcomingsFixed}) must be between 0 and those found ({priorShortcomingsFound})."));
        }

        if (mitigationReason is not null && string.IsNullOrWhiteSpace(mitigationReason))
        {
            throw EvaluationInputException.For(nameof(mitigationReason), "lý do giảm nhẹ, khi có ghi, không được để trống.", "a mitigation reason, when given, cannot be blank.");
        }

        Year = year;
        EvaluatedOn = evaluatedOn;
        Role = role;
        Tasks = tasks;
        Score = score;
        HasScore = score is not null;
        HasGrades = grades is not null;
        EvaluatedOnKey = evaluatedKey;
        ScoreTotal = score is { } card ? card.Total : 0m;
        ScoreFloor = (int)ScoreTotal; // the conversion truncates: the floor of a total between 0 and 100
        Grades = grades;
        Leader = leader;
        Collective = collective;
        _discipline = discipline.IsDefault ? ImmutableArray<DisciplineRecord>.Empty : discipline;
        Degraded = degraded;
        BreachedProhibitions = breachedProhibitions;
        MonthsWorked = monthsWorked;
        SickLeaveMonths = sickLeaveMonths;
        OtherLeaveMonths = otherLeaveMonths;
        MaternityLeave = maternityLeave;
        PartyAdmittedOn = partyAdmittedOn;
        ExemptFromPartyActivities = exemptFromPartyActivities;
        PartySuspended = partySuspended;
        StateLevel = stateLevel;
        PriorShortcomingsFound = priorShortcomingsFound;
        PriorShortcomingsFixed = priorShortcomingsFixed;
        MitigationReason = mitigationReason;
    }

    /// <summary>Gets the evaluation year.</summary>
    public int Year { get; }

    /// <summary>Gets the date the evaluation is made; it picks the regime.</summary>
    public LocalDate EvaluatedOn { get; }

    /// <summary>Gets the role of the subject.</summary>
    public EvaluationRole Role { get; }

    /// <summary>Gets the subject's own tasks or targets.</summary>
    public TaskCounts Tasks { get; }

    /// <summary>Gets the 100-point score, if recorded.</summary>
    public ScoreCard? Score { get; }

    /// <summary>Gets the criteria grades, if recorded.</summary>
    public CriteriaGrades? Grades { get; }

    /// <summary>Gets the leader's facts (present for a leader).</summary>
    public LeaderFacts? Leader { get; }

    /// <summary>Gets the collective's facts (present for a collective).</summary>
    public CollectiveFacts? Collective { get; }

    /// <summary>Gets the discipline decisions.</summary>
    public ImmutableArray<DisciplineRecord> Discipline => _discipline;

    /// <summary>Gets a value indicating whether degradation was concluded.</summary>
    public bool Degraded { get; }

    /// <summary>Gets a value indicating whether the subject breached party prohibitions or the duty to set an example.</summary>
    public bool BreachedProhibitions { get; }

    /// <summary>Gets the whole months actually worked in the year.</summary>
    public int MonthsWorked { get; }

    /// <summary>Gets the whole months of sick leave.</summary>
    public int SickLeaveMonths { get; }

    /// <summary>Gets the whole months of other lawful leave (not sick, not maternity).</summary>
    public int OtherLeaveMonths { get; }

    /// <summary>Gets a value indicating whether the subject took maternity leave in the year.</summary>
    public bool MaternityLeave { get; }

    /// <summary>Gets the party admission date, if given.</summary>
    public LocalDate? PartyAdmittedOn { get; }

    /// <summary>Gets the whole months from party admission to the evaluation date, when an admission date is given.</summary>
    public int? MonthsSinceAdmission { get; }

    /// <summary>Gets a value indicating whether the member is exempt from work and party activities.</summary>
    public bool ExemptFromPartyActivities { get; }

    /// <summary>Gets a value indicating whether the member's party activities are suspended.</summary>
    public bool PartySuspended { get; }

    /// <summary>Gets the State level of the year, for a party member who is also a cán bộ, công chức or viên chức.</summary>
    public EvaluationLevel? StateLevel { get; }

    /// <summary>Gets the shortcomings pointed out at the previous review.</summary>
    public int PriorShortcomingsFound { get; }

    /// <summary>Gets the shortcomings fixed.</summary>
    public int PriorShortcomingsFixed { get; }

    /// <summary>Gets why the competent level should weigh the case, or <see langword="null"/>.</summary>
    public string? MitigationReason { get; }

    /// <summary>Gets the tasks the unit-completion grounds read: the units' tasks for a leader, the subject's own otherwise.</summary>
    internal TaskCounts ConditionTasks => Leader is { } leader && Role == EvaluationRole.Leader ? leader.UnitTasks : Tasks;

    /// <summary>Gets whether the input has a score (read on the hot path without copying the nullable score card).</summary>
    internal bool HasScore { get; }

    /// <summary>Gets whether the input has criteria grades.</summary>
    internal bool HasGrades { get; }

    /// <summary>Gets the evaluation date as an ordered integer key (see <see cref="DateKey"/>).</summary>
    internal int EvaluatedOnKey { get; }

    /// <summary>An integer whose order is the order of the days: the ISO year, month and day in separate bits. A date of
    /// another calendar is first converted to the ISO calendar (the regulations' dates are ISO dates).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The key.</returns>
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
    internal decimal ScoreTotal { get; }

    // The whole points of the total (the total is between 0 and 100, so truncation is the floor). For a whole number n,
    // total >= n exactly when ScoreFloor >= n, and total < n exactly when ScoreFloor < n: rules with whole-point
    // thresholds compare integers instead of decimals.
    internal int ScoreFloor { get; }

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

    private static void InRange(int months, string field)
    {
        if (months < 0 || months > 12)
        {
            throw EvaluationInputException.For(
                field,
                Invariant($"trường {field} phải từ 0 đến 12 tháng, không phải {months}."),
                Invariant($"the field {field} must be between 0 and 12 months, not {months}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
