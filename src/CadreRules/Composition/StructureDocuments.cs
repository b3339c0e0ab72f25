using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Composition;

/// <summary>The directives on party congresses the structure targets cite. Number, issuer and signing date identify a
/// document: 35-CT/TW of 30/05/2019 is not 35-CT/TW of 14/06/2024, and 45-CT/TW of 14/04/2025 is not 45-CT/TW of
/// 20/06/2020.</summary>
internal static class StructureDocuments
{
    /// <summary>Chỉ thị 35-CT/TW (Bộ Chính trị, 30/05/2019): party congresses for the 2020–2025 term.</summary>
    public static LegalDocument Ct35Of2019 { get; } = new("Chỉ thị 35-CT/TW", "Bộ Chính trị", new LocalDate(2019, 5, 30));

    /// <summary>Chỉ thị 45-CT/TW (Bộ Chính trị, 14/04/2025): party congresses for the 2025–2030 term.</summary>
    public static LegalDocument Ct45Of2025 { get; } = new("Chỉ thị 45-CT/TW", "Bộ Chính trị", new LocalDate(2025, 4, 14));
}
