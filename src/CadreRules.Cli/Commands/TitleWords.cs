using CadreRules.Rules;
using CadreRules.Titles;

namespace CadreRules.Cli.Commands;

/// <summary>The words of the commune titles, places and comparisons (used by <c>titles</c>).</summary>
internal static class TitleWords
{
    public static string Of(RankedTitle title, Language language) => Of(title.Title, language) + " (" + Of(title.Tier, language) + ")";

    public static string Of(CommuneTitle title, Language language) => Pick(language, title switch
    {
        CommuneTitle.PartySecretary => ("Bí thư đảng ủy cấp xã", "commune party secretary"),
        CommuneTitle.DeputyPartySecretary => ("Phó Bí thư đảng ủy cấp xã", "commune deputy party secretary"),
        CommuneTitle.CouncilChair => ("Chủ tịch HĐND cấp xã", "commune People's Council chair"),
        CommuneTitle.CommitteeChair => ("Chủ tịch UBND cấp xã", "commune People's Committee chair"),
        CommuneTitle.StandingCommitteeMember => ("Ủy viên Ban Thường vụ đảng ủy cấp xã", "member of the commune party standing committee"),
        CommuneTitle.CouncilViceChair => ("Phó Chủ tịch HĐND cấp xã", "commune People's Council vice-chair"),
        CommuneTitle.CommitteeViceChair => ("Phó Chủ tịch UBND cấp xã", "commune People's Committee vice-chair"),
        CommuneTitle.FrontChair => ("Chủ tịch UBMTTQ Việt Nam cấp xã", "commune Fatherland Front chair"),
        CommuneTitle.PartyCommitteeMember => ("Ủy viên Ban Chấp hành đảng bộ cấp xã", "member of the commune party executive committee"),
        CommuneTitle.PartyBodyHead => ("Cấp trưởng cơ quan tham mưu, giúp việc của đảng ủy cấp xã", "head of a commune party advisory body"),
        CommuneTitle.AgencyHead => ("Cấp trưởng cơ quan chuyên môn thuộc UBND cấp xã", "head of a commune People's Committee agency"),
        CommuneTitle.CouncilBoardHead => ("Cấp trưởng ban của HĐND cấp xã", "head of a commune People's Council board"),
        CommuneTitle.FrontViceChairHeadingOrganisation => ("Phó Chủ tịch UBMTTQ là người đứng đầu tổ chức chính trị - xã hội cấp xã", "Fatherland Front vice-chair heading a commune socio-political organisation"),
        CommuneTitle.FrontViceChair => ("Phó Chủ tịch UBMTTQ Việt Nam cấp xã", "commune Fatherland Front vice-chair"),
        CommuneTitle.PartyBodyDeputy => ("Cấp phó cơ quan tham mưu, giúp việc của đảng ủy cấp xã", "deputy head of a commune party advisory body"),
        CommuneTitle.AgencyDeputy => ("Cấp phó cơ quan chuyên môn thuộc UBND cấp xã", "deputy head of a commune People's Committee agency"),
        CommuneTitle.CouncilBoardDeputy => ("Cấp phó ban của HĐND cấp xã", "deputy head of a commune People's Council board"),
        CommuneTitle.InspectionCommissionMember => ("Ủy viên Ủy ban Kiểm tra đảng ủy cấp xã", "member of the commune party inspection commission"),
        _ => ("Cấp phó tổ chức chính trị - xã hội cấp xã", "deputy head of a commune socio-political organisation"),
    });

    public static string Of(ProvinceTier tier, Language language) => Pick(language, tier == ProvinceTier.HanoiOrHoChiMinhCity
        ? ("xã, phường, đặc khu của Hà Nội, TP. Hồ Chí Minh", "a commune of Hà Nội or TP. Hồ Chí Minh")
        : ("xã, phường, đặc khu của tỉnh, thành phố khác", "a commune of another province or city"));

    public static string Of(TitleComparison comparison, Language language) => Pick(language, comparison switch
    {
        TitleComparison.Higher => ("cao hơn", "higher"),
        TitleComparison.Equivalent => ("tương đương", "equivalent"),
        TitleComparison.Lower => ("thấp hơn", "lower"),
        _ => ("chưa xác định", "undetermined"),
    });

    public static string Of(TitleRankReason reason, Language language) => Pick(language, reason switch
    {
        TitleRankReason.Ranked => ("cả hai chức danh đều có bậc (bậc nhỏ hơn là cao hơn)", "both titles are ranked (a smaller rank is higher)"),
        TitleRankReason.BeforeRanking => ("trước ngày 08/09/2025, Quy định 368-QĐ/TW chưa có hiệu lực", "before 08/09/2025, when QĐ 368-QĐ/TW took effect"),
        _ => ("bảng không có chức danh này tại nơi đó; không suy đoán", "the table does not list a title at its place; no guess is made"),
    });

    private static string Pick(Language language, (string Vietnamese, string English) words) => language == Language.Vietnamese ? words.Vietnamese : words.English;
}
