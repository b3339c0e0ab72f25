using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.People;

public class DisciplineRecordTests
{
    private static readonly LocalDate Decided = new(2024, 3, 1);

    [Fact]
    public void Constructor_UnknownForm_ThrowsNamingForm()
    {
        // The forms are numbered from 1, so the default value is not a form.
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("form", () => new DisciplineRecord(default, DisciplineTrack.Party, Decided));
        Assert.Equal((DisciplineForm)0, error.ActualValue);
        Assert.Throws<InputOutOfRangeException>("form", () => new DisciplineRecord((DisciplineForm)8, DisciplineTrack.Party, Decided));
    }

    [Fact]
    public void Constructor_UnknownTrack_ThrowsNamingTrack()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("track", () => new DisciplineRecord(DisciplineForm.Warning, (DisciplineTrack)2, Decided));
        Assert.Equal((DisciplineTrack)2, error.ActualValue);
    }

    [Fact]
    public void ViolationYear_GivenEarlierThanTheDecision_IsKept()
    {
        var record = new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Administrative, Decided, violationYear: 2021);

        Assert.Equal(2021, record.ViolationYear);
        Assert.Equal(2024, record.DecidedOn.Year);
    }

    [Fact]
    public void ViolationYear_NotGiven_IsTheDecisionYear() =>
        Assert.Equal(2024, new DisciplineRecord(DisciplineForm.Warning, DisciplineTrack.Party, Decided).ViolationYear);
}
