using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Composition;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Standards;

namespace CadreRules.Localization;

/// <summary>
/// The words a person reads instead of the library's enum names and booleans: subject kinds, topics, confidence marks,
/// comparisons, levels, discipline forms, policies, yes/no, and the labels of findings (ĐẠT / KHÔNG ĐẠT / KHÔNG ÁP DỤNG,
/// VI PHẠM / LƯU Ý) with their legend, in Vietnamese and English.
/// </summary>
/// <remarks>
/// Views print <see cref="Of{TEnum}(TEnum)"/> where they would print an enum name: no enum name or English word reaches
/// a Vietnamese reader. The same words are accepted back as input (<see cref="InputValues.TryParseChoice{TEnum}(string?, out TEnum)"/>).
/// Every value of every enum in <see cref="EnumTypes"/> has a term; a test checks it. Thread-safe (immutable tables).
/// </remarks>
public static class Terms
{
    private static readonly LocalizedText Yes = new("có", "yes");
    private static readonly LocalizedText No = new("không", "no");
    private static readonly LocalizedText GroundPresent = new("CÓ", "PRESENT");
    private static readonly LocalizedText GroundAbsent = new("KHÔNG CÓ", "ABSENT");

    private static readonly FrozenDictionary<Type, FrozenDictionary<string, LocalizedText>> Tables = new Dictionary<Type, FrozenDictionary<string, LocalizedText>>
    {
        [typeof(FindingStatus)] = Table<FindingStatus>(static v => v switch
        {
            FindingStatus.Satisfied => new("ĐẠT", "MET"),
            FindingStatus.NotSatisfied => new("KHÔNG ĐẠT", "NOT MET"),
            _ => new("KHÔNG ÁP DỤNG", "N/A"),
        }),
        [typeof(Severity)] = Table<Severity>(static v => v switch
        {
            Severity.Violation => new("VI PHẠM", "VIOLATION"),
            _ => new("LƯU Ý", "WARNING"),
        }),
        [typeof(SubjectKind)] = Table<SubjectKind>(SubjectKindWords.Of),
        [typeof(RegulationTopic)] = Table<RegulationTopic>(static v => v switch
        {
            RegulationTopic.Evaluation => new("đánh giá, xếp loại chất lượng", "evaluation and classification"),
            RegulationTopic.Planning => new("quy hoạch cán bộ", "planning"),
            RegulationTopic.Rotation => new("luân chuyển cán bộ", "rotation"),
            RegulationTopic.PositionChange => new("định kỳ chuyển đổi vị trí công tác", "periodic position change"),
            RegulationTopic.Appointment => new("bổ nhiệm, ứng cử", "appointment and candidacy"),
            RegulationTopic.TitleStandards => new("tiêu chuẩn chức danh", "title standards"),
            RegulationTopic.Movement => new("điều động, biệt phái", "transfer and secondment"),
            RegulationTopic.StructureTargets => new("chỉ tiêu cơ cấu cấp ủy", "committee structure targets"),
            _ => new("nghỉ hưu", "retirement"),
        }),
        [typeof(Confidence)] = Table<Confidence>(static v => v switch
        {
            Confidence.Confirmed => new("đã xác nhận", "confirmed"),
            Confidence.News => new("theo tin tức, hỏi đáp", "from news or Q&A"),
            _ => new("chưa xác nhận", "unconfirmed"),
        }),
        [typeof(ParameterKind)] = Table<ParameterKind>(static v => v switch
        {
            ParameterKind.Integer => new("số nguyên", "whole number"),
            ParameterKind.Share => new("tỷ lệ", "share"),
            ParameterKind.Boolean => new("có/không", "yes/no"),
            _ => new("lựa chọn", "choice"),
        }),
        [typeof(OutcomeKind)] = Table<OutcomeKind>(static v => v switch
        {
            OutcomeKind.Level => new("có mức xếp loại", "rated"),
            OutcomeKind.NotRated => new("không xếp loại", "not rated"),
            _ => new("chưa xác định", "undetermined"),
        }),
        [typeof(EvaluationLevel)] = Table<EvaluationLevel>(static v => v switch
        {
            EvaluationLevel.Excellent => new("Hoàn thành xuất sắc nhiệm vụ (HTXS)", "completed duties excellently (HTXS)"),
            EvaluationLevel.Good => new("Hoàn thành tốt nhiệm vụ (HTT)", "completed duties well (HTT)"),
            EvaluationLevel.Complete => new("Hoàn thành nhiệm vụ (HTNV)", "completed duties (HTNV)"),
            _ => new("Không hoàn thành nhiệm vụ (KHT)", "did not complete duties (KHT)"),
        }),
        [typeof(EvaluationOutcome)] = Table<EvaluationOutcome>(static v => v switch
        {
            EvaluationOutcome.Excellent => new("Hoàn thành xuất sắc nhiệm vụ (HTXS)", "completed duties excellently (HTXS)"),
            EvaluationOutcome.Good => new("Hoàn thành tốt nhiệm vụ (HTT)", "completed duties well (HTT)"),
            EvaluationOutcome.Complete => new("Hoàn thành nhiệm vụ (HTNV)", "completed duties (HTNV)"),
            EvaluationOutcome.NotComplete => new("Không hoàn thành nhiệm vụ (KHT)", "did not complete duties (KHT)"),
            EvaluationOutcome.NotRated => new("không xếp loại", "not rated"),
            _ => new("chưa xác định", "undetermined"),
        }),
        [typeof(CriterionGrade)] = Table<CriterionGrade>(static v => v switch
        {
            CriterionGrade.Excellent => new("Xuất sắc", "excellent"),
            CriterionGrade.Good => new("Tốt", "good"),
            CriterionGrade.Average => new("Trung bình", "average"),
            _ => new("Kém", "poor"),
        }),
        [typeof(EvaluationRole)] = Table<EvaluationRole>(EvaluationRoleWords.Of),
        [typeof(HighScorePolicy)] = Table<HighScorePolicy>(static v => v switch
        {
            HighScorePolicy.Undetermined => new("chưa xác định, để cấp có thẩm quyền xem xét", "undetermined, for the competent level"),
            _ => new("mức cao nhất đáp ứng điều kiện", "the highest level whose conditions hold"),
        }),
        [typeof(SocioEconomicTargetsPolicy)] = Table<SocioEconomicTargetsPolicy>(static v => v switch
        {
            SocioEconomicTargetsPolicy.AnyMissed => new("thiếu một chỉ tiêu", "any one target missed"),
            _ => new("thiếu tất cả chỉ tiêu", "every target missed"),
        }),
        [typeof(QuotaDenominator)] = Table<QuotaDenominator>(static v => v switch
        {
            QuotaDenominator.FinallyRatedGood => new("số được xếp HTT sau cùng", "those finally rated HTT"),
            _ => new("số xếp HTT trước khi áp tỷ lệ", "those rated HTT before the quota"),
        }),
        [typeof(QuotaRounding)] = Table<QuotaRounding>(static v => v switch
        {
            QuotaRounding.Floor => new("làm tròn xuống", "rounded down"),
            _ => new("làm tròn gần nhất", "rounded half away from zero"),
        }),
        [typeof(TargetRounding)] = Table<TargetRounding>(static v => v switch
        {
            TargetRounding.Exact => new("so tỷ lệ đúng, làm tròn lên", "exact share, rounded up"),
            _ => new("làm tròn đến người gần nhất", "rounded to the nearest person"),
        }),
        [typeof(YoungAgeDate)] = Table<YoungAgeDate>(static v => v switch
        {
            YoungAgeDate.TermReferenceMonth => new("ngày cuối tháng mốc tính tuổi của nhiệm kỳ", "the last day of the term's age-reference month"),
            _ => new("ngày của danh sách", "the body's own date"),
        }),
        [typeof(QuotaOrdering)] = Table<QuotaOrdering>(static v => v switch
        {
            QuotaOrdering.ScoreThenId => new("theo điểm, rồi theo mã", "by score, then by id"),
            _ => new("theo mã", "by id"),
        }),
        [typeof(ConsequenceKind)] = Table<ConsequenceKind>(static v => v switch
        {
            ConsequenceKind.Dismissal => new("thôi việc", "dismissal"),
            ConsequenceKind.RemovalFromOffice => new("miễn nhiệm, cho thôi việc", "removal from office"),
            ConsequenceKind.Reassignment => new("bố trí công tác khác", "reassignment"),
            ConsequenceKind.LowerPosition => new("bố trí vị trí thấp hơn", "lower position"),
            ConsequenceKind.LowerPositionOrDismissal => new("bố trí vị trí thấp hơn hoặc cho thôi việc", "lower position or dismissal"),
            _ => new("kéo dài thời gian nâng bậc lương", "salary step delay"),
        }),
        [typeof(ConsequenceStatus)] = Table<ConsequenceStatus>(static v => v switch
        {
            ConsequenceStatus.Applies => new("áp dụng", "applies"),
            ConsequenceStatus.DoesNotApply => new("không áp dụng", "does not apply"),
            _ => new("chưa xác định", "undetermined"),
        }),
        [typeof(QuotaShareStatus)] = Table<QuotaShareStatus>(static v => v switch
        {
            QuotaShareStatus.Holds => new("trong giới hạn", "within the limit"),
            QuotaShareStatus.Exceeds => new("vượt giới hạn", "above the limit"),
            _ => new("chưa xác định", "undetermined"),
        }),
        [typeof(Sex)] = Table<Sex>(static v => v == Sex.Male ? new("nam", "male") : new("nữ", "female")),
        [typeof(OrganisationalLevel)] = Table<OrganisationalLevel>(static v => v switch
        {
            OrganisationalLevel.Central => new("cấp Trung ương", "central level"),
            OrganisationalLevel.Provincial => new("cấp tỉnh", "provincial level"),
            OrganisationalLevel.District => new("cấp huyện", "district level"),
            OrganisationalLevel.Commune => new("cấp xã", "commune level"),
            _ => new("cấp cơ sở", "grassroots level"),
        }),
        [typeof(DisciplineForm)] = Table<DisciplineForm>(QualificationWords.Of),
        [typeof(DisciplineTrack)] = Table<DisciplineTrack>(static v => v == DisciplineTrack.Party ? new("kỷ luật đảng", "party discipline") : new("kỷ luật hành chính", "administrative discipline")),
        [typeof(EducationLevel)] = Table<EducationLevel>(QualificationWords.Of),
        [typeof(PoliticalTheoryLevel)] = Table<PoliticalTheoryLevel>(QualificationWords.Of),
        [typeof(StateManagementLevel)] = Table<StateManagementLevel>(QualificationWords.Of),
        [typeof(StandardsOutcome)] = Table<StandardsOutcome>(StandardsMessages.OutcomeWords),
        [typeof(PlanningGroup)] = Table<PlanningGroup>(StandardsMessages.GroupWords),
        [typeof(EvaluationTrack)] = Table<EvaluationTrack>(static v => v == EvaluationTrack.Party ? new("bên đảng", "party side") : new("bên chính quyền", "state side")),
        [typeof(BirthDatePrecision)] = Table<BirthDatePrecision>(static v => v switch
        {
            BirthDatePrecision.Day => new("ngày", "day"),
            BirthDatePrecision.Month => new("tháng", "month"),
            _ => new("năm", "year"),
        }),
        [typeof(PlanningTier)] = Table<PlanningTier>(static v => v == PlanningTier.OneLevelUp
            ? new("đối tượng 1 (cao hơn một cấp)", "tier 1 (one level up)")
            : new("đối tượng 2 (cao hơn hai cấp)", "tier 2 (two levels up)")),
        [typeof(PlanningTitleKind)] = Table<PlanningTitleKind>(static v => v == PlanningTitleKind.Leadership
            ? new("chức danh lãnh đạo, quản lý", "leadership title")
            : new("cấp ủy viên", "committee membership")),
        [typeof(PlanningTitleStatus)] = Table<PlanningTitleStatus>(static v => v switch
        {
            PlanningTitleStatus.WithinBounds => new("trong giới hạn", "within bounds"),
            PlanningTitleStatus.TooFew => new("thiếu người", "too few"),
            PlanningTitleStatus.TooMany => new("thừa người", "too many"),
            _ => new("vừa thiếu vừa thừa", "too few and too many"),
        }),
        [typeof(PlanningEligibility)] = Table<PlanningEligibility>(static v => v == PlanningEligibility.Eligible ? new("đủ điều kiện", "eligible") : new("không đủ điều kiện", "not eligible")),
        [typeof(PostComparison)] = Table<PostComparison>(static v => v switch
        {
            PostComparison.Lower => new("thấp hơn", "lower"),
            PostComparison.Equivalent => new("tương đương", "equivalent"),
            _ => new("cao hơn", "higher"),
        }),
        [typeof(RotationPurpose)] = Table<RotationPurpose>(static v => v switch
        {
            RotationPurpose.Training => new("đào tạo, rèn luyện", "training"),
            RotationPurpose.NonLocalPolicy => new("bố trí không phải người địa phương", "non-local policy"),
            _ => new("không giữ chức quá hai nhiệm kỳ", "two-term limit"),
        }),
        [typeof(RotationDirection)] = Table<RotationDirection>(static v => v switch
        {
            RotationDirection.Downward => new("từ trên xuống", "downward"),
            RotationDirection.Upward => new("từ dưới lên", "upward"),
            RotationDirection.BetweenLocalities => new("giữa các địa phương", "between localities"),
            _ => new("giữa các cơ quan", "between agencies"),
        }),
        [typeof(RotationOutcome)] = Table<RotationOutcome>(static v => v == RotationOutcome.Eligible ? new("đủ điều kiện", "eligible") : new("không đủ điều kiện", "not eligible")),
        [typeof(KeyPostKind)] = Table<KeyPostKind>(static v => v == KeyPostKind.Secretary ? new("bí thư", "secretary") : new("chủ tịch", "chair")),
        [typeof(PositionChangeStatus)] = Table<PositionChangeStatus>(static v => v switch
        {
            PositionChangeStatus.NotYetDue => new("chưa đến hạn", "not yet due"),
            PositionChangeStatus.Due => new("đến hạn chuyển đổi", "due"),
            PositionChangeStatus.Deferred => new("chưa thực hiện chuyển đổi", "deferred"),
            _ => new("không thực hiện chuyển đổi", "exempt"),
        }),
        [typeof(DeferralKind)] = Table<DeferralKind>(static v => v switch
        {
            DeferralKind.DisciplinaryReview => new("đang bị xem xét, xử lý kỷ luật", "under disciplinary review"),
            DeferralKind.Investigation => new("đang bị thanh tra, điều tra", "under investigation"),
            DeferralKind.SeriousIllness => new("điều trị bệnh hiểm nghèo", "serious illness"),
            DeferralKind.FullTimeStudy => new("đi học tập trung", "full-time study"),
            DeferralKind.Secondment => new("biệt phái", "secondment"),
            DeferralKind.Pregnancy => new("mang thai", "pregnancy"),
            DeferralKind.YoungChild => new("nuôi con dưới 36 tháng tuổi", "raising a child under 36 months"),
            _ => new("nam giới nuôi con nhỏ một mình", "father raising a child alone"),
        }),
        [typeof(AppointmentKind)] = Table<AppointmentKind>(static v => v switch
        {
            AppointmentKind.First => new("bổ nhiệm lần đầu", "first appointment"),
            AppointmentKind.Higher => new("bổ nhiệm chức vụ cao hơn", "to a higher post"),
            _ => new("bổ nhiệm chức vụ tương đương hoặc thấp hơn", "to an equivalent or lower post"),
        }),
        [typeof(AppointmentOutcome)] = Table<AppointmentOutcome>(static v => v == AppointmentOutcome.Eligible ? new("đủ điều kiện", "eligible") : new("không đủ điều kiện", "not eligible")),
        [typeof(ReappointmentKind)] = Table<ReappointmentKind>(static v => v switch
        {
            ReappointmentKind.FullTerm => new("bổ nhiệm lại đủ nhiệm kỳ", "full term"),
            ReappointmentKind.UntilRetirement => new("bổ nhiệm lại đến tuổi nghỉ hưu", "until retirement"),
            _ => new("kéo dài thời gian giữ chức vụ đến tuổi nghỉ hưu", "extension to retirement"),
        }),
        [typeof(CommitteeLevel)] = Table<CommitteeLevel>(static v => v switch
        {
            CommitteeLevel.Grassroots => new("cấp ủy cơ sở", "grassroots committee"),
            CommitteeLevel.AboveGrassroots => new("cấp ủy cấp trên cơ sở", "committee above the grassroots"),
            CommitteeLevel.Commune => new("cấp ủy cấp xã", "commune committee"),
            CommitteeLevel.Provincial => new("cấp ủy cấp tỉnh", "provincial committee"),
            _ => new("lãnh đạo HĐND, UBND và cấp ủy", "council and committee leaders"),
        }),
        [typeof(LadderStepKind)] = Table<LadderStepKind>(static v => v switch
        {
            LadderStepKind.Exclusion => new("loại trừ", "exclusion"),
            LadderStepKind.Override => new("căn cứ bắt buộc", "override"),
            LadderStepKind.Level => new("mức", "level"),
            _ => new("giới hạn mức", "cap"),
        }),
    }.ToFrozenDictionary();

