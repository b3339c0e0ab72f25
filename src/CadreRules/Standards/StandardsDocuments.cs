using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Standards;

/// <summary>The documents the title-standards family cites (number, issuer and signing date identify each: another
/// "214-QĐ/TW" of 28/12/2024 is a different document).</summary>
internal static class StandardsDocuments
{
    /// <summary>QĐ 89-QĐ/TW (Ban Chấp hành Trung ương, 04/08/2017): the framework of title standards at every level.</summary>
    public static LegalDocument Qd89 { get; } = new("QĐ 89-QĐ/TW", "Ban Chấp hành Trung ương", new LocalDate(2017, 8, 4));

    /// <summary>QĐ 214-QĐ/TW (Bộ Chính trị, 02/01/2020): standards of the titles managed centrally.</summary>
    public static LegalDocument Qd214 { get; } = new("QĐ 214-QĐ/TW", "Bộ Chính trị", new LocalDate(2020, 1, 2));

    /// <summary>QĐ 365-QĐ/TW (Bộ Chính trị, 30/08/2025): the title standards after the 2025 reform.</summary>
    public static LegalDocument Qd365 { get; } = new("QĐ 365-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 8, 30));

    /// <summary>QĐ 377-QĐ/TW (Bộ Chính trị, 08/10/2025): cadre planning; its Điều 25 k1 is cited through HĐ 45.</summary>
    public static LegalDocument Qd377 { get; } = new("QĐ 377-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 10, 8));

    /// <summary>HĐ 45-HD/BTCTW (Ban Tổ chức Trung ương, 21/11/2025): guidance on QĐ 377.</summary>
    public static LegalDocument Hd45 { get; } = new("HĐ 45-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2025, 11, 21));

    /// <summary>KL 150-KL/TW (Bộ Chính trị, 14/04/2025): commune titles after the reform follow QĐ 89 and CT 45, made
    /// concrete by each province's standing committee.</summary>
    public static LegalDocument Kl150 { get; } = new("KL 150-KL/TW", "Bộ Chính trị", new LocalDate(2025, 4, 14));
}
