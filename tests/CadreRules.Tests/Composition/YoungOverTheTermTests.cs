using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Composition;

/// <summary>Chỉ thị 45-CT/TW's "young counted over the whole term" (the day young is measured, a named policy) and its
/// three age bands (limits not given: not checked unless a province sets them).</summary>
public class YoungOverTheTermTests
{
    private static readonly StructureTargetsRegulation Ct45 = StructureTargetsRegulation.Ct45Of2025;

    private static BodyMembership Body(LocalDate asOf, YearMonth? month, params string[] births) =>
        new(asOf, births.Select((b, i) => new Cadre($"m{i:00}", i < 3 ? Sex.Female : Sex.Male, BirthDate.Of(LocalDate.FromDateTime(DateTime.Parse(b, System.Globalization.CultureInfo.InvariantCulture))))), 42)
        {
            TermReferenceMonth = month,
        };

    private static StructureTargetsRegulation With(params (string Key, ParameterValue Value)[] overrides) => (StructureTargetsRegulation)Ct45.WithVariant(new LocalVariant(
        new RegulationId("structure-tinh-y"),
        Ct45.Id,
        new LocalizedText("Chỉ tiêu cơ cấu của tỉnh Y", "Structure targets of province Y"),
        new LegalDocument("HD 02-HD/TU", "Tỉnh ủy Y", new LocalDate(2025, 5, 1)).Whole(),
        EffectivePeriod.From(new LocalDate(2025, 5, 1)),
        overrides.ToDictionary(o => o.Key, o => o.Value)));

    private static Finding Child(Verdict<bool?> verdict, string code) => verdict.Explanation.Children.Single(c => c.Code.Value == code);

    private static readonly string[] Births = ["1983-09-01", "1990-01-01", .. Enumerable.Repeat("1970-01-01", 18)];

    [Fact]
    public void Defaults_AreUnconfirmedNamedParameters()
    {
        Assert.Equal(YoungAgeDate.TermReferenceMonth, Ct45.YoungMeasuredOn);
        Assert.Null(Ct45.AgeBandLimits);
        foreach (string key in new[] { StructureTargetsRegulation.YoungMeasuredOnKey, StructureTargetsRegulation.AgeBandsYoungestKey, StructureTargetsRegulation.AgeBandsOldestKey })
        {
            Assert.Equal(Confidence.Unconfirmed, Ct45.Parameters.Schema.Single(d => d.Key == key).Confidence);
        }

        Assert.Equal(YoungAgeDate.BodyDate, StructureTargetsRegulation.Ct35Of2019.YoungMeasuredOn);
        Assert.DoesNotContain(StructureTargetsRegulation.Ct35Of2019.Parameters.Schema, d => d.Key == StructureTargetsRegulation.AgeBandsYoungestKey);
    }

