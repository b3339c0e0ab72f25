using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Planning;

/// <summary>The legal and Party documents on planning (quy hoạch cán bộ) that CadreRules cites.</summary>
public static class PlanningDocuments
{
    /// <summary>Gets Quy định 377-QĐ/TW of the Bộ Chính trị (08/10/2025), in force from signing; it replaces QĐ 50-QĐ/TW.
    /// Its full text was not retrieved: its articles are cited through HĐ 45-HD/BTCTW.</summary>
    public static LegalDocument Qd377 { get; } = new("QĐ 377-QĐ/TW", "Bộ Chính trị", new LocalDate(2025, 10, 8));

    /// <summary>Gets Hướng dẫn 45-HD/BTCTW of the Ban Tổ chức Trung ương (21/11/2025), which guides QĐ 377 and replaces HĐ 16.</summary>
    public static LegalDocument Hd45 { get; } = new("HĐ 45-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2025, 11, 21));

    /// <summary>Gets Quy định 50-QĐ/TW of the Bộ Chính trị (27/12/2021) on planning, in force until 07/10/2025.
    /// Its articles on numbers, age, structure and removal were known only from press summaries.</summary>
    public static LegalDocument Qd50 { get; } = new("QĐ 50-QĐ/TW", "Bộ Chính trị", new LocalDate(2021, 12, 27));

    /// <summary>Gets Hướng dẫn 16-HD/BTCTW of the Ban Tổ chức Trung ương (15/02/2022), which guided QĐ 50.</summary>
    public static LegalDocument Hd16 { get; } = new("HĐ 16-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2022, 2, 15));

    /// <summary>Gets Hướng dẫn 15-HD/BTCTW of the Ban Tổ chức Trung ương (05/11/2012), the planning guidance of the period
    /// in which the 2020–2025 term was planned. The "2 to 4 candidates per title" clause was NOT found in any retrieved
    /// text; the rule rests on how that guidance was applied, as reported in the press (seed 003, Sa Pa).</summary>
    public static LegalDocument Hd15 { get; } = new("HĐ 15-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2012, 11, 5));

    /// <summary>Gets Luật 52/2019/QH14 (25/11/2019, in force 01/07/2020), which amended the Law on Cadres and Civil Servants:
    /// after a reprimand, warning or salary-step reduction no planning for 12 months; after demotion or removal from post, 24 months.</summary>
    public static LegalDocument Law52Of2019 { get; } = new("Luật 52/2019/QH14", "Quốc hội", new LocalDate(2019, 11, 25));
}
