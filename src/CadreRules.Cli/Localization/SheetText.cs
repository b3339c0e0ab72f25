using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Cli.Localization;

/// <summary>The names and column headers of the result sheets of <c>review</c> and <c>diff</c>
/// (<c>--format xlsx|csv</c>) and the words of their cells, in Vietnamese and English.</summary>
internal static class SheetText
{
    public static readonly LocalizedText ReviewSheet = new("Rà soát quy hoạch", "Planning review");

    /// <summary>One row per entry of the reviewed list and per proposed addition.</summary>
    public static readonly LocalizedText[] ReviewHeaders =
    [
        new("Mã chức danh", "Title id"),
        new("Chức danh", "Title"),
        new("Mã cán bộ", "Cadre id"),
        new("Họ và tên", "Name"),
        new("Diện quy hoạch", "Tier"),
        new("Kết quả", "Outcome"),
        new("Lý do", "Reasons"),
        new("Căn cứ", "Citation"),
    ];

    public static readonly LocalizedText DiffSheet = new("So sánh quy định", "Rule change impact");

    public static readonly LocalizedText DiffTitlesSheet = new("So sánh theo chức danh", "Impact per title");

    /// <summary>One row per subject whose outcome changes; the group's header is the family's (unit, title, sector…).</summary>
    public static readonly LocalizedText[] DiffHeaders =
    [
        new("Mã", "Id"),
        new("Họ và tên", "Name"),
        new("{group}", "{group}"),
        new("Trước", "Before"),
        new("Sau", "After"),
        new("Quy định trước", "Regulation before"),
        new("Quy định sau", "Regulation after"),
        new("Lý do", "Reasons"),
        new("Căn cứ", "Citation"),
    ];

    public static readonly LocalizedText RuleNoLonger = new("không còn áp dụng: {rule}", "no longer applied: {rule}");

    public static readonly LocalizedText RuleNow = new("nay áp dụng: {rule}", "now applied: {rule}");

    /// <summary>The headers in a language, <c>{group}</c> standing for <paramref name="group"/>.</summary>
    public static string[] Headers(IEnumerable<LocalizedText> headers, Language language, string group = "") =>
        [.. headers.Select(h => h.Get(language).Replace("{group}", group, System.StringComparison.Ordinal))];
}
