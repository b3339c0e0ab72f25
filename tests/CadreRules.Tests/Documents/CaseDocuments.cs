using System.Collections.Generic;
using System.Linq;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>Small in-memory analyst case documents for the case runner tests (none of them is a shipped case file).</summary>
internal static class CaseDocuments
{
    /// <summary>A man born 02/1965: retirement age 61y6m, reached in 2026-08, retires 2026-08-31, 60 months left in 08/2021.</summary>
    public const string RetirementFacts = """{ "cadre": { "id": "X", "sex": "male", "birthDate": "1965-02" } }""";

    /// <summary>A man born 1974-02-01 rotated from 2026-03-01: 119 months left, so not eligible under QĐ 65 (at least 120).</summary>
    public const string RotationFacts = """
        { "cadre": { "id": "r1", "sex": "male", "birthDate": "1974-02-01" }, "start": "2026-03-01", "plannedEnd": "2029-02-28",
          "fromLevel": "provincial", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true }
        """;

    /// <summary>A man born 02/1965 whose appointment dossier arrives 2021-08-16: 60 months left, eligible under QĐ 80.</summary>
    public const string AppointmentFacts = """
        { "cadre": { "id": "a1", "sex": "male", "birthDate": "1965-02" }, "kind": "first", "dossierReceivedOn": "2021-08-16", "isPlanned": true }
        """;

    /// <summary>Builds a case document; a null field is left out, <paramref name="omit"/> names a field to leave out.</summary>
    public static string Case(
        string kind,
        string? facts,
        string? expected,
        string? regulation = null,
        string? asOf = null,
        string? citation = null,
        string? omit = null,
        string schemaVersion = "1")
    {
        (string Field, string? Json)[] fields =
        [
            ("schemaVersion", schemaVersion),
            ("kind", Quote(kind)),
            ("name", "\"n\""),
            ("regulation", Quote(regulation)),
            ("asOf", Quote(asOf)),
            ("facts", facts),
            ("expected", expected),
            ("expectedCitation", citation),
        ];
        return "{ " + string.Join(", ", fields.Where(f => f.Json is not null && f.Field != omit).Select(f => $"\"{f.Field}\": {f.Json}")) + " }";
    }

    public static CaseResult Run(string json) => CaseRunner.Run(json, "case.json", ShippedRegulations.Catalog);

    /// <summary>Runs a case that must fail and returns its failures.</summary>
    public static string[] Failures(string json)
    {
        CaseResult result = Run(json);
        Assert.False(result.Passed);
        return [.. result.Failures];
    }

    /// <summary>An evaluation document's facts: the year of <paramref name="evaluatedOn"/>, one subject kind, the people.</summary>
    public static string EvaluationFacts(string evaluatedOn, string subjectKind, params string[] people) =>
        $$"""{ "year": {{evaluatedOn[..4]}}, "subjectKind": "{{subjectKind}}", "evaluatedOn": "{{evaluatedOn}}", "people": [{{string.Join(", ", people)}}] }""";

    /// <summary>One person with every one of 10 tasks done on time, 3 exceeded, and <paramref name="facts"/> (score or grades…).</summary>
    public static string Person(string id, string facts) =>
        $$"""{ "id": "{{id}}", "unit": "Chi bộ A", "peerGroup": "đảng viên", "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10, "exceeded": 3 }, {{facts}} }""";

    /// <summary>A planning list on 2026-01-15 with <paramref name="candidates"/> candidates c01… for one commune seat, the
    /// first <paramref name="women"/> of them women; the title is in structure group <paramref name="group"/> when given.</summary>
    public static string PlanningFacts(int candidates = 2, int women = 0, string? group = null)
    {
        IEnumerable<string> ids = Enumerable.Range(1, candidates).Select(i => "c0" + i);
        string people = string.Join(", ", ids.Select((id, i) =>
            $$"""{ "cadre": { "id": "{{id}}", "sex": "{{(i < women ? "female" : "male")}}", "birthDate": "1990-05-10" } }"""));
        string entries = string.Join(", ", ids.Select(id => $$"""{ "cadreId": "{{id}}", "titleId": "ct" }"""));
        string groupField = group is null ? string.Empty : $", \"group\": \"{group}\"";
        return $$"""
            { "date": "2026-01-15", "term": { "start": "2030-07-01", "years": 5 }, "ageReferenceMonth": "2030-07",
              "titles": [{ "id": "ct", "name": "Chủ tịch UBND xã", "level": "commune"{{groupField}} }],
              "candidates": [{{people}}], "entries": [{{entries}}] }
            """;
    }

    private static string? Quote(string? text) => text is null ? null : "\"" + text + "\"";
}
