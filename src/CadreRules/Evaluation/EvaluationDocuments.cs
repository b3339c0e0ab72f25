using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>The documents the evaluation regimes cite.</summary>
internal static class EvaluationDocuments
{
    public static readonly LegalDocument Qd132 = new("QĐ 132-QĐ/TW", "Bộ Chính trị", new LocalDate(2018, 3, 8));
    public static readonly LegalDocument Hd21 = new("HĐ 21-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2019, 10, 18));
    public static readonly LegalDocument Qd89 = new("QĐ 89-QĐ/TW", "Bộ Chính trị", new LocalDate(2017, 8, 4));
    public static readonly LegalDocument Qd124 = new("QĐ 124-QĐ/TW", "Bộ Chính trị", new LocalDate(2023, 10, 4));
    public static readonly LegalDocument Qd366 = new("QĐ 366-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 8, 30));
    public static readonly LegalDocument Hd43 = new("HĐ 43-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2025, 10, 31));
    public static readonly LegalDocument Nd90 = new("NĐ 90/2020/NĐ-CP", "Chính phủ", new LocalDate(2020, 8, 13));
    public static readonly LegalDocument Nd48 = new("NĐ 48/2023/NĐ-CP", "Chính phủ", new LocalDate(2023, 7, 17));
    public static readonly LegalDocument Nd335 = new("NĐ 335/2025/NĐ-CP", "Chính phủ", new LocalDate(2025, 12, 21));
    public static readonly LegalDocument Nd233 = new("NĐ 233/2026/NĐ-CP", "Chính phủ", new LocalDate(2026, 6, 26));
}
