using System;
using System.Linq;
using CadreRules.Planning;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The planning list reader: each bad-input branch names its path and says what is wrong; the defaults.</summary>
public class PlanningListMapperTests
{
    private const string Valid = """
        { "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01", "years": 3 },
          "titles": [ { "id": "ct", "name": "Chủ tịch", "level": "commune" } ],
          "candidates": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1980" } } ],
          "entries": [ { "cadreId": "a", "titleId": "ct" } ] }
        """;

    private static string Edit(string old, string replacement)
    {
        Assert.Contains(old, Valid, StringComparison.Ordinal);
        return Valid.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static void ReadFails(string json, string path, string message) =>
        Assert.Equal(path + ": " + message, DocumentAssert.FailsAt(path, () => CadreDocuments.ReadPlanningList(json)).Message);

    [Fact]
    public void Valid_Reads()
    {
        PlanningList list = CadreDocuments.ReadPlanningList(Valid);
        Assert.Equal("ct", Assert.Single(list.Entries).TitleId);
    }

    [Theory]
    [InlineData("\"date\": \"2026-01-15\", ", "", "$.date")]
    [InlineData("\"start\": \"2030-07-01\", ", "", "$.term.start")]
    [InlineData("\"titles\": [ { \"id\": \"ct\", \"name\": \"Chủ tịch\", \"level\": \"commune\" } ],", "", "$.titles")]
    [InlineData("\"titles\": [ {", "\"titles\": [ null, {", "$.titles[0]")]
    [InlineData("\"id\": \"ct\", ", "", "$.titles[0].id")]
    [InlineData("\"name\": \"Chủ tịch\", ", "", "$.titles[0].name")]
    [InlineData(", \"level\": \"commune\"", "", "$.titles[0].level")]
    [InlineData("\"candidates\": [ { \"cadre\": { \"id\": \"a\", \"sex\": \"male\", \"birthDate\": \"1980\" } } ],", "", "$.candidates")]
    [InlineData("\"entries\": [ { \"cadreId\": \"a\", \"titleId\": \"ct\" } ]", "\"entries\": null", "$.entries")]
    [InlineData("\"cadreId\": \"a\", ", "", "$.entries[0].cadreId")]
    [InlineData(", \"titleId\": \"ct\"", "", "$.entries[0].titleId")]
    public void MissingField_NamesItsPath(string old, string replacement, string path) =>
        ReadFails(Edit(old, replacement), path, "required field is missing.");

    [Fact]
    public void TermOfElevenYears_NamesTheTerm() =>
        Assert.Contains("years", DocumentAssert.FailsAt("$.term.years", () => CadreDocuments.ReadPlanningList(Edit("\"years\": 3", "\"years\": 11"))).Message, StringComparison.Ordinal);

    [Fact]
    public void DuplicateTitleId_NamesTheSecondAndTheFirst() =>
        ReadFails(
            Edit("\"level\": \"commune\" } ]", "\"level\": \"commune\" }, { \"id\": \"ct\", \"name\": \"Phó chủ tịch\", \"level\": \"commune\" } ]"),
            "$.titles[1].id",
            "the title id 'ct' is already used by $.titles[0].");

    [Fact]
    public void DuplicateCandidate_NamesTheSecondAndTheFirst() =>
        ReadFails(
            Edit("\"candidates\": [ {", "\"candidates\": [ { \"cadre\": { \"id\": \"b\", \"sex\": \"female\", \"birthDate\": \"1985\" } }, { \"cadre\": { \"id\": \"a\", \"sex\": \"male\", \"birthDate\": \"1981\" } }, {"),
            "$.candidates[2]",
            "the cadre 'a' is already a candidate at $.candidates[1].");

    [Fact]
    public void SameEntryTwice_NamesTheSecond() =>
        ReadFails(
            Edit("\"entries\": [ { \"cadreId\": \"a\", \"titleId\": \"ct\" } ]", "\"entries\": [ { \"cadreId\": \"a\", \"titleId\": \"ct\" }, { \"cadreId\": \"a\", \"titleId\": \"ct\", \"tier\": \"twoLevelsUp\" } ]"),
            "$.entries[1]",
            "'a' is planned twice for 'ct' (first at $.entries[0]).");

    [Fact]
    public void TermYears_AreRead() =>
        Assert.Equal(3, CadreDocuments.ReadPlanningList(Valid).Term.Years);

    [Fact]
    public void OmittedOptionalFields_TakeTheirDefaults()
    {
        PlanningList list = CadreDocuments.ReadPlanningList(Edit(", \"years\": 3", ""));
        Assert.Equal(5, list.Term.Years);
        PlanningTitle title = Assert.Single(list.Titles);
        Assert.Equal(1, title.Seats);
        Assert.Equal(PlanningTitleKind.Leadership, title.Kind);
        PlanningCandidate candidate = Assert.Single(list.Candidates);
        Assert.False(candidate.AppointmentProposed);
        Assert.False(candidate.FailsPoliticalStandard);
        Assert.Equal(PlanningTier.OneLevelUp, list.Entries.Single().Tier);
    }
}
