using System;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Appointment;

/// <summary>The appointment chain for cadres before QĐ 80: QĐ 105-QĐ/TW in three versions (before Luật 52/2019, with
/// it, with HĐ 06), so that a dossier on any day from 19/12/2017 finds exactly one regulation.</summary>
public class Qd105ChainTests
{
    private static readonly LocalDate ChainStart = new(2017, 12, 19);

    private static string InForce(LocalDate date) =>
        ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.Cadre, date).Reference.Id.Value;

    [Theory]
    [InlineData("2017-12-19", "appointment-qd105")]
    [InlineData("2020-06-30", "appointment-qd105")]
    [InlineData("2020-07-01", "appointment-qd105-law52")]
    [InlineData("2021-07-31", "appointment-qd105-law52")]
    [InlineData("2021-08-01", "appointment-qd105-hd06")]
    [InlineData("2022-08-17", "appointment-qd105-hd06")]
    [InlineData("2022-08-18", "appointment-qd80")]
    [InlineData("2025-10-07", "appointment-qd80")]
    [InlineData("2025-10-08", "appointment-qd377")]
    public void InForce_BoundaryDates(string date, string expected) =>
        Assert.Equal(expected, InForce(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value));

    [Fact]
    public void InForce_DayBeforeQd105_NoRegulation() =>
        Assert.Null(ShippedRegulations.Catalog.TryInForce(RegulationTopic.Appointment, SubjectKind.Cadre, ChainStart.PlusDays(-1)));

    [Property(MaxTest = 300)]
    public Property InForce_EveryDayFromQd105_ExactlyOneRegulation() =>
        Prop.ForAll(Gen.Choose(0, 365 * 10).ToArbitrary(), days =>
        {
            LocalDate date = ChainStart.PlusDays(days);
            return ShippedRegulations.Catalog.Entries.Count(e => e.Regulation.Reference.Topic == RegulationTopic.Appointment
                && e.Scope.SubjectKind == SubjectKind.Cadre && e.Scope.Period.Contains(date)) == 1;
        });

    [Fact]
    public void Qd105_NoMonthsInPostRequired_Unconfirmed_Qd80Requires24()
    {
        var dossier = new LocalDate(2022, 8, 17);
        var post = new PositionHeld("Phó Giám đốc Sở", "Sở Nội vụ", OrganisationalLevel.Provincial, dossier.PlusMonths(-6));
        var cadre = new Cadre(new CadreId("t"), Sex.Male, BirthDate.OfMonth(1980, 4), positions: [post]);
        var facts = new AppointmentCase(cadre, AppointmentKind.Higher, dossier, isPlanned: true, currentPost: post);

        Verdict<AppointmentAssessment> verdict = AppointmentRegulation.Qd105Hd06.Explain(facts);

        Assert.Equal(AppointmentOutcome.Eligible, verdict.Outcome.Outcome);
        Finding time = verdict.Explanation.Find(new RuleCode("Appointment.TimeInPost"))!;
        Assert.Equal(Confidence.Unconfirmed, Descriptor(AppointmentRegulation.Qd105Hd06, "Appointment.TimeInPost").Confidence);
        Assert.Equal("QĐ 105-QĐ/TW", time.Citation!.Document.Number);
        Assert.Equal(Confidence.Unconfirmed, AppointmentRegulation.Qd105Hd06.MinMonthsInPostParameter.Confidence);
        Assert.Equal(0, AppointmentRegulation.Qd105Hd06.MinMonthsInPost);
        Assert.Equal(AppointmentOutcome.NotEligible, AppointmentRegulation.Qd80.Assess(new AppointmentCase(cadre, AppointmentKind.Higher, dossier.PlusDays(1), true, post)).Outcome);
    }

    [Theory]
    [InlineData(DisciplineForm.Dismissal, "2019-03-01", 12)]
    [InlineData(DisciplineForm.Reprimand, "2019-03-01", 12)]
    [InlineData(DisciplineForm.Dismissal, "2020-07-01", 24)]
    [InlineData(DisciplineForm.Warning, "2020-07-01", 12)]
    public void DisciplineBar_Qd105TwelveMonthsForEveryForm_Law52TwentyFourForHeavyForms(DisciplineForm form, string decided, int barMonths)
    {
        LocalDate decidedOn = NodaTime.Text.LocalDatePattern.Iso.Parse(decided).Value;
        var cadre = new Cadre(new CadreId("d"), Sex.Male, BirthDate.OfMonth(1980, 4), discipline: [new DisciplineRecord(form, DisciplineTrack.Party, decidedOn)]);
        var regulation = (AppointmentRegulation)ShippedRegulations.Catalog.InForce(RegulationTopic.Appointment, SubjectKind.Cadre, decidedOn);

        LocalDate lastBarred = decidedOn.PlusMonths(barMonths).PlusDays(-1);
        var barred = new AppointmentCase(cadre, AppointmentKind.First, lastBarred, true);
        var free = new AppointmentCase(cadre, AppointmentKind.First, lastBarred.PlusDays(1), true);

        Assert.Equal(AppointmentOutcome.NotEligible, regulation.Assess(barred).Outcome);
        Assert.Equal(decidedOn.PlusMonths(barMonths), regulation.DisciplineBarEnd(barred));
        Assert.Equal(AppointmentOutcome.Eligible, regulation.Assess(free).Outcome);
    }

    [Fact]
    public void Confidence_Qd105AgeUnconfirmed_Hd06AgeConfirmed_Qd105DisciplineFromNews()
    {
        Assert.Equal(Confidence.Unconfirmed, Descriptor(AppointmentRegulation.Qd105, "Appointment.Age").Confidence);
        Assert.Equal(Confidence.Unconfirmed, Descriptor(AppointmentRegulation.Qd105Law52, "Appointment.Age").Confidence);
        Assert.Equal(Confidence.Confirmed, Descriptor(AppointmentRegulation.Qd105Hd06, "Appointment.Age").Confidence);
        Assert.Equal("1.2", Descriptor(AppointmentRegulation.Qd105Hd06, "Appointment.Age").Citation!.Section);
        Assert.Equal(Confidence.News, Descriptor(AppointmentRegulation.Qd105, "Appointment.DisciplineBar").Confidence);
        Assert.Equal("QĐ 105-QĐ/TW", Descriptor(AppointmentRegulation.Qd105, "Appointment.DisciplineBar").Citation!.Document.Number);
        Assert.Equal(Confidence.Confirmed, Descriptor(AppointmentRegulation.Qd105Law52, "Appointment.DisciplineBar").Confidence);
        Assert.Equal(Confidence.Unconfirmed, Descriptor(AppointmentRegulation.Qd105, "Appointment.Planned").Confidence);
        Assert.Equal(Confidence.Confirmed, Descriptor(AppointmentRegulation.Qd80, "Appointment.Planned").Confidence);
    }

    private static RuleDescriptor Descriptor(AppointmentRegulation regulation, string code) =>
        regulation.Rules.Single(d => d.Code == new RuleCode(code));
}
