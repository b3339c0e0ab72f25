using System;
using CadreRules.Appointment;
using CadreRules.Localization;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Appointment;

public class ExplanationRenderingTests
{
    [Fact]
    public void Explain_Qd377Appointment_VietnameseNamesTheClauseAndValues()
    {
        var dossier = new LocalDate(2026, 3, 10);
        var post = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, dossier.PlusMonths(-11).PlusDays(1));
        var cadre = new Cadre(new CadreId("x"), Sex.Male, BirthDate.OfMonth(1980, 4), positions: [post]);

        string text = AppointmentRegulation.Qd377.Explain(new AppointmentCase(cadre, AppointmentKind.Higher, dossier, true, post)).ToText(Language.Vietnamese);

        // The condition fails: the explanation says what is wrong, with the numbers (not the rule's sentence).
        Assert.Contains("[ ] Mới giữ chức vụ hiện tại hoặc tương đương 11 tháng, cần ít nhất 12 tháng", text, StringComparison.Ordinal);
        Assert.Contains("khoản 3, Điều 34, QĐ 377-QĐ/TW", text, StringComparison.Ordinal);
        Assert.Contains("[appointment-qd377]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DeferredByYoungChild_ShowsThe36MonthDate()
    {
        var asOf = new LocalDate(2026, 6, 15);
        var post = new PositionHeld("Kế toán", "Sở Tài chính", OrganisationalLevel.Provincial, asOf.PlusMonths(-61), isLeadership: false);
        var cadre = new Cadre(new CadreId("y"), Sex.Female, BirthDate.OfMonth(1990, 1), positions: [post]);
        var facts = new PositionChangeCase(cadre, post, "inspection", asOf, [DeferralGround.YoungChild(new LocalDate(2024, 2, 29))]);

        Verdict<PositionChangeAssessment> verdict = PositionChangeRegulation.Nd59.Explain(facts);
        string text = verdict.ToText(Language.Vietnamese);

        Assert.Equal(PositionChangeStatus.Deferred, verdict.Outcome.Status);
        Assert.Equal(new LocalDate(2027, 2, 27), verdict.Outcome.DeferredUntil);
        Assert.Contains("đủ 36 tháng ngày 28/02/2027", text, StringComparison.Ordinal);
        Assert.Contains("khoản 4, Điều 38, NĐ 59/2019/NĐ-CP", text, StringComparison.Ordinal);
    }
}
