using System;
using System.Linq;
using System.Text.Json;
using CadreRules.People;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The roster reader (path and message of each bad-input branch, defaults) and writer (empty lists omitted).</summary>
public class RosterMapperTests
{
    private static Roster Read(string cadreFields) =>
        CadreDocuments.ReadRoster("{ \"schemaVersion\": 1, \"cadres\": [ { \"id\": \"A\", \"sex\": \"male\", \"birthDate\": \"1961\"" + cadreFields + " } ] }");

    [Theory]
    [InlineData(""", "positions": [ { "unit": "U", "level": "commune", "start": "2020-01-01" } ]""", "$.cadres[0].positions[0].title")]
    [InlineData(""", "positions": [ { "title": "T", "level": "commune", "start": "2020-01-01" } ]""", "$.cadres[0].positions[0].unit")]
    [InlineData(""", "positions": [ { "title": "T", "unit": "U", "start": "2020-01-01" } ]""", "$.cadres[0].positions[0].level")]
    [InlineData(""", "positions": [ { "title": "T", "unit": "U", "level": "commune" } ]""", "$.cadres[0].positions[0].start")]
    [InlineData(""", "discipline": [ { "track": "party", "decidedOn": "2020-01-01" } ]""", "$.cadres[0].discipline[0].form")]
    [InlineData(""", "discipline": [ { "form": "reprimand", "decidedOn": "2020-01-01" } ]""", "$.cadres[0].discipline[0].track")]
    [InlineData(""", "discipline": [ { "form": "reprimand", "track": "party" } ]""", "$.cadres[0].discipline[0].decidedOn")]
    [InlineData(""", "evaluations": [ { "track": "party" } ]""", "$.cadres[0].evaluations[0].year")]
    [InlineData(""", "evaluations": [ { "year": 2024 } ]""", "$.cadres[0].evaluations[0].track")]
    public void MissingField_NamesItsPath(string fields, string path) =>
        Assert.Equal(path + ": required field is missing.", DocumentAssert.FailsAt(path, () => Read(fields)).Message);

    [Fact]
    public void ViolationAfterTheDecision_NamesViolationYear() =>
        DocumentAssert.FailsAt("$.cadres[0].discipline[0].violationYear", () => Read(""", "discipline": [ { "form": "reprimand", "track": "party", "decidedOn": "2020-01-01", "violationYear": 2021 } ]"""));

    [Theory]
    [InlineData("19a1")]
    [InlineData("x961")]
    [InlineData("196-")]
    public void FourCharactersNotAllDigits_IsNotABirthDate(string birthDate)
    {
        string path = "$.cadres[0].birthDate";
        DocumentException e = DocumentAssert.FailsAt(path, () => CadreDocuments.ReadRoster(
            "{ \"schemaVersion\": 1, \"cadres\": [ { \"id\": \"A\", \"sex\": \"male\", \"birthDate\": \"" + birthDate + "\" } ] }"));
        Assert.Equal($"{path}: '{birthDate}' is not understood; expected a birth date as dd/MM/yyyy, MM/yyyy or yyyy (or yyyy-MM-dd, yyyy-MM).", e.Message);
        Assert.Equal(DocumentErrorCodes.NotUnderstood, e.Code);
    }

    [Fact]
    public void OmittedFlags_TakeTheirDefaults()
    {
        Cadre cadre = Read("""
            , "positions": [ { "title": "T", "unit": "U", "level": "commune", "start": "2020-01-01" } ],
              "discipline": [ { "form": "reprimand", "track": "party", "decidedOn": "2020-01-01" } ]
            """).Cadres.Single();
        Assert.True(cadre.Positions.Single().IsLeadership);
        Assert.True(cadre.Discipline.Single().RelatedToPublicDuty);
        Assert.False(cadre.Discipline.Single().SelfDiscovered);
        Assert.False(cadre.IsEthnicMinority);
    }

    [Fact]
    public void WriteRoster_EmptyLists_AreOmitted()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteRoster(new Roster([new Cadre("A", Sex.Male, BirthDate.OfYear(1961))])));
        JsonElement cadre = document.RootElement.GetProperty("cadres")[0];
        Assert.False(cadre.TryGetProperty("positions", out _));
        Assert.False(cadre.TryGetProperty("discipline", out _));
        Assert.False(cadre.TryGetProperty("evaluations", out _));
    }

    [Fact]
    public void WriteRoster_NonEmptyLists_AreWritten()
    {
        var cadre = new Cadre("A", Sex.Male, BirthDate.OfYear(1961),
            positions: [new PositionHeld("T", "U", OrganisationalLevel.Commune, new LocalDate(2020, 1, 1))],
            discipline: [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2021, 1, 1))],
            evaluations: [new EvaluationRecord(2024, EvaluationTrack.State, EvaluationLevel.NotComplete)]);
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteRoster(new Roster([cadre])));
        JsonElement written = document.RootElement.GetProperty("cadres")[0];
        Assert.Equal("T", Assert.Single(written.GetProperty("positions").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("reprimand", Assert.Single(written.GetProperty("discipline").EnumerateArray()).GetProperty("form").GetString());
        Assert.Equal("state", Assert.Single(written.GetProperty("evaluations").EnumerateArray()).GetProperty("track").GetString());
    }
}
