using System.Linq;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.People;

public class QualificationsTests
{
    private static readonly Cadre Plain = new(new CadreId("Q-1"), Sex.Female, BirthDate.Of(new LocalDate(1975, 3, 10)), positions:
        [new PositionHeld("Phó Chủ tịch", "UBND xã A", OrganisationalLevel.Commune, new LocalDate(2015, 1, 1))]);

    private static readonly Qualifications Full = new()
    {
        Education = new(EducationLevel.University, new LocalDate(1997, 6, 30)),
        PoliticalTheory = new(PoliticalTheoryLevel.Advanced, new LocalDate(2012, 12, 15)),
        StateManagement = new(StateManagementLevel.PrincipalSpecialist, new LocalDate(2014, 10, 20)),
    };

    [Fact]
    public void Cadre_WithoutQualifications_HasNone()
    {
        Assert.Same(Qualifications.None, Plain.Qualifications);
        Assert.True(Plain.Qualifications.IsEmpty);
    }

    [Fact]
    public void IsHeldOn_CountsFromTheDateObtained_Inclusive()
    {
        var theory = new Attainment<PoliticalTheoryLevel>(PoliticalTheoryLevel.Advanced, new LocalDate(2012, 12, 15));
        Assert.False(theory.IsHeldOn(new LocalDate(2012, 12, 14)));
        Assert.True(theory.IsHeldOn(new LocalDate(2012, 12, 15)));
        Assert.Null(Full.PoliticalTheoryOn(new LocalDate(2012, 12, 14)));
        Assert.Equal(PoliticalTheoryLevel.Advanced, Full.PoliticalTheoryOn(new LocalDate(2012, 12, 15)));
        Assert.Equal(EducationLevel.University, Full.EducationOn(new LocalDate(2020, 1, 1)));
        Assert.Equal(StateManagementLevel.PrincipalSpecialist, Full.StateManagementOn(new LocalDate(2014, 10, 20)));
        Assert.Null(Full.StateManagementOn(new LocalDate(2014, 10, 19)));
    }

    [Fact]
    public void OtherWithCopies_KeepTheQualifications()
    {
        Cadre qualified = Plain.WithQualifications(Full);
        Assert.Equal(Full, qualified.WithEvaluations([new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.Good)]).Qualifications);
        Assert.Equal(Full, qualified.WithDiscipline([]).Qualifications);
        Assert.Equal(Full, qualified.WithPositions(Plain.Positions.Take(0)).Qualifications);
    }

    [Fact]
    public void Equality_ReadsTheQualifications()
    {
        Cadre a = Plain.WithQualifications(Full);
        Cadre b = Plain.WithQualifications(Full with { });
        Assert.Equal(a, b);
        Assert.NotEqual(a, Plain);
        Assert.NotEqual(a, Plain.WithQualifications(Full with { PoliticalTheory = new(PoliticalTheoryLevel.Intermediate, new LocalDate(2012, 12, 15)) }));
    }

    [Theory]
    [InlineData("education")]
    [InlineData("politicalTheory")]
    [InlineData("stateManagement")]
    public void ObtainedBeforeBirth_IsRefusedAtItsField(string part)
    {
        var early = new LocalDate(1975, 3, 9);
        Qualifications q = part switch
        {
            "education" => Full with { Education = new(EducationLevel.University, early) },
            "politicalTheory" => Full with { PoliticalTheory = new(PoliticalTheoryLevel.Advanced, early) },
            _ => Full with { StateManagement = new(StateManagementLevel.Specialist, early) },
        };
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() => Plain.WithQualifications(q));
        Assert.Equal($"qualifications.{part}.obtainedOn", e.Field);
        Assert.NotNull(e.Text);
        _ = Plain.WithQualifications(Full with { Education = new(EducationLevel.University, new LocalDate(1975, 3, 10)) }); // the birth date itself is accepted
    }

    [Fact]
    public void ObtainedOutsideTheCalendar_IsRefusedAtItsField()
    {
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() =>
            Plain.WithQualifications(new Qualifications { Education = new(EducationLevel.Master, new LocalDate(2300, 1, 1)) }));
        Assert.Equal("qualifications.education.obtainedOn", e.Field);
    }

    [Fact]
    public void LevelsAreInAscendingOrder()
    {
        Assert.True(EducationLevel.Doctorate > EducationLevel.Master && EducationLevel.Master > EducationLevel.University && EducationLevel.University > EducationLevel.College);
        Assert.True(PoliticalTheoryLevel.Advanced > PoliticalTheoryLevel.Intermediate && PoliticalTheoryLevel.Intermediate > PoliticalTheoryLevel.Elementary);
        Assert.True(StateManagementLevel.SeniorSpecialist > StateManagementLevel.PrincipalSpecialist && StateManagementLevel.PrincipalSpecialist > StateManagementLevel.Specialist);
    }
}
