using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Standards;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The title standards document: reading, writing back, a whole roster, errors at their paths; the case file's
/// citation by signing date.</summary>
public class TitleStandardsDocumentTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    [Fact]
    public void Sample_Reads_AndWritesBackTheSameText()
    {
        ImmutableArray<TitleStandardsCase> cases = CadreDocuments.ReadTitleStandards(File.ReadAllText(Path.Combine(Samples, "demo-standards.json")));
        Assert.Equal(5, cases.Length);
        Assert.All(cases, c => Assert.Equal(new LocalDate(2025, 12, 1), c.AssessedOn));
        Assert.Equal(PlanningGroup.Second, cases[1].PlanningGroup);
        Assert.True(cases[1].HasTrainingPlan);
        string written = CadreDocuments.WriteTitleStandards(cases);
        Assert.Equal(written, CadreDocuments.WriteTitleStandards(CadreDocuments.ReadTitleStandards(written)));
        Assert.Equal(cases.Select(c => c.Cadre), CadreDocuments.ReadTitleStandards(written).Select(c => c.Cadre));
    }

    [Fact]
    public void WithoutSubjects_EveryCadreOfTheRoster()
    {
        Roster roster = CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));
        ImmutableArray<TitleStandardsCase> cases = CadreDocuments.ReadTitleStandards("""{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-01" }""", roster);
        Assert.Equal(roster.Cadres.Select(c => c.Id), cases.Select(c => c.Cadre.Id));
        Assert.All(cases, c => Assert.Equal(PlanningGroup.None, c.PlanningGroup));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-01" }""", "$.subjects")]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": " ", "level": "commune" }, "assessedOn": "2026-01-01", "subjects": [] }""", "$.title.name")]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": "X" }, "assessedOn": "2026-01-01", "subjects": [] }""", "$.title.level")]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "subjects": [] }""", "$.assessedOn")]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-01", "subjects": [ { "cadreRef": "A" } ] }""", "$.subjects[0].cadreRef")]
    [InlineData("""{ "schemaVersion": 1, "title": { "name": "X", "level": "commune" }, "assessedOn": "2026-01-01", "subjects": [ { "cadre": { "id": "A", "sex": "male", "birthDate": "1980" }, "trainingPlan": "yes" } ] }""", "$.subjects[0].trainingPlan")]
    public void BadInput_IsRefusedAtItsPath(string json, string path)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => CadreDocuments.ReadTitleStandards(json));
        Assert.StartsWith(path + ": ", DocumentMessages.Format(e, Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RefusesCasesOfDifferentTitlesOrDates()
    {
        ImmutableArray<TitleStandardsCase> cases = CadreDocuments.ReadTitleStandards(File.ReadAllText(Path.Combine(Samples, "demo-standards.json")));
        Assert.Throws<ArgumentException>(() => CadreDocuments.WriteTitleStandards([cases[0], cases[1] with { AssessedOn = new LocalDate(2025, 12, 2) }]));
        Assert.Throws<ArgumentException>(() => CadreDocuments.WriteTitleStandards([]));
    }

    [Fact]
    public void KindOfTheDocument_IsRecognised() =>
        Assert.Equal(DocumentKind.TitleStandards, Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-standards.json")))).FoundKind);

    [Theory]
    [InlineData("2020-01-02", true)]
    [InlineData("2024-12-28", false)]
    public void CaseCitation_BySigningDate_TellsTheTwo214sApart(string signedOn, bool passes)
    {
        string json = $$"""
            { "schemaVersion": 1, "kind": "standards", "name": "214 by date",
              "facts": { "title": { "name": "Bí thư Tỉnh ủy", "level": "provincial", "managedCentrally": true }, "assessedOn": "2025-08-29",
                "subject": { "cadre": { "id": "S", "sex": "male", "birthDate": "1970" } } },
              "expected": { "outcome": "undetermined" },
              "expectedCitation": { "document": "QĐ 214-QĐ/TW", "signedOn": "{{signedOn}}" } }
            """;
        CaseResult result = CaseRunner.Run(json, "x.json", ShippedRegulations.Catalog);
        Assert.Equal(passes, result.Passed);
        if (!passes)
        {
            Assert.Contains("no finding cites QĐ 214-QĐ/TW (2024-12-28)", result.Failures);
        }
    }
}
