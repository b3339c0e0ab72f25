using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;

namespace CadreRules.Documents;

/// <summary>The words the explanation trees of <see cref="CadreResultJson"/> write for fact values that hold an enum name
/// or a key (<c>sector</c>, <c>form</c>, <c>comparison</c>, <c>level</c>), in Vietnamese and English; the CLI's tables
/// use the same words.</summary>
internal static class ResultWords
{
    private static string Pick(Language language, string vi, string en) => language == Language.Vietnamese ? vi : en;

    /// <summary>The sectors of <see cref="PositionChangeRegulation.Sectors"/>, by key.</summary>
    public static ImmutableDictionary<string, LocalizedText> Sectors { get; } = ImmutableDictionary.CreateRange<string, LocalizedText>(
        System.StringComparer.Ordinal,
        [
            new KeyValuePair<string, LocalizedText>("personnel", new LocalizedText("tổ chức cán bộ", "personnel")),
            new KeyValuePair<string, LocalizedText>("publicFinance", new LocalizedText("quản lý ngân sách, tài chính công", "public finance")),
            new KeyValuePair<string, LocalizedText>("publicAssets", new LocalizedText("quản lý tài sản công", "public assets")),
            new KeyValuePair<string, LocalizedText>("publicInvestment", new LocalizedText("đầu tư công", "public investment")),
            new KeyValuePair<string, LocalizedText>("directContact", new LocalizedText("trực tiếp giải quyết công việc của người dân, doanh nghiệp", "direct contact with citizens and businesses")),
            new KeyValuePair<string, LocalizedText>("inspection", new LocalizedText("thanh tra", "inspection")),
            new KeyValuePair<string, LocalizedText>("health", new LocalizedText("y tế", "health")),
        ]);

    public static string Sector(string key, Language language) => Sectors.TryGetValue(key, out LocalizedText? name) ? name.Get(language) : key;

    public static string Level(OrganisationalLevel level, Language language) => level switch
    {
        OrganisationalLevel.Central => Pick(language, "trung ương", "central"),
        OrganisationalLevel.Provincial => Pick(language, "tỉnh", "provincial"),
        OrganisationalLevel.District => Pick(language, "huyện", "district"),
        OrganisationalLevel.Commune => Pick(language, "xã", "commune"),
        _ => Pick(language, "cơ sở", "grassroots"),
    };

    public static string Form(DisciplineForm form, Language language) => form switch
    {
        DisciplineForm.Reprimand => Pick(language, "khiển trách", "reprimand"),
        DisciplineForm.Warning => Pick(language, "cảnh cáo", "warning"),
        DisciplineForm.SalaryStepReduction => Pick(language, "hạ bậc lương", "salary step reduction"),
        DisciplineForm.Demotion => Pick(language, "giáng chức", "demotion"),
        DisciplineForm.Dismissal => Pick(language, "cách chức", "removal from post"),
        DisciplineForm.ForcedResignation => Pick(language, "buộc thôi việc", "forced resignation"),
        _ => Pick(language, "khai trừ", "expulsion"),
    };

    public static string Comparison(PostComparison comparison, Language language) => comparison switch
    {
        PostComparison.Lower => Pick(language, "thấp hơn", "lower"),
        PostComparison.Equivalent => Pick(language, "tương đương", "equivalent"),
        _ => Pick(language, "cao hơn", "higher"),
    };

    /// <summary>A fact value that holds an enum name or a key (<c>sector</c>, <c>form</c>, <c>comparison</c>,
    /// <c>level</c>) in the output language; other values unchanged.</summary>
    public static FactValue Translate(FactValue value, Language language)
    {
        if (value.Value is not string text)
        {
            return value;
        }

        string? word = value.Name switch
        {
            "sector" when Sectors.ContainsKey(text) => Sector(text, language),
            "form" when System.Enum.TryParse(text, out DisciplineForm form) => Form(form, language),
            "comparison" when System.Enum.TryParse(text, out PostComparison comparison) => Comparison(comparison, language),
            "level" when System.Enum.TryParse(text, out OrganisationalLevel level) => Level(level, language),
            _ => null,
        };
        return word is null ? value : FactValue.Of(value.Name, word);
    }
}
