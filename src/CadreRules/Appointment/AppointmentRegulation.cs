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
/// Appointment (bổ nhiệm) of leaders: QĐ 80-QĐ/TW (18/08/2022 → 07/10/2025) and QĐ 377-QĐ/TW Điều 34 (from 08/10/2025)
/// for cadres, NĐ 85/2023/NĐ-CP for viên chức; with the age rule of KL 08-KL/TW and HĐ 06-HD/BTCTW (from 01/08/2021),
/// the discipline bars of the 2019 amendment of Luật CBCC (from 01/07/2020), reappointment terms and the notice date.
/// </summary>
/// <remarks>
/// <para>Eligibility (<see cref="Eligibility"/>) is all of: planned for the title or an equivalent or higher one; for a
/// higher post, enough months in the current or an equivalent post (24 under QĐ 80 and NĐ 85, 12 under QĐ 377, where a
/// structural committee seat or a reasoned decision of the managing committee lifts it); for a first or higher
/// appointment, at least 60 months of working time left in the month the dossier was received, boundary included (under
/// QĐ 377 at least 48 in a special case decided by the appointing level); no discipline bar running (12 months after
/// khiển trách, cảnh cáo, hạ bậc lương; 24 after giáng chức, cách chức and heavier forms); no "Không hoàn thành nhiệm vụ"
/// (KHT) in the assessed recent years.</para>
/// <para>Every number is a parameter of the version. The regulation does not check that it is in force on the dossier
/// date: pick it from a <see cref="RegulationCatalog"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class AppointmentRegulation : Regulation
{
    /// <summary>The extension point of a requirement every case must meet: an added rule (<see cref="RuleChange.Add{TFacts}(string, Rule{TFacts})"/>
    /// over <see cref="AppointmentCase"/>, or as data over <see cref="AppointmentFacts.Catalog"/>) joins <see cref="Eligibility"/>'s
    /// conditions, all of which must hold.</summary>
    /// <remarks>Any condition of <see cref="Eligibility"/> may also be replaced (it keeps its code and cites the variant)
    /// or removed by its code. The term, reappointment and notice computations take numbers only.</remarks>
    public const string Requirement = "requirement";

    private readonly ImmutableArray<RuleChange> _changes = [];

    /// <inheritdoc />
    public override ImmutableArray<RuleChange> RuleChanges => _changes;

    internal static readonly RuleCode EligibilityCode = new("Appointment.Eligibility");
    internal static readonly RuleCode PlannedCode = new("Appointment.Planned");
    internal static readonly RuleCode TimeInPostCode = new("Appointment.TimeInPost");
    internal static readonly RuleCode TimeInPostExceptionCode = new("Appointment.TimeInPost.Exception");
    internal static readonly RuleCode AgeCode = new("Appointment.Age");
    internal static readonly RuleCode AgeSpecialCaseCode = new("Appointment.Age.SpecialCase");
    internal static readonly RuleCode DisciplineCode = new("Appointment.DisciplineBar");
    internal static readonly RuleCode EvaluationCode = new("Appointment.Evaluation");

    private readonly Version _version;
    private readonly int _minMonthsInPost;
    private readonly int _lightBar;
    private readonly int _heavyBar;
    private readonly int _termMonths;
    private readonly int _extensionBelow;
    private readonly int _noticeDays;
    private readonly Citation _reappointmentCitation;

    private AppointmentRegulation(RegulationReference reference, ParameterSet parameters, Version version)
        : this(reference, parameters, version, [], 0)
    {
    }

    private AppointmentRegulation(RegulationReference reference, ParameterSet parameters, Version version, ImmutableArray<RuleChange> changes, int firstNew)
        : base(reference, parameters)
    {
        _version = version;
        _minMonthsInPost = parameters.Get(version.MinMonthsInPost);
        int minMonthsLeft = parameters.Get(version.MinMonthsLeft);
        int specialMin = parameters.Get(version.SpecialCaseMinMonthsLeft);
        bool timeExceptions = parameters.Get(version.TimeInPostExceptions);
        _lightBar = parameters.Get(version.LightBarMonths);
        _heavyBar = parameters.Get(version.HeavyBarMonths);
        int evaluationYears = parameters.Get(version.EvaluationYears);
        _termMonths = parameters.Get(version.TermMonths);
        _extensionBelow = parameters.Get(version.ExtensionBelowMonths);
        _noticeDays = parameters.Get(version.NoticeWorkingDays);
        _reappointmentCitation = parameters.CitationFor(version.ReappointmentCitation, version.TermMonths, version.ExtensionBelowMonths)!;
        int minInPost = _minMonthsInPost;
        int lightBar = _lightBar;
        int heavyBar = _heavyBar;

        Rule<AppointmentCase> planned = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(PlannedCode, version.PlannedCitation, confidence: version.PlannedConfidence),
            static f => f.IsPlanned,
            values: static f => [FactValue.Of("planned", f.IsPlanned)]);

        Rule<AppointmentCase> timeInPost = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(TimeInPostCode, parameters.CitationFor(version.TimeInPostCitation, version.MinMonthsInPost), confidence: version.TimeInPostConfidence),
            f => f.MonthsInPost >= minInPost,
            appliesTo: static f => f.Kind == AppointmentKind.Higher,
            values: f => [FactValue.Of("monthsInPost", f.MonthsInPost), FactValue.Of("minMonths", minInPost)]);
        Rule<AppointmentCase> timeException = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(TimeInPostExceptionCode, parameters.CitationFor(version.TimeInPostCitation, version.TimeInPostExceptions), Severity.Advisory),
            static _ => true,
            appliesTo: f => timeExceptions && f.Kind == AppointmentKind.Higher && (f.ForStructuralCommitteeSeat || f.TimeInPostDecision is not null),
            values: static f => [FactValue.Of("structuralSeat", f.ForStructuralCommitteeSeat), FactValue.Of("reason", f.TimeInPostDecision ?? "-")]);

        Rule<AppointmentCase> age = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(AgeCode, parameters.CitationFor(version.AgeCitation, version.MinMonthsLeft), confidence: version.AgeConfidence),
            f => f.MonthsLeft >= minMonthsLeft,
            appliesTo: static f => f.IsFirstOrHigher,
            values: f => [FactValue.Of("monthsLeft", f.MonthsLeft), ServiceLeftWords.Value(f.MonthsLeft), FactValue.Of("minMonths", minMonthsLeft), FactValue.Of("dossierMonth", new YearMonth(f.DossierReceivedOn.Year, f.DossierReceivedOn.Month))]);
        Rule<AppointmentCase> ageSpecial = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(AgeSpecialCaseCode, parameters.CitationFor(version.AgeSpecialCitation, version.SpecialCaseMinMonthsLeft)),
            f => f.MonthsLeft >= specialMin,
            appliesTo: f => specialMin > 0 && f.IsFirstOrHigher && f.AgeSpecialCaseDecision is not null && f.MonthsLeft < minMonthsLeft,
            values: f => [FactValue.Of("monthsLeft", f.MonthsLeft), ServiceLeftWords.Value(f.MonthsLeft), FactValue.Of("minMonths", specialMin), FactValue.Of("reason", f.AgeSpecialCaseDecision ?? "-")]);

        Rule<AppointmentCase> discipline = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(DisciplineCode, parameters.CitationFor(version.DisciplineCitation, version.LightBarMonths, version.HeavyBarMonths), confidence: version.DisciplineConfidence),
            f => BarEnd(f, lightBar, heavyBar) is null,
            values: f => DisciplineValues(f, lightBar, heavyBar));

        Rule<AppointmentCase> evaluation = Rule.Create<AppointmentCase>(
            AppointmentMessages.Table.Describe(EvaluationCode, parameters.CitationFor(version.EvaluationCitation, version.EvaluationYears), confidence: Confidence.Unconfirmed),
            f => KhtYear(f, evaluationYears) is null,
            values: f => [FactValue.Of("years", evaluationYears), FactValue.Of("khtYear", KhtYear(f, evaluationYears) is { } y ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")]);

        Eligibility = Rule.AllOf(
            AppointmentMessages.Table.Describe(EligibilityCode, version.Document.Whole()),
            planned,
            Rule.WithException(timeInPost, timeException),
            Rule.WithException(age, ageSpecial),
            discipline,
            evaluation);
        if (!changes.IsEmpty)
        {
            Eligibility = EligibilityRuleChanges.Apply(Eligibility, changes, firstNew, reference.Citation, reference.Id, AppointmentFacts.Catalog, Requirement);
            _changes = changes;
        }
    }

    /// <summary>Gets QĐ 105-QĐ/TW for cadres before Luật 52/2019 took effect (19/12/2017 → 30/06/2020).</summary>
    /// <remarks>QĐ 105 was replaced by QĐ 80 on 18/08/2022 (<see cref="Confidence.News"/>). Its text was not retrieved:
    /// the planning condition, the months left (60) and the months in post (<c>timeInPost.minMonths</c>, 0: no
    /// minimum found) are <see cref="Confidence.Unconfirmed"/> parameters; the discipline bar is at least 12 months after
    /// any form from khiển trách upward, removal from post included (<see cref="Confidence.News"/>).</remarks>
    public static AppointmentRegulation Qd105 { get; } = Create(Version.Qd105);

    /// <summary>Gets QĐ 105-QĐ/TW with the discipline bars of Luật 52/2019/QH14 (01/07/2020 → 31/07/2021): 12 months
    /// after khiển trách, cảnh cáo or hạ bậc lương, 24 after giáng chức or cách chức; the other conditions as in
    /// <see cref="Qd105"/>.</summary>
    public static AppointmentRegulation Qd105Law52 { get; } = Create(Version.Qd105Law52);

    /// <summary>Gets QĐ 105-QĐ/TW with Luật 52/2019 and the age rule of KL 08-KL/TW and HĐ 06-HD/BTCTW (01/08/2021 →
    /// 17/08/2022, the day before QĐ 80): at least 60 months left in the month the dossier is received (confirmed).</summary>
    public static AppointmentRegulation Qd105Hd06 { get; } = Create(Version.Qd105Hd06);

    /// <summary>Gets QĐ 80-QĐ/TW for cadres (18/08/2022 → 07/10/2025): 24 months in post.</summary>
    public static AppointmentRegulation Qd80 { get; } = Create(Version.Qd80);

    /// <summary>Gets QĐ 377-QĐ/TW Điều 34 for cadres (from 08/10/2025): 12 months in post, 48-month special age case.</summary>
    public static AppointmentRegulation Qd377 { get; } = Create(Version.Qd377);

    /// <summary>Gets NĐ 85/2023/NĐ-CP (amending NĐ 115/2020) for viên chức, from 07/12/2023: 24 months in post. The
    /// start date is the signing date; that the decree took effect on signing is <see cref="Confidence.Unconfirmed"/>.</summary>
    public static AppointmentRegulation Nd85 { get; } = Create(Version.Nd85);

    /// <summary>Gets the shipped appointment regulations.</summary>
    public static ImmutableArray<AppointmentRegulation> All { get; } = [Qd105, Qd105Law52, Qd105Hd06, Qd80, Qd377, Nd85];

    /// <summary>Gets the eligibility rule.</summary>
    public Rule<AppointmentCase> Eligibility { get; }

    /// <summary>Gets this version's parameter for the months in the current or an equivalent post before a higher post.</summary>
    public Parameter<int> MinMonthsInPostParameter => _version.MinMonthsInPost;

    /// <summary>Gets this version's parameter for the months of working time left for a first or higher appointment.</summary>
    public Parameter<int> MinMonthsLeftParameter => _version.MinMonthsLeft;

    /// <summary>Gets the months in post required before a higher post under this version.</summary>
    public int MinMonthsInPost => _minMonthsInPost;

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules => Eligibility.Flatten().Select(r => r.Descriptor).Where(d => d.Citation is not null);

    /// <summary>Decides eligibility without building an explanation.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The outcome and the dates that follow from the facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public AppointmentAssessment Assess(AppointmentCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Build(facts, Eligibility.Evaluate(facts));
    }

    /// <summary>Decides eligibility and explains it, condition by condition.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The verdict; its outcome equals <see cref="Assess(AppointmentCase)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Verdict<AppointmentAssessment> Explain(AppointmentCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Finding finding = Eligibility.Explain(facts);
        return new Verdict<AppointmentAssessment>(Build(facts, finding.Status), finding, Reference);
    }

    /// <summary>Gets the last day of a term that starts on a date (05 years by default, NĐ 170/2025 Điều 28).</summary>
    /// <param name="start">The first day of the term (the day the appointment decision takes effect).</param>
    /// <returns>The last day, inclusive.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="start"/> is outside <see cref="DomainCalendar"/>.</exception>
    public LocalDate TermEnd(LocalDate start) => DomainCalendar.Check(start, nameof(start)).PlusMonths(_termMonths).PlusDays(-1);

    /// <summary>Gets the term that would follow a current one ending on <paramref name="currentTermEnd"/>: a full term;
    /// to retirement when less than a term of working time is left; an extension to retirement when less than 2 years
    /// are left (NĐ 170/2025 Điều 36 khoản 2 for công chức, NĐ 115/2020 Điều 49 for viên chức).</summary>
    /// <param name="cadre">The person.</param>
    /// <param name="currentTermEnd">The last day of the current term.</param>
    /// <returns>The next term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    /// <exception cref="InputOutOfRangeException">The person has already retired at the end of the current term, or
    /// <paramref name="currentTermEnd"/> is outside <see cref="DomainCalendar"/>.</exception>
    public ReappointmentTerm Reappointment(Cadre cadre, LocalDate currentTermEnd)
    {
        ArgumentNullException.ThrowIfNull(cadre);
        DomainCalendar.Check(currentTermEnd, nameof(currentTermEnd));
        RetirementSchedule schedule = RetirementSchedule.For(cadre);
        LocalDate start = currentTermEnd.PlusDays(1);
        if (start > schedule.RetirementDate)
        {
            throw new InputOutOfRangeException(nameof(currentTermEnd), currentTermEnd, $"'{cadre.Id}' retires on {TextFormat.IsoDate(schedule.RetirementDate)}, before the next term.");
        }

        int left = schedule.MonthsLeftAt(start);
        ReappointmentKind kind = left < _extensionBelow ? ReappointmentKind.ExtensionToRetirement
            : left < _termMonths ? ReappointmentKind.UntilRetirement
            : ReappointmentKind.FullTerm;
        LocalDate end = kind == ReappointmentKind.FullTerm ? TermEnd(start) : schedule.RetirementDate;
        return new ReappointmentTerm(kind, start, end, left, _reappointmentCitation);
    }

    /// <summary>Gets the last day on which the reappointment procedure may start: 90 working days before the term ends
    /// (<see cref="WorkingCalendar.WorkingDaysBefore(LocalDate, int)"/>). The 90-day figure is known from news summaries
    /// only (<see cref="Confidence.News"/>).</summary>
    /// <param name="termEnd">The last day of the term (not itself counted).</param>
    /// <param name="calendar">The working-day calendar; Monday to Friday with no holiday when <see langword="null"/>.</param>
    /// <returns>The date.</returns>
    public LocalDate NoticeDeadline(LocalDate termEnd, WorkingCalendar? calendar = null) =>
        (calendar ?? WorkingCalendar.MondayToFriday).WorkingDaysBefore(termEnd, _noticeDays);

    /// <summary>Gets the first day on which no discipline bar runs, when one runs on the dossier date.</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The day, or <see langword="null"/> when no bar runs.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public LocalDate? DisciplineBarEnd(AppointmentCase facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return BarEnd(facts, _lightBar, _heavyBar);
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new AppointmentRegulation(reference, parameters, _version, _changes, _changes.Length);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes) =>
        new AppointmentRegulation(reference, parameters, _version, [.. _changes, .. changes], _changes.Length);

    private static AppointmentRegulation Create(Version version) => new(version.Reference, ParameterSet.Defaults(version.Schema, version.Constraints), version);

    private AppointmentAssessment Build(AppointmentCase facts, FindingStatus status)
    {
        LocalDate? reached = null;
        if (facts.Kind == AppointmentKind.Higher && facts.MonthsInPost < _minMonthsInPost && facts.CurrentPost is { } post && post.End is null)
        {
            int earlier = facts.MonthsInPost - post.MonthsInPostAt(facts.DossierReceivedOn);
            reached = post.Start.PlusMonths(_minMonthsInPost - earlier).PlusDays(-1);
        }

        return new AppointmentAssessment(
            status == FindingStatus.Satisfied ? AppointmentOutcome.Eligible : AppointmentOutcome.NotEligible,
            facts.MonthsLeft,
            facts.MonthsInPost,
            BarEnd(facts, _lightBar, _heavyBar),
            reached);
    }

    private static int BarMonths(DisciplineForm form, int light, int heavy) => form >= DisciplineForm.Demotion ? heavy : light;

    private static LocalDate? BarEnd(AppointmentCase facts, int light, int heavy)
    {
        LocalDate? end = null;
        foreach (DisciplineRecord record in facts.Cadre.Discipline)
        {
            if (record.DecidedOn > facts.DossierReceivedOn)
            {
                continue;
            }

            LocalDate free = record.DecidedOn.PlusMonths(BarMonths(record.Form, light, heavy));
            if (free > facts.DossierReceivedOn && (end is null || free > end.Value))
            {
                end = free;
            }
        }

        return end;
    }

    private static ImmutableArray<FactValue> DisciplineValues(AppointmentCase facts, int light, int heavy)
    {
        var values = ImmutableArray.CreateBuilder<FactValue>();
        values.Add(FactValue.Of("records", facts.Cadre.Discipline.Length));
        if (BarEnd(facts, light, heavy) is { } end)
        {
            values.Add(FactValue.Of("barredUntil", end.PlusDays(-1)));
            values.Add(FactValue.Of("eligibleFrom", end));
        }

        return values.ToImmutable();
    }

    private static int? KhtYear(AppointmentCase facts, int years)
    {
        int last = facts.DossierReceivedOn.Year - 1;
        int first = last - years + 1;
        int? found = null;
        foreach (EvaluationRecord record in facts.Cadre.Evaluations)
        {
            if (record.Year >= first && record.Year <= last && record.IsNotComplete)
            {
                found = record.Year;
            }
        }

        return found;
    }

    /// <summary>Where a version's conditions come from and how sure the library is of them.</summary>
    private sealed record Sources(Confidence Planned, Confidence TimeInPost, Confidence Age, Confidence Discipline, Citation? DisciplineCitation, int HeavyBarMonths)
    {
        public static Sources Default { get; } = new(Confidence.Confirmed, Confidence.Confirmed, Confidence.Confirmed, Confidence.Confirmed, null, 24);
    }

    private sealed class Version
    {
        private Version(string prefix, LegalDocument document, RegulationReference reference, int minInPost, int specialMin, bool timeExceptions, int evaluationYears, Citation planned, Citation time, Citation age, Citation ageSpecial, Citation evaluation, Citation reappointment, Sources? sources = null)
        {
            Sources src = sources ?? Sources.Default;
            PlannedConfidence = src.Planned;
            TimeInPostConfidence = src.TimeInPost;
            AgeConfidence = src.Age;
            DisciplineConfidence = src.Discipline;
            DisciplineCitation = src.DisciplineCitation ?? AppointmentDocuments.Luat52.Whole();
            AgeCitation = age;
            Document = document;
            Reference = reference;
            PlannedCitation = planned;
            TimeInPostCitation = time;
            AgeSpecialCitation = ageSpecial;
            EvaluationCitation = evaluation;
            ReappointmentCitation = reappointment;
            MinMonthsInPost = Parameter.Integer(prefix + "timeInPost.minMonths", new LocalizedText("Thời gian giữ chức vụ hiện tại hoặc tương đương tối thiểu trước khi bổ nhiệm chức vụ cao hơn (tháng)", "Minimum months in the current or an equivalent post before a higher post"), minInPost, src.TimeInPost, time, minimum: 0, maximum: 120);
            MinMonthsLeft = Parameter.Integer(prefix + "age.minMonthsLeft", new LocalizedText("Thời gian công tác còn lại tối thiểu khi bổ nhiệm lần đầu hoặc chức vụ cao hơn (tháng)", "Minimum months of working time left for a first or higher appointment"), 60, src.Age, age, minimum: 0, maximum: 600);
            SpecialCaseMinMonthsLeft = Parameter.Integer(prefix + "age.specialCaseMinMonthsLeft", new LocalizedText("Thời gian công tác còn lại tối thiểu trong trường hợp đặc biệt (tháng; 0: không có)", "Minimum months left in the special case (0: none)"), specialMin, Confidence.Confirmed, ageSpecial, minimum: 0, maximum: 600);
            TimeInPostExceptions = Parameter.Boolean(prefix + "timeInPost.exceptions", new LocalizedText("Cho phép miễn điều kiện thời gian giữ chức vụ (ghế cơ cấu cấp ủy, quyết định của cấp ủy quản lý)", "Allow the time-in-post exceptions (structural committee seat, reasoned decision)"), timeExceptions, Confidence.Confirmed, time);
            LightBarMonths = Parameter.Integer(prefix + "discipline.lightBarMonths", new LocalizedText("Thời gian không bổ nhiệm sau khiển trách, cảnh cáo, hạ bậc lương (tháng)", "Months without appointment after a reprimand, warning or salary step reduction"), 12, src.Discipline, DisciplineCitation, minimum: 0, maximum: 120);
            HeavyBarMonths = Parameter.Integer(prefix + "discipline.heavyBarMonths", new LocalizedText("Thời gian không bổ nhiệm sau giáng chức, cách chức (tháng)", "Months without appointment after a demotion or removal from post"), src.HeavyBarMonths, src.Discipline, DisciplineCitation, minimum: 0, maximum: 120);
            EvaluationYears = Parameter.Integer(prefix + "evaluation.years", new LocalizedText("Số năm gần nhất không được xếp loại Không hoàn thành nhiệm vụ", "Recent years with no 'Không hoàn thành nhiệm vụ' (KHT) rating"), evaluationYears, Confidence.Unconfirmed, evaluation, minimum: 0, maximum: 10);
            TermMonths = Parameter.Integer(prefix + "term.months", new LocalizedText("Thời hạn mỗi lần bổ nhiệm (tháng)", "Length of an appointment term (months)"), 60, Confidence.Confirmed, AppointmentDocuments.Nd170.Article(28, 1), minimum: 12, maximum: 120);
            ExtensionBelowMonths = Parameter.Integer(prefix + "term.extensionBelowMonths", new LocalizedText("Dưới mức này đến tuổi nghỉ hưu thì kéo dài thời gian giữ chức vụ (tháng)", "Below this many months to retirement, the post is extended instead (months)"), 24, Confidence.Confirmed, reappointment, minimum: 0, maximum: 120);
            NoticeWorkingDays = Parameter.Integer(prefix + "term.noticeWorkingDays", new LocalizedText("Số ngày làm việc trước khi hết thời hạn để tiến hành bổ nhiệm lại", "Working days before the term ends to start reappointment"), 90, Confidence.News, AppointmentDocuments.Qd377.Whole(), minimum: 1, maximum: 365);
            Schema = [MinMonthsInPost, MinMonthsLeft, SpecialCaseMinMonthsLeft, TimeInPostExceptions, LightBarMonths, HeavyBarMonths, EvaluationYears, TermMonths, ExtensionBelowMonths, NoticeWorkingDays];

            // The special case relaxes the months left, never tightens them; a heavier discipline bars for no less time.
            Constraints = [ParameterConstraint.NotGreater(SpecialCaseMinMonthsLeft, MinMonthsLeft), ParameterConstraint.NotGreater(LightBarMonths, HeavyBarMonths)];
        }

        // QĐ 105-QĐ/TW (19/12/2017) governed appointments until QĐ 80 replaced it on 18/08/2022 [N]. Its own text was not
        // retrieved: the planning condition, the months in post (none is set: 0) and the 60 months left before HĐ 06 are
        // unconfirmed; its discipline bar (at least 12 months after any form from khiển trách up, cách chức included) is
        // known from news summaries. Luật 52/2019 (from 01/07/2020) then sets 12/24 months; HĐ 06 (from 01/08/2021)
        // confirms the 60 months left and how they are counted. Hence three versions with no gap and no overlap.
        public static Version Qd105 { get; } = new(
            string.Empty,
            AppointmentDocuments.Qd105,
            MakeReference("appointment-qd105", "Bổ nhiệm cán bộ theo Quy định 105-QĐ/TW (trước Luật 52/2019)", "Appointment of cadres under QĐ 105-QĐ/TW (before Luật 52/2019)", AppointmentDocuments.Qd105, SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2017, 12, 19), new LocalDate(2020, 6, 30))),
            0, 0, false, 1,
            AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(),
            new Sources(Confidence.Unconfirmed, Confidence.Unconfirmed, Confidence.Unconfirmed, Confidence.News, AppointmentDocuments.Qd105.Whole(), 12));

        public static Version Qd105Law52 { get; } = new(
            string.Empty,
            AppointmentDocuments.Qd105,
            MakeReference("appointment-qd105-law52", "Bổ nhiệm cán bộ theo Quy định 105-QĐ/TW và Luật 52/2019/QH14", "Appointment of cadres under QĐ 105-QĐ/TW and Luật 52/2019/QH14", AppointmentDocuments.Qd105, SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2020, 7, 1), new LocalDate(2021, 7, 31))),
            0, 0, false, 1,
            AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Nd138.Article(41),
            new Sources(Confidence.Unconfirmed, Confidence.Unconfirmed, Confidence.Unconfirmed, Confidence.Confirmed, null, 24));

        public static Version Qd105Hd06 { get; } = new(
            string.Empty,
            AppointmentDocuments.Qd105,
            MakeReference("appointment-qd105-hd06", "Bổ nhiệm cán bộ theo Quy định 105-QĐ/TW và Hướng dẫn 06-HD/BTCTW", "Appointment of cadres under QĐ 105-QĐ/TW and HĐ 06-HD/BTCTW", AppointmentDocuments.Qd105, SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2021, 8, 1), new LocalDate(2022, 8, 17))),
            0, 0, false, 1,
            AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Hd06.Section("1.2"), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Qd105.Whole(), AppointmentDocuments.Nd138.Article(41),
            new Sources(Confidence.Unconfirmed, Confidence.Unconfirmed, Confidence.Confirmed, Confidence.Confirmed, null, 24));

        public static Version Qd80 { get; } = new(
            string.Empty,
            AppointmentDocuments.Qd80,
            MakeReference("appointment-qd80", "Bổ nhiệm cán bộ theo Quy định 80-QĐ/TW", "Appointment of cadres under QĐ 80-QĐ/TW", AppointmentDocuments.Qd80, SubjectKind.Cadre, EffectivePeriod.Between(new LocalDate(2022, 8, 18), new LocalDate(2025, 10, 7))),
            24, 0, false, 1,
            AppointmentDocuments.Qd80.Whole(), AppointmentDocuments.Qd80.Whole(), AppointmentDocuments.Hd06.Section("1.2"), AppointmentDocuments.Qd80.Whole(), AppointmentDocuments.Qd80.Whole(), AppointmentDocuments.Nd170.Article(36, 2));

        public static Version Qd377 { get; } = new(
            string.Empty,
            AppointmentDocuments.Qd377,
            MakeReference("appointment-qd377", "Bổ nhiệm cán bộ theo Quy định 377-QĐ/TW", "Appointment of cadres under QĐ 377-QĐ/TW", AppointmentDocuments.Qd377, SubjectKind.Cadre, EffectivePeriod.From(new LocalDate(2025, 10, 8))),
            12, 48, true, 3,
            AppointmentDocuments.Qd377.Article(34), AppointmentDocuments.Qd377.Article(34, 3), AppointmentDocuments.Hd06.Section("1.2"), AppointmentDocuments.Qd377.Article(34, 5), AppointmentDocuments.Hd45.Section("III.1.3"), AppointmentDocuments.Nd170.Article(36, 2));

        public static Version Nd85 { get; } = new(
            string.Empty,
            AppointmentDocuments.Nd85,
            MakeReference("appointment-vc-nd85", "Bổ nhiệm viên chức quản lý theo Nghị định 85/2023/NĐ-CP", "Appointment of managing public employees under NĐ 85/2023", AppointmentDocuments.Nd85, SubjectKind.PublicEmployee, EffectivePeriod.From(new LocalDate(2023, 12, 7))),
            24, 0, false, 1,
            AppointmentDocuments.Nd115.Whole(), AppointmentDocuments.Nd85.Whole(), AppointmentDocuments.Nd85.Whole(), AppointmentDocuments.Nd85.Whole(), AppointmentDocuments.Nd115.Whole(), AppointmentDocuments.Nd115.Article(49));

        public LegalDocument Document { get; }

        public Confidence PlannedConfidence { get; }

        public Confidence TimeInPostConfidence { get; }

        public Confidence AgeConfidence { get; }

        public Confidence DisciplineConfidence { get; }

        public Citation DisciplineCitation { get; }

        public RegulationReference Reference { get; }

        public ImmutableArray<ParameterDefinition> Schema { get; }

        public ImmutableArray<ParameterConstraint> Constraints { get; }

        public Citation PlannedCitation { get; }

        public Citation TimeInPostCitation { get; }

        public Citation AgeCitation { get; }

        public Citation AgeSpecialCitation { get; }

        public Citation EvaluationCitation { get; }

        public Citation ReappointmentCitation { get; }

        public Parameter<int> MinMonthsInPost { get; }

        public Parameter<int> MinMonthsLeft { get; }

        public Parameter<int> SpecialCaseMinMonthsLeft { get; }

        public Parameter<bool> TimeInPostExceptions { get; }

        public Parameter<int> LightBarMonths { get; }

        public Parameter<int> HeavyBarMonths { get; }

        public Parameter<int> EvaluationYears { get; }

        public Parameter<int> TermMonths { get; }

        public Parameter<int> ExtensionBelowMonths { get; }

        public Parameter<int> NoticeWorkingDays { get; }

        private static RegulationReference MakeReference(string id, string vi, string en, LegalDocument document, SubjectKind kind, EffectivePeriod period) =>
            new(new RegulationId(id), new LocalizedText(vi, en), RegulationTopic.Appointment, document.Whole(), [new RegulationScope(kind, period)]);
    }
}
