using System;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Standards;

/// <summary>A district title's standards: assessed as before up to 30/06/2025, refused from 01/07/2025 when the district
/// level no longer existed (KL 137-KL/TW, KL 157-KL/TW).</summary>
public class DistrictTitleStandardsTests
{
    private static readonly Cadre Person = new Cadre(new CadreId("S"), Sex.Female, BirthDate.Of(new LocalDate(1978, 5, 10))).WithQualifications(new Qualifications
    {
        Education = new(EducationLevel.University, new LocalDate(2000, 6, 30)),
        PoliticalTheory = new(PoliticalTheoryLevel.Advanced, new LocalDate(2012, 3, 1)),
    });

    private static TitleStandardsCase Case(LocalDate on, OrganisationalLevel level) => new()
    {
        Cadre = Person,
        Title = "Phó Chủ tịch UBND huyện",
        Level = level,
        AssessedOn = on,
    };

    private static TitleStandardsRegulation InForce(LocalDate on) =>
        Assert.IsType<TitleStandardsRegulation>(ShippedRegulations.Catalog.TryInForce(RegulationTopic.TitleStandards, SubjectKind.Cadre, on));

    [Fact]
    public void DistrictTitle_On30June2025_AssessedAsAProvincialTitle()
    {
        LocalDate day = new(2025, 6, 30);
        TitleStandardsRegulation regulation = InForce(day);

        Assert.Equal(StandardsOutcome.Meets, regulation.Assess(Case(day, OrganisationalLevel.District)));
        Assert.Equal(regulation.Assess(Case(day, OrganisationalLevel.Provincial)), regulation.Assess(Case(day, OrganisationalLevel.District)));
    }

    [Fact]
    public void DistrictTitle_On1July2025_RefusedAtTheLevel()
    {
        LocalDate day = new(2025, 7, 1);
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() => InForce(day).Explain(Case(day, OrganisationalLevel.District)));

        Assert.Equal("level", e.Field);
        Assert.Contains("cấp huyện đã kết thúc ngày 30/06/2025", e.Text!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(StandardsOutcome.Meets, InForce(day).Assess(Case(day, OrganisationalLevel.Commune)));
    }

    [Fact]
    public void Document_DistrictTitleAfterTheEnd_RefusedAtTitleLevel()
    {
        const string Template = """
            { "schemaVersion": 1, "title": { "name": "Phó Chủ tịch UBND huyện", "level": "district" }, "assessedOn": "DAY",
              "subjects": [ { "cadre": { "id": "S1", "sex": "male", "birthDate": "1976-04-12" } } ] }
            """;

        Assert.Single(CadreDocuments.ReadTitleStandards(Template.Replace("DAY", "2025-06-30", StringComparison.Ordinal)));
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadTitleStandards(Template.Replace("DAY", "2025-07-01", StringComparison.Ordinal)));
        Assert.Equal("$.title.level", e.Path);
        Assert.Equal(DocumentErrorCodes.Refused, e.Code);
    }

    [Property(MaxTest = 200)]
    public Property District_RefusedFromJuly2025_SameAsProvincialBefore() =>
        Prop.ForAll(Gen.Choose(-5 * 365, 5 * 365).Select(d => new LocalDate(2025, 7, 1).PlusDays(d)).ToArbitrary(), day =>
        {
            TitleStandardsRegulation? regulation = ShippedRegulations.Catalog.TryInForce(RegulationTopic.TitleStandards, SubjectKind.Cadre, day) as TitleStandardsRegulation;
            if (regulation is null)
            {
                return true;
            }

            if (day >= AdministrativeLevels.TwoLevelsFrom)
            {
                return Record.Exception(() => regulation.Explain(Case(day, OrganisationalLevel.District))) is InputOutOfRangeException { Field: "level" };
            }

            // Before the end, a district title reads the general (non-commune) parameters, as a provincial title does.
            return regulation.Assess(Case(day, OrganisationalLevel.District)) == regulation.Assess(Case(day, OrganisationalLevel.Provincial));
        });
}
