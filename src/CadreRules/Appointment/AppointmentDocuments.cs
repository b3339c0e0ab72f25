using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Appointment;

/// <summary>The documents the appointment rules cite.</summary>
internal static class AppointmentDocuments
{
    public static readonly LegalDocument Qd105 = new("QĐ 105-QĐ/TW", "Bộ Chính trị", new LocalDate(2017, 12, 19));
    public static readonly LegalDocument Nd138 = Rotation.RotationDocuments.Nd138;
    public static readonly LegalDocument Qd80 = new("QĐ 80-QĐ/TW", "Bộ Chính trị", new LocalDate(2022, 8, 18));
    public static readonly LegalDocument Qd377 = Planning.PlanningDocuments.Qd377;
    public static readonly LegalDocument Hd45 = Planning.PlanningDocuments.Hd45;
    public static readonly LegalDocument Kl08 = new("KL 08-KL/TW", "Bộ Chính trị", new LocalDate(2021, 6, 15));
    public static readonly LegalDocument Hd06 = new("HĐ 06-HD/BTCTW", "Ban Tổ chức Trung ương", new LocalDate(2021, 7, 26));
    public static readonly LegalDocument Luat52 = Planning.PlanningDocuments.Law52Of2019;
    public static readonly LegalDocument Nd170 = Rotation.RotationDocuments.Nd170;
    public static readonly LegalDocument Nd115 = new("NĐ 115/2020/NĐ-CP", "Chính phủ", new LocalDate(2020, 9, 25));
    public static readonly LegalDocument Nd85 = new("NĐ 85/2023/NĐ-CP", "Chính phủ", new LocalDate(2023, 12, 7));
    public static readonly LegalDocument Ct45 = Rotation.RotationDocuments.Ct45;
}