    /// <summary>Gets the enum types that have terms.</summary>
    public static IReadOnlyCollection<Type> EnumTypes => Tables.Keys;

    /// <summary>Gets the legend of the condition labels (<see cref="FindingStatus"/>), printed once above a list of
    /// labelled lines.</summary>
    public static LocalizedText ConditionLegend { get; } = new(
        "Chú giải: ĐẠT = điều kiện được đáp ứng; KHÔNG ĐẠT = điều kiện không được đáp ứng (dòng nói điều gì sai, với số liệu); CÓ / KHÔNG CÓ = căn cứ để không xếp loại, buộc một mức hoặc giới hạn mức có hay không có trong trường hợp này; KHÔNG ÁP DỤNG = điều kiện không xét cho trường hợp này.",
        "Legend: MET = the condition holds; NOT MET = the condition fails (the line says what is wrong, with the numbers); PRESENT / ABSENT = a ground for not rating, forcing a level or capping it is or is not there; N/A = the condition does not apply to this case.");

    /// <summary>Gets the legend of the finding labels (<see cref="Severity"/>), printed once above a list of findings.</summary>
    public static LocalizedText FindingLegend { get; } = new(
        "Chú giải: VI PHẠM = trái quy định, phải xử lý; LƯU Ý = khuyến nghị hoặc chỉ tiêu phấn đấu chưa đạt, không phải vi phạm.",
        "Legend: VIOLATION = a breach of a binding rule, to be corrected; WARNING = advice or a target not yet met, not a breach.");

