using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules.Composition;

/// <summary>Templates of the structure targets of a body (cơ cấu: nữ, trẻ, dân tộc thiểu số).</summary>
internal static class CompositionMessages
{
    public static readonly KeyValuePair<RuleCode, LocalizedText>[] Entries =
    [
        new("Composition.WomenShare", new LocalizedText(
            "Tỷ lệ nữ {share}, chỉ tiêu từ {target} trở lên",
            "Share of women {share}, target at least {target}")),
        new("Composition.YoungShare", new LocalizedText(
            "Tỷ lệ cán bộ trẻ (dưới {youngAge} tuổi) {share}, chỉ tiêu từ {target} trở lên",
            "Share of young cadres (under {youngAge}) {share}, target at least {target}")),
        new("Composition.EthnicMinorityShare", new LocalizedText(
            "Tỷ lệ cán bộ người dân tộc thiểu số {share}, chỉ tiêu từ {target} trở lên",
            "Share of ethnic-minority cadres {share}, target at least {target}")),
        new("Structure.Targets", new LocalizedText(
            "Chỉ tiêu cơ cấu cấp ủy của chỉ thị, tính trên {total} cấp ủy viên ngày {asOf}",
            "The directive's committee structure targets, over {total} committee members on {asOf}")),
        new("Structure.WomenShare", new LocalizedText(
            "Nữ {share}, chỉ tiêu từ {target} ({required} người), thiếu {shortfall} người",
            "Women {share}, target at least {target} ({required} people), {shortfall} short")),
        new("Structure.StandingCommitteeWomen", new LocalizedText(
            "Nữ trong ban thường vụ: {count}, tối thiểu {required}",
            "Women in the standing committee: {count}, at least {required}")),
        new("Structure.Renewal", new LocalizedText(
            "Tham gia lần đầu (đổi mới) {share}, chỉ tiêu từ {target} ({required} người), thiếu {shortfall} người",
            "First elected (renewal) {share}, target at least {target} ({required} people), {shortfall} short")),
        new("Structure.AgeBands", new LocalizedText(
            "Ba độ tuổi (dưới {youngestBelow}, từ {youngestBelow} đến dưới {oldestFrom}, từ {oldestFrom} tuổi): {youngest}, {middle}, {oldest} người; mỗi độ tuổi có ít nhất một người",
            "Three age bands (under {youngestBelow}, {youngestBelow} to under {oldestFrom}, {oldestFrom} and over): {youngest}, {middle}, {oldest} members; at least one in each band")),
        new("Structure.YoungShare", new LocalizedText(
            "Dưới {youngAge} tuổi {share}, chỉ tiêu từ {target} ({required} người), thiếu {shortfall} người",
            "Under {youngAge} {share}, target at least {target} ({required} people), {shortfall} short")),
    ];

    /// <summary>The family's templates, for its descriptors and findings.</summary>
    public static readonly MessageTable Table = new(Entries);
}
