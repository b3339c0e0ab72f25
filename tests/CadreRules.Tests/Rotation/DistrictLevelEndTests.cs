using System;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rotation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Rotation;

/// <summary>The district level ends on 30/06/2025 (KL 137-KL/TW, KL 157-KL/TW): rotations, transfers and secondments
/// that name it are refused from 01/07/2025 and behave as before up to 30/06/2025.</summary>
public class DistrictLevelEndTests
{
    private static readonly LocalDate LastDay = new(2025, 6, 30);
    private static readonly LocalDate FirstDayAfter = new(2025, 7, 1);

    private static RotationCase Rotation(LocalDate start, OrganisationalLevel from, OrganisationalLevel to) =>
        new(RotationRegulationTests.Man(), start, start.PlusMonths(36).PlusDays(-1), from, to, false, PostComparison.Equivalent, true);

    private static MovementCase Transfer(LocalDate start, OrganisationalLevel from, OrganisationalLevel to) =>
        new(RotationRegulationTests.Man(), MovementKind.Transfer, start, null, from, to, false, []);

    private static MovementCase Secondment(LocalDate start, OrganisationalLevel from, OrganisationalLevel to) =>
        new(RotationRegulationTests.Man(), MovementKind.Secondment, start, start.PlusMonths(12), from, to, false, []);

    [Fact]
    public void Exists_DistrictOnTheLastDayOnly_OtherLevelsAlways()
    {
        Assert.Equal(LastDay, AdministrativeLevels.DistrictLastDay);
        Assert.Equal(FirstDayAfter, AdministrativeLevels.TwoLevelsFrom);
        Assert.True(AdministrativeLevels.Exists(OrganisationalLevel.District, LastDay));
        Assert.False(AdministrativeLevels.Exists(OrganisationalLevel.District, FirstDayAfter));
        Assert.All(Enum.GetValues<OrganisationalLevel>().Where(l => l != OrganisationalLevel.District),
            l => Assert.True(AdministrativeLevels.Exists(l, FirstDayAfter)));
        Assert.Equal("KL 137-KL/TW", AdministrativeLevels.DistrictEnd.Document.Number);
    }

    [Fact]
    public void Rotation_ToDistrictOn30June2025_AssessedAsBefore()
    {
        RotationCase facts = Rotation(LastDay, OrganisationalLevel.Provincial, OrganisationalLevel.District);

        Assert.Equal(RotationDirection.Downward, facts.Direction);
        Assert.Equal(RotationOutcome.Eligible, RotationRegulation.Qd65.Assess(facts));
    }

    [Theory]
    [InlineData(OrganisationalLevel.Provincial, OrganisationalLevel.District, "toLevel")]
    [InlineData(OrganisationalLevel.District, OrganisationalLevel.Commune, "fromLevel")]
    [InlineData(OrganisationalLevel.District, OrganisationalLevel.District, "fromLevel")]
    public void Rotation_NamingTheDistrictOn1July2025_RefusedInBothLanguages(OrganisationalLevel from, OrganisationalLevel to, string field)
    {
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() => Rotation(FirstDayAfter, from, to));

