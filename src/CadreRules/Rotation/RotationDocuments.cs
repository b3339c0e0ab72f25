using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>The documents the rotation and position-change rules cite.</summary>
internal static class RotationDocuments
{
    public static readonly LegalDocument Qd98 = new("QĐ 98-QĐ/TW", "Bộ Chính trị", new LocalDate(2017, 10, 7));
    public static readonly LegalDocument Qd65 = new("QĐ 65-QĐ/TW", "Bộ Chính trị", new LocalDate(2022, 4, 28));
    public static readonly LegalDocument Nd138 = new("NĐ 138/2020/NĐ-CP", "Chính phủ", new LocalDate(2020, 11, 27));
    public static readonly LegalDocument Nd170 = new("NĐ 170/2025/NĐ-CP", "Chính phủ", new LocalDate(2025, 6, 30));
    public static readonly LegalDocument Law80 = new("Luật Cán bộ, công chức 80/2025/QH15", "Quốc hội", new LocalDate(2025, 6, 24));
    public static readonly LegalDocument Ct45 = new("Chỉ thị 45-CT/TW", "Bộ Chính trị", new LocalDate(2025, 4, 14));
    public static readonly LegalDocument Pctn2018 = new("Luật 36/2018/QH14 (Phòng, chống tham nhũng)", "Quốc hội", new LocalDate(2018, 11, 20));
    public static readonly LegalDocument Nd59 = new("NĐ 59/2019/NĐ-CP", "Chính phủ", new LocalDate(2019, 7, 1));

    /// <summary>The day NĐ 170/2025 took effect (its rotation duration clause replaces NĐ 138/2020's).</summary>
    public static readonly LocalDate Nd170Effective = new(2025, 7, 1);
}
