using System;
using System.IO;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Documents;
using CadreRules.People;

namespace CadreRules.Tests.Documents;

public class CommitteeCandidaciesDocumentTests
{
    private static string Doc(string candidacy) => "{ \"schemaVersion\": 1, \"candidacies\": [ " + candidacy + " ] }";

    [Fact]
    public void Read_CandidacyWithRosterReference_ResolvesItAndTheAgeMonth()
    {
        Roster roster = CadreDocuments.ReadRoster("""{ "schemaVersion": 1, "cadres": [ { "id": "R", "sex": "male", "birthDate": "1970-02" } ] }""");

        CommitteeCandidacy candidacy = Assert.Single(CadreDocuments.ReadCommitteeCandidacies(Doc("""{ "cadreRef": "r", "level": "provincial", "reElection": false, "provincialDeputySecretary": true }"""), roster));

        Assert.Equal(("R", CommitteeLevel.Provincial, false, true), (candidacy.Cadre.Id.Value, candidacy.Level, candidacy.IsReElection, candidacy.IsProvincialDeputySecretary));
        Assert.Equal(new NodaTime.YearMonth(2025, 9), candidacy.AgeMonth);
    }

    [Fact]
    public void Read_CandidateBornAfterTheAgeMonth_RefusedAtTheBirthDate() =>
        DocumentAssert.FailsAt("$.candidacies[0].cadre.birthDate", () => CadreDocuments.ReadCommitteeCandidacies(Doc("""{ "cadre": { "id": "a", "sex": "male", "birthDate": "2025-08" }, "level": "commune", "reElection": false }""")));

    [Fact]
    public void Read_EveryCandidacyInError_Reported()
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadCommitteeCandidacies(Doc(
            """{ "cadre": { "id": "a", "sex": "male", "birthDate": "1970" }, "reElection": false }, { "cadre": { "id": "b", "sex": "male", "birthDate": "1970" }, "level": "commune" }""")));

        Assert.Equal(["$.candidacies[0].level", "$.candidacies[1].reElection"], e.Errors.Select(x => x.Path));
    }

    [Fact]
    public void Read_UnknownLevel_NamesTheAcceptedOnes() =>
        Assert.Equal("oneOf", Assert.Throws<DocumentException>(() => CadreDocuments.ReadCommitteeCandidacies(Doc("""{ "cadre": { "id": "a", "sex": "male", "birthDate": "1970" }, "level": "district", "reElection": false }"""))).Arguments[0]);

    [Fact]
    public void Write_ThenRead_SameDocumentConformingToTheSchema()
    {
        string once = CadreDocuments.WriteCommitteeCandidacies(CadreDocuments.ReadCommitteeCandidacies(Doc("""{ "cadre": { "id": "a", "sex": "female", "birthDate": "1975-06-01" }, "level": "grassroots", "reElection": true }""")));

        Assert.Equal(once, CadreDocuments.WriteCommitteeCandidacies(CadreDocuments.ReadCommitteeCandidacies(once)));
        Assert.True(SchemaTests.ConformsTo("committee-candidacies.schema.json", once));
        Assert.True(SchemaTests.ConformsTo("committee-candidacies.schema.json", File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-committee.json"))));
    }
}