    [Fact]
    public void YoungAtTheReferenceMonth_CountsForTheWholeTerm_WithoutTheMonth_TheBodysDate()
    {
        BodyMembership withMonth = Body(new LocalDate(2027, 3, 1), new YearMonth(2025, 7), Births);
        BodyMembership without = Body(new LocalDate(2027, 3, 1), null, Births);

        Assert.Equal(new LocalDate(2025, 7, 31), Ct45.YoungCountedOn(withMonth));
        Assert.Equal(new LocalDate(2027, 3, 1), Ct45.YoungCountedOn(without));
        Finding young = Child(Ct45.Check(withMonth), "Structure.YoungShare");
        Assert.Equal((FindingStatus.Satisfied, 2), (young.Status, Convert.ToInt32(young.Values.Single(v => v.Name == "count").Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(new LocalDate(2025, 7, 31), young.Values.Single(v => v.Name == "youngCountedOn").Value);
        Assert.Equal(FindingStatus.NotSatisfied, Child(Ct45.Check(without), "Structure.YoungShare").Status);
    }

    [Fact]
    public void BodyDatePolicy_ChosenByAProvince_MeasuresOnTheBodysDate_AndCitesIt()
    {
        StructureTargetsRegulation local = With((StructureTargetsRegulation.YoungMeasuredOnKey, ParameterValue.FromChoice(nameof(YoungAgeDate.BodyDate))));
        BodyMembership body = Body(new LocalDate(2027, 3, 1), new YearMonth(2025, 7), Births);

        Assert.Equal(new LocalDate(2027, 3, 1), local.YoungCountedOn(body));
        Finding young = Child(local.Check(body), "Structure.YoungShare");
        Assert.Equal(FindingStatus.NotSatisfied, young.Status);
        Assert.Equal("HD 02-HD/TU", young.Citation!.Document.Number);
    }

    [Fact]
    public void LastDayOfTheMonth_TheFortySecondBirthdayThatDayIsNotYoung()
    {
        BodyMembership body = Body(new LocalDate(2025, 10, 15), new YearMonth(2025, 9), ["1983-10-01", "1983-09-30", .. Enumerable.Repeat("1970-01-01", 8)]);

        Finding young = Child(Ct45.Check(body), "Structure.YoungShare");

        Assert.Equal(1, Convert.ToInt32(young.Values.Single(v => v.Name == "count").Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AgeBands_NotSet_AreReportedOutsideTheVerdict()
    {
        BodyMembership body = Body(new LocalDate(2025, 10, 15), null, ["1990-01-01", "1991-01-01", "1992-01-01", .. Enumerable.Repeat("1970-01-01", 7)]);
        body = new BodyMembership(body.AsOf, body.Members, 42) { StandingCommittee = [body.Members[0].Id], FirstTime = [.. body.Members.Take(4).Select(m => m.Id)] };

        Verdict<bool?> verdict = Ct45.Check(body);

        Finding bands = Child(verdict, "Structure.AgeBands");
        Assert.Equal(FindingStatus.NotApplicable, bands.Status);
        Assert.Equal(false, bands.Values.Single(v => v.Name == "limitsGiven").Value);
        Assert.True(verdict.Outcome);
    }

    [Theory]
    [InlineData(new[] { "1990-06-01", "1978-06-01", "1965-06-01" }, true)]
    [InlineData(new[] { "1990-06-01", "1991-06-01", "1965-06-01" }, false)]
    [InlineData(new[] { "1980-10-16", "1970-10-15", "1970-10-16" }, true)]
    public void AgeBands_SetByAProvince_NeedAMemberInEachBand(string[] births, bool met)
    {
        // Bands under 45, 45 to under 55, 55 and over, on 15/10/2025: born 16/10/1980 is 44, 15/10/1970 is 55, 16/10/1970 is 54.
        StructureTargetsRegulation local = With((StructureTargetsRegulation.AgeBandsYoungestKey, ParameterValue.FromInteger(45)), (StructureTargetsRegulation.AgeBandsOldestKey, ParameterValue.FromInteger(55)));

        Finding bands = Child(local.Check(Body(new LocalDate(2025, 10, 15), null, births)), "Structure.AgeBands");

        Assert.Equal((45, 55), local.AgeBandLimits);
        Assert.Equal(met ? FindingStatus.Satisfied : FindingStatus.NotSatisfied, bands.Status);
        Assert.Equal("HD 02-HD/TU", bands.Citation!.Document.Number);
    }

    [Fact]
    public void AgeBands_LimitsTheWrongWayRound_LeaveTheMiddleBandEmpty_NotMet()
    {
        StructureTargetsRegulation local = With((StructureTargetsRegulation.AgeBandsYoungestKey, ParameterValue.FromInteger(56)), (StructureTargetsRegulation.AgeBandsOldestKey, ParameterValue.FromInteger(55)));

        Finding bands = Child(local.Check(Body(new LocalDate(2025, 10, 15), null, "1990-06-01", "1978-06-01", "1965-06-01")), "Structure.AgeBands");

        Assert.Equal(FindingStatus.NotSatisfied, bands.Status);
        Assert.Equal(0, Convert.ToInt32(bands.Values.Single(v => v.Name == "middle").Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TermReferenceMonth_OutsideTheCalendar_IsRefused() =>
        Assert.Throws<InputOutOfRangeException>(() => new BodyMembership(new LocalDate(2025, 1, 1), [], 42) { TermReferenceMonth = new YearMonth(1800, 1) });

    [Property(MaxTest = 200)]
    public Property YoungCount_AtTheReferenceMonth_NeverBelowTheCountAtALaterBodyDate() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(1960, 2000), 12).ToArbitrary(), Gen.Choose(0, 48).ToArbitrary(), (years, monthsLater) =>
        {
            string[] births = [.. years.Select(y => $"{y}-03-15")];
            LocalDate asOf = new LocalDate(2025, 7, 31).PlusMonths(monthsLater);
            int Count(BodyMembership b) => Convert.ToInt32(Child(Ct45.Check(b), "Structure.YoungShare").Values.Single(v => v.Name == "count").Value, System.Globalization.CultureInfo.InvariantCulture);
            return Count(Body(asOf, new YearMonth(2025, 7), births)) >= Count(Body(asOf, null, births));
        });
}
