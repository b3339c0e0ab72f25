using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>
/// The words of the family commands (<c>review</c>, <c>non-local</c>, <c>position-change</c>, <c>committee</c>,
/// <c>composition</c>) in Vietnamese and English: the names of outcomes, posts, sectors, levels and grounds, so that
/// the Vietnamese output carries no English word and no enum name. One entry per value, both languages side by side.
/// </summary>
internal static class Vocabulary
{
    private static string Pick(Language language, string vi, string en) => language == Language.Vietnamese ? vi : en;

    /// <summary>A regulation as a reader names it: its Vietnamese title (an id such as <c>planning-qd377</c> is English),
    /// or its id in English.</summary>
    public static string Regulation(RegulationReference regulation, Language language) =>
        language == Language.Vietnamese ? regulation.Title.Get(language) : regulation.Id.Value;

    public static string Yes(bool value, Language language) => value ? Pick(language, "có", "yes") : Pick(language, "không", "no");

    public static string Eligible(bool eligible, Language language) =>
        eligible ? Pick(language, "đủ điều kiện", "eligible") : Pick(language, "không đủ điều kiện", "not eligible");

    public static string Met(bool met, Language language) => met ? Pick(language, "đạt", "met") : Pick(language, "không đạt", "not met");

    public static string Months(int months, Language language) =>
        months.ToString(CultureInfo.InvariantCulture) + Pick(language, " tháng", months == 1 ? " month" : " months");

    public static string Review(PlanningReviewOutcome outcome, Language language) => outcome switch
    {
        PlanningReviewOutcome.Kept => Pick(language, "giữ trong quy hoạch", "kept"),
        PlanningReviewOutcome.Removed => Pick(language, "đưa ra khỏi quy hoạch", "removed"),
        PlanningReviewOutcome.Added => Pick(language, "bổ sung quy hoạch", "added"),
        _ => Pick(language, "không bổ sung", "refused"),
    };

    public static string Tier(PlanningTier tier, Language language) => tier == PlanningTier.TwoLevelsUp
        ? Pick(language, "đối tượng 2", "two levels up")
        : Pick(language, "đối tượng 1", "one level up");

    public static string Post(KeyPostKind kind, Language language) => kind == KeyPostKind.Secretary
        ? Pick(language, "Bí thư Đảng ủy", "party secretary")
        : Pick(language, "Chủ tịch UBND", "People's Committee chair");

    public static string Posts(KeyPostKind kind, Language language) => kind == KeyPostKind.Secretary
        ? Pick(language, "Bí thư Đảng ủy", "party secretaries")
        : Pick(language, "Chủ tịch UBND", "People's Committee chairs");

    public static string Progress(NonLocalProgress progress, Language language) => progress switch
    {
        NonLocalProgress.MetByDeadline => Pick(language, "đã đạt, trong thời hạn", "met by the deadline"),
        NonLocalProgress.MetAfterDeadline => Pick(language, "đạt, tính sau thời hạn", "met, counted after the deadline"),
        NonLocalProgress.Missed => Pick(language, "không đạt, đã quá thời hạn", "not met, the deadline has passed"),
        _ => Pick(language, "chưa đạt, còn trong thời hạn", "not met yet, the deadline is ahead"),
    };

    public static string Locality(bool local, Language language) =>
        local ? Pick(language, "người địa phương", "local") : Pick(language, "không phải người địa phương", "non-local");

    public static string Status(PositionChangeStatus status, Language language) => status switch
    {
        PositionChangeStatus.Due => Pick(language, "đến hạn chuyển đổi", "due"),
        PositionChangeStatus.Deferred => Pick(language, "chưa thực hiện chuyển đổi", "deferred"),
        PositionChangeStatus.Exempt => Pick(language, "không thực hiện chuyển đổi", "exempt"),
        _ => Pick(language, "chưa đến hạn", "not yet due"),
    };

    public static string Kind(MovementKind kind, Language language) => kind switch
    {
        MovementKind.Rotation => Pick(language, "luân chuyển", "rotation"),
        MovementKind.Transfer => Pick(language, "điều động", "transfer"),
        _ => Pick(language, "biệt phái", "secondment"),
    };

    public static string Direction(RotationDirection direction, Language language) => direction switch
    {
        RotationDirection.Downward => Pick(language, "từ cấp trên xuống cấp dưới", "downward"),
        RotationDirection.Upward => Pick(language, "từ cấp dưới lên cấp trên", "upward"),
        RotationDirection.BetweenLocalities => Pick(language, "ngang giữa các địa phương", "between localities"),
        _ => Pick(language, "giữa các cơ quan cùng cấp", "between agencies"),
    };

    public static string Outcome(MovementOutcome outcome, Language language) => outcome switch
    {
        MovementOutcome.Eligible => Pick(language, "đủ điều kiện", "eligible"),
        MovementOutcome.NotEligible => Pick(language, "không đủ điều kiện", "not eligible"),
        _ => Pick(language, "chưa xác định", "undetermined"),
    };

    public static string Deferral(DeferralKind kind, Language language) => kind switch
    {
        DeferralKind.DisciplinaryReview => Pick(language, "đang bị xem xét, xử lý kỷ luật", "disciplinary review"),
        DeferralKind.Investigation => Pick(language, "đang bị kiểm tra, thanh tra, điều tra", "investigation"),
        DeferralKind.SeriousIllness => Pick(language, "điều trị bệnh hiểm nghèo", "serious illness"),
        DeferralKind.FullTimeStudy => Pick(language, "đi học tập trung", "full-time study"),
        DeferralKind.Secondment => Pick(language, "biệt phái", "secondment"),
        DeferralKind.Pregnancy => Pick(language, "mang thai", "pregnancy"),
        DeferralKind.YoungChild => Pick(language, "nuôi con dưới 36 tháng tuổi", "child under 36 months"),
        _ => Pick(language, "nam nuôi con dưới 36 tháng tuổi một mình", "father raising a child under 36 months alone"),
    };

    /// <summary>The sectors of <see cref="PositionChangeRegulation.Sectors"/>, by key (the explanations' words, kept
    /// with the result writers in <c>CadreRules.Documents</c>).</summary>
    public static ImmutableDictionary<string, LocalizedText> Sectors => ResultWords.Sectors;

    public static string Sector(string key, Language language) => ResultWords.Sector(key, language);

    public static string Level(OrganisationalLevel level, Language language) => ResultWords.Level(level, language);

    public static string Committee(CommitteeLevel level, Language language) => level switch
    {
        CommitteeLevel.Grassroots => Pick(language, "cấp ủy cơ sở", "grassroots committee"),
        CommitteeLevel.AboveGrassroots => Pick(language, "cấp ủy cấp trên trực tiếp cơ sở", "committee directly above grassroots"),
        CommitteeLevel.Commune => Pick(language, "cấp ủy xã, phường, đặc khu", "commune committee"),
        CommitteeLevel.Provincial => Pick(language, "cấp ủy tỉnh, thành phố", "provincial committee"),
        _ => Pick(language, "lãnh đạo HĐND, UBND", "People's Council and Committee leaders"),
    };

    public static string Form(DisciplineForm form, Language language) => ResultWords.Form(form, language);

    public static string Comparison(PostComparison comparison, Language language) => ResultWords.Comparison(comparison, language);

    /// <summary>A fact value that holds an enum name or a key (<c>sector</c>, <c>form</c>, <c>comparison</c>,
    /// <c>level</c>) in the output language; other values unchanged.</summary>
    public static FactValue Translate(FactValue value, Language language) => ResultWords.Translate(value, language);
}