        Assert.Equal(field, e.Field);
        Assert.Equal(OrganisationalLevel.District, e.ActualValue);
        LocalizedText text = Assert.IsType<LocalizedText>(e.Text);
        Assert.Equal("cấp huyện đã kết thúc ngày 30/06/2025 (KL 137-KL/TW, KL 157-KL/TW): ngày 01/07/2025 không còn cấp huyện; từ 01/07/2025 chỉ còn cấp tỉnh và cấp xã.", text.Vietnamese);
        Assert.StartsWith("the district level ended on 30/06/2025 (KL 137-KL/TW", text.English, StringComparison.Ordinal);
        Assert.StartsWith("The district level ended on 2025-06-30", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Movement_ToDistrict_AnsweredOn30June2025_RefusedOn1July2025()
    {
        MovementCase before = Transfer(LastDay, OrganisationalLevel.Provincial, OrganisationalLevel.District);
        Assert.Equal(OrganisationalLevel.District, before.ToLevel);
        Assert.Equal(MovementOutcome.Undetermined, MovementProgramme.Answer(ProgrammeMovement.Of("1", before), ShippedRegulations.Catalog).Outcome);

        Assert.Equal("toLevel", Assert.Throws<InputOutOfRangeException>(() => Transfer(FirstDayAfter, OrganisationalLevel.Provincial, OrganisationalLevel.District)).Field);
        Assert.Equal("fromLevel", Assert.Throws<InputOutOfRangeException>(() => Secondment(FirstDayAfter, OrganisationalLevel.District, OrganisationalLevel.Commune)).Field);
        Assert.Equal(MovementOutcome.Eligible, MovementRegulation.Nd170.Assess(Transfer(FirstDayAfter, OrganisationalLevel.Provincial, OrganisationalLevel.Commune)).Outcome);
    }

    [Fact]
    public void RotationRequestsDocument_DistrictOn1July2025_RefusedAtTheLevelsPath()
    {
        const string Template = """
            { "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1975-01" }, "start": "START", "plannedEnd": "2029-06-30",
              "fromLevel": "provincial", "toLevel": "district", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }
            """;

        Assert.Equal(OrganisationalLevel.District, Assert.Single(CadreDocuments.ReadRotationRequests(Template.Replace("START", "2025-06-30", StringComparison.Ordinal))).ToLevel);
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadRotationRequests(Template.Replace("START", "2025-07-01", StringComparison.Ordinal)));
        Assert.Equal(DocumentErrorCodes.Refused, e.Code);
        Assert.Equal("$.requests[0].toLevel", e.Path);
        Assert.StartsWith("$.requests[0].toLevel: cấp huyện đã kết thúc ngày 30/06/2025", DocumentMessages.Format(e, Language.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("The district level ended on 2025-06-30", DocumentMessages.Format(e, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Roster_DistrictPostStartingOn1July2025_RefusedAtThePostsLevel()
    {
        const string Template = """
            { "schemaVersion": 1, "cadres": [ { "id": "A1", "sex": "male", "birthDate": "1975",
              "positions": [ { "title": "Phó Chủ tịch UBND huyện", "unit": "UBND huyện X", "level": "district", "start": "START" } ] } ] }
            """;

        Assert.Single(CadreDocuments.ReadRoster(Template.Replace("START", "2025-06-30", StringComparison.Ordinal)).Cadres);
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(Template.Replace("START", "2025-07-01", StringComparison.Ordinal)));
        Assert.Equal("$.cadres[0].positions[0].level", e.Path);
        Assert.Equal(DocumentErrorCodes.Refused, e.Code);
    }

    private static Gen<(OrganisationalLevel From, OrganisationalLevel To)> PairsWithDistrict() =>
        from other in Gen.Elements(Enum.GetValues<OrganisationalLevel>())
        from districtFirst in Gen.Elements(true, false)
        select districtFirst ? (OrganisationalLevel.District, other) : (other, OrganisationalLevel.District);

    [Property(MaxTest = 300)]
    public Property AnyDateFrom1July2025_NoAnswerForTheDistrict() =>
        Prop.ForAll(Gen.Choose(0, 20 * 365).Select(d => FirstDayAfter.PlusDays(d)).ToArbitrary(), PairsWithDistrict().ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (start, pair, kind) =>
        {
            Func<object> build = kind switch
            {
                0 => () => Rotation(start, pair.From, pair.To),
                1 => () => Transfer(start, pair.From, pair.To),
                _ => () => Secondment(start, pair.From, pair.To),
            };
            InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(build);
            return e.Text is not null && (e.Field == "fromLevel" || e.Field == "toLevel") && !AdministrativeLevels.Exists(OrganisationalLevel.District, start);
        });

    [Property(MaxTest = 300)]
    public Property AnyDateUpTo30June2025_SameAnswerAsBefore() =>
        Prop.ForAll(Gen.Choose(0, 2 * 365).Select(d => LastDay.PlusDays(-d)).ToArbitrary(), PairsWithDistrict().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (start, pair, same) =>
        {
            // The levels decide only the direction: the case keeps them, and the rotation's outcome is the one of the
            // same rotation between two levels that still exist (the eligibility conditions do not read the level).
            RotationCase facts = new(RotationRegulationTests.Man(), start, start.PlusMonths(36).PlusDays(-1), pair.From, pair.To, same, PostComparison.Equivalent, true);
            RotationCase control = new(RotationRegulationTests.Man(), start, start.PlusMonths(36).PlusDays(-1), OrganisationalLevel.Provincial, OrganisationalLevel.Commune, same, PostComparison.Equivalent, true);
            MovementCase move = Transfer(start, pair.From, pair.To);
            return facts.FromLevel == pair.From && facts.ToLevel == pair.To
                && facts.Direction == RotationCase.Classify(pair.From, pair.To, same)
                && move.Direction == RotationCase.Classify(pair.From, pair.To, sameLocality: false)
                && RotationRegulation.Qd65.Assess(facts) == RotationRegulation.Qd65.Assess(control)
                && MovementProgramme.Answer(ProgrammeMovement.Of("1", move), ShippedRegulations.Catalog).Outcome
                    == MovementProgramme.Answer(ProgrammeMovement.Of("1", Transfer(start, OrganisationalLevel.Provincial, OrganisationalLevel.Commune)), ShippedRegulations.Catalog).Outcome;
        });
}
