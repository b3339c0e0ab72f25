using System;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>Duplicate properties and invalid UTF-8 in evaluation sheets, through both readers (the whole-document
/// reader and the streaming <see cref="EvaluationSheetReader"/>, which share the source-generated context).</summary>
public class EvaluationSheetInputTests
{
    private const string Person = """{ "id": "A", "unit": "u", "peerGroup": "g", "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10 }, "score": { "general": 28, "results": 64 } }""";

    private static string Sheet(string person) => $$"""{ "schemaVersion": 1, "year": 2025, "evaluatedOn": "2025-12-15", "subjectKind": "partyMember", "people": [ {{person}} ] }""";

    [Fact]
    public void RepeatedPropertyOfAPerson_IsRefused_ByTheWholeDocumentReader() =>
        DocumentAssert.FailsAt("$.people[0].unit", () => CadreDocuments.ReadEvaluations(Sheet(Person.Replace("\"unit\": \"u\"", "\"unit\": \"u\", \"unit\": \"v\"", StringComparison.Ordinal))));

    [Fact]
    public void RepeatedPropertyOfAPerson_IsRefused_ByTheStreamingReader()
    {
        string json = Sheet(Person.Replace("\"unit\": \"u\"", "\"unit\": \"u\", \"unit\": \"v\"", StringComparison.Ordinal));
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        DocumentException e = Assert.Throws<DocumentException>(() => reader.ReadPeople().ToList());
        Assert.StartsWith("$.people[0]", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsRefused_ByTheWholeDocumentReader() =>
        DocumentAssert.FailsAt("$", () => CadreDocuments.ReadEvaluations(Sheet(Person.Replace("\"A\"", "\"A\uDC00\"", StringComparison.Ordinal))));
}

/// <summary>An evaluation sheet filled in as a person writes it reads as the canonical one (the streaming reader's fast
/// path hands such a person to the serializer, whose converters read every documented form).</summary>
public class ForgivingEvaluationSheetTests
{
    private static string Sheet(string evaluatedOn, string stateLevel, string role, string subjectKind) => $$"""
        { "schemaVersion": 1, "year": 2025, "subjectKind": "{{subjectKind}}", "evaluatedOn": "{{evaluatedOn}}",
          "people": [ { "id": "a", "unit": "U", "peerGroup": "P", "role": "{{role}}", "stateLevel": "{{stateLevel}}",
                        "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10, "exceeded": 3 }, "score": { "general": 30, "results": 60 } } ] }
        """;

    [Theory]
    [InlineData("15/12/2025", "HTT", "NonLeader", "PartyMember")]
    [InlineData("15/12/2025", "Hoàn thành tốt nhiệm vụ", "non_leader", "đảng viên")]
    [InlineData(" 2025-12-15 ", "GOOD", "NONLEADER", "party-member")]
    public void ForgivingForms_ReadAsTheCanonicalSheet(string evaluatedOn, string stateLevel, string role, string subjectKind)
    {
        string canonical = CadreDocuments.WriteEvaluations(CadreDocuments.ReadEvaluations(Sheet("2025-12-15", "good", "nonLeader", "partyMember")));
        Assert.Equal(canonical, CadreDocuments.WriteEvaluations(CadreDocuments.ReadEvaluations(Sheet(evaluatedOn, stateLevel, role, subjectKind))));
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(Sheet(evaluatedOn, stateLevel, role, subjectKind)));
        using EvaluationSheetReader reader = EvaluationSheetReader.Open(stream);
        Assert.Equal(CadreRules.People.EvaluationLevel.Good, System.Linq.Enumerable.Single(reader.ReadPeople()).Input.StateLevel);
    }
}
