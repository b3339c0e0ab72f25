using System;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CadreRules.Tests.Planning.PlanningFixtures;

namespace CadreRules.Tests.Planning;

/// <summary>A planning list naming a district title: accepted when drawn up on or before 30/06/2025, refused from
/// 01/07/2025 when the district level no longer existed (KL 137-KL/TW, KL 157-KL/TW).</summary>
public class DistrictPlanningTitleTests
{
    private static PlanningList ListOn(LocalDate date, OrganisationalLevel level)
    {
        PlanningCandidate[] candidates = [Man("c01"), Man("c02", 1982)];
        return new PlanningList(date, new PlanningTerm(new LocalDate(2026, 3, 15)), [Title("A"), Title("T", 1, level)], candidates, candidates.Select(c => new PlanningEntry(c.Id, "T")));
    }

    [Fact]
    public void DistrictTitle_ListOf30June2025_ValidatedAsAProvincialTitle()
    {
        LocalDate day = new(2025, 6, 30);
        PlanningReport district = PlanningRegulations.Qd50.Validate(ListOn(day, OrganisationalLevel.District));
        PlanningReport provincial = PlanningRegulations.Qd50.Validate(ListOn(day, OrganisationalLevel.Provincial));

        Assert.Equal(provincial.Title("T").EligibleCount, district.Title("T").EligibleCount);
        Assert.Equal(provincial.Findings.Count(), district.Findings.Count());
    }

    [Fact]
    public void DistrictTitle_ListOf1July2025_RefusedAtTheTitlesLevel()
    {
        InputOutOfRangeException e = Assert.Throws<InputOutOfRangeException>(() => ListOn(new LocalDate(2025, 7, 1), OrganisationalLevel.District));

        Assert.Equal("titles[1].level", e.Field);
        Assert.Contains("ngày 01/07/2025 không còn cấp huyện", e.Text!.Vietnamese, StringComparison.Ordinal);
        Assert.Equal(2, ListOn(new LocalDate(2025, 7, 1), OrganisationalLevel.Commune).Titles.Length);
    }

    [Fact]
    public void Document_DistrictTitleAfterTheEnd_RefusedAtItsPath()
    {
        const string Template = """
            { "schemaVersion": 1, "date": "DAY", "term": { "start": "2025-10-01", "years": 5 },
              "titles": [ { "id": "ct", "name": "Chủ tịch UBND huyện", "level": "district" } ],
              "candidates": [ { "cadre": { "id": "c01", "sex": "male", "birthDate": "1980-05-10" } } ],
              "entries": [ { "cadreId": "c01", "titleId": "ct" } ] }
            """;

        Assert.Single(CadreDocuments.ReadPlanningList(Template.Replace("DAY", "2025-06-30", StringComparison.Ordinal)).Titles);
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadPlanningList(Template.Replace("DAY", "2025-07-01", StringComparison.Ordinal)));
        Assert.Equal("$.titles[0].level", e.Path);
        Assert.Equal(DocumentErrorCodes.Refused, e.Code);
    }

    [Property(MaxTest = 200)]
    public Property DistrictTitle_RefusedFromJuly2025_AcceptedBefore() =>
        Prop.ForAll(Gen.Choose(-3 * 365, 250).Select(d => new LocalDate(2025, 7, 1).PlusDays(d)).ToArbitrary(), day =>
        {
            if (day >= AdministrativeLevels.TwoLevelsFrom)
            {
                return Record.Exception(() => ListOn(day, OrganisationalLevel.District)) is InputOutOfRangeException { Field: "titles[1].level" };
            }

            PlanningReport district = PlanningRegulations.Qd50.Validate(ListOn(day, OrganisationalLevel.District));
            PlanningReport provincial = PlanningRegulations.Qd50.Validate(ListOn(day, OrganisationalLevel.Provincial));
            return district.Title("T").EligibleCount == provincial.Title("T").EligibleCount && district.Findings.Count() == provincial.Findings.Count();
        });
}