    /// <summary>Gets the word for an enum value.</summary>
    /// <typeparam name="TEnum">An enum of <see cref="EnumTypes"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The word in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><typeparamref name="TEnum"/> has no terms or <paramref name="value"/>
    /// is not defined.</exception>
    public static LocalizedText Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Find(typeof(TEnum), value.ToString()) ?? throw new InputOutOfRangeException(nameof(value), value, "No term for this value.");

    /// <summary>Gets "có"/"yes" or "không"/"no".</summary>
    /// <param name="value">The value.</param>
    /// <returns>The word in both languages.</returns>
    public static LocalizedText Of(bool value) => value ? Yes : No;

    /// <summary>Gets the label of a finding's status: ĐẠT / KHÔNG ĐẠT / KHÔNG ÁP DỤNG (MET / NOT MET / N/A).</summary>
    /// <param name="status">The status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(FindingStatus status, Language language) => Of(status).Get(language);

    /// <summary>Gets the label of a finding's status for its role: for a condition ĐẠT / KHÔNG ĐẠT / KHÔNG ÁP DỤNG
    /// (MET / NOT MET / N/A), for a ground CÓ / KHÔNG CÓ / KHÔNG ÁP DỤNG (PRESENT / ABSENT / N/A).</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static string Label(Finding finding, Language language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Role == FindingRole.Ground && finding.Status != FindingStatus.NotApplicable
            ? GroundLabel(finding.Status == FindingStatus.Satisfied, language)
            : Label(finding.Status, language);
    }

    /// <summary>Gets the label of a ground: CÓ / KHÔNG CÓ (PRESENT / ABSENT).</summary>
    internal static string GroundLabel(bool present, Language language) => (present ? GroundPresent : GroundAbsent).Get(language);

    /// <summary>Gets the label of a finding's severity: VI PHẠM / LƯU Ý (VIOLATION / WARNING).</summary>
    /// <param name="severity">The severity.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(Severity severity, Language language) => Of(severity).Get(language);

    /// <summary>Gets the word for an enum member by its name, or <see langword="null"/>.</summary>
    /// <param name="enumType">An enum type.</param>
    /// <param name="name">The member's name (as <c>ToString()</c> writes it).</param>
    /// <returns>The word, or <see langword="null"/> when the type or the name has none.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalizedText? Find(Type enumType, string name)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        ArgumentNullException.ThrowIfNull(name);
        return Tables.TryGetValue(enumType, out FrozenDictionary<string, LocalizedText>? table) && table.TryGetValue(name, out LocalizedText? text) ? text : null;
    }

    /// <summary>Gets the name of a position-change sector (<see cref="PositionChangeRegulation.Sectors"/>), or the key itself
    /// in both languages for a sector without one.</summary>
    /// <param name="sector">The sector key, e.g. <c>publicFinance</c>.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sector"/> is null.</exception>
    public static LocalizedText Sector(string sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        return PositionChangeSectors.Name(sector);
    }

    /// <summary>The terms of the members of an enum, by name (for input: every member's terms in both languages).</summary>
    internal static IEnumerable<(string Name, LocalizedText Term)> All(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return Tables.TryGetValue(enumType, out FrozenDictionary<string, LocalizedText>? table) ? table.Select(p => (p.Key, p.Value)) : [];
    }

    /// <summary>Every term of every enum whose member is called <paramref name="name"/> (parameter choices are names).</summary>
    internal static IEnumerable<LocalizedText> ForName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Tables.Values.Select(t => t.GetValueOrDefault(name)).OfType<LocalizedText>();
    }

    private static FrozenDictionary<string, LocalizedText> Table<TEnum>(Func<TEnum, LocalizedText> term)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v.ToString(), term, StringComparer.Ordinal);
}
