using System;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Appointment;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.Planning;
using CadreRules.Rotation;
using CadreRules.Rules;
using CadreRules.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using CadreRules.People;

namespace CadreRules.Tests.Documents;

/// <summary>The evaluation, planning list, rotation and appointment request documents: round trips, schemas, errors.</summary>
public class RequestDocumentsTests
{
    // The domain types of these documents (EvaluationInput, PlanningList, RotationCase, AppointmentCase) have no value
    // equality, so a round trip is checked twice: the written form is stable (write ∘ read ∘ write = write, and the writer
    // projects every field), and the library gives the same answers on what was read back as on the original.

    [Property(MaxTest = 150)]
    public Property Evaluations_RoundTrip_KeepsEveryFieldAndEveryClassification() =>
        Prop.ForAll(EvaluationSheetsArb, pair =>
        {
            (EvaluationRegime regime, EvaluationSheet sheet) = pair;
            string once = CadreDocuments.WriteEvaluations(sheet);
            EvaluationSheet back = CadreDocuments.ReadEvaluations(once);
            EvaluationRegulation regulation = EvaluationRegulations.Get(regime);
            return CadreDocuments.WriteEvaluations(back) == once
                && back.Year == sheet.Year && back.Organisation == sheet.Organisation
                && back.Entries.Zip(sheet.Entries).All(p => p.First.Id == p.Second.Id && p.First.Name == p.Second.Name && p.First.Unit == p.Second.Unit
                    && p.First.PeerGroup == p.Second.PeerGroup && p.First.SubjectKind == p.Second.SubjectKind && p.First.UnitIsOutstanding == p.Second.UnitIsOutstanding
                    && regulation.Classify(p.First.Input) == regulation.Classify(p.Second.Input));
        });

    [Property(MaxTest = 150)]
    public Property PlanningList_RoundTrip_KeepsEveryFieldAndTheReport() =>
        Prop.ForAll(Arbitraries.PlanningCases(), c =>
        {
            string once = CadreDocuments.WritePlanningList(c.List);
            PlanningList back = CadreDocuments.ReadPlanningList(once);
            return CadreDocuments.WritePlanningList(back) == once
                && back.Titles.SequenceEqual(c.List.Titles) && back.Entries.SequenceEqual(c.List.Entries) && back.Candidates.SequenceEqual(c.List.Candidates)
                && back.Date == c.List.Date && back.Term == c.List.Term && back.AgeReferenceMonth == c.List.AgeReferenceMonth
                && c.Regulation.Validate(back).ToText(Language.English) == c.Regulation.Validate(c.List).ToText(Language.English);
        });

    [Property(MaxTest = 150)]
    public Property RotationRequests_RoundTrip_KeepsEveryFieldAndTheOutcome() =>
        Prop.ForAll(Arbitraries.RotationRequests().ArrayOf().Select(a => a.Take(4).ToArray()).ToArbitrary(), requests =>
        {
            string once = CadreDocuments.WriteRotationRequests(requests);
            ImmutableArray<RotationCase> back = CadreDocuments.ReadRotationRequests(once);
            return CadreDocuments.WriteRotationRequests(back) == once
                && back.Zip(requests).All(p => p.First.Cadre.Equals(p.Second.Cadre) && p.First.Start == p.Second.Start && p.First.PlannedEnd == p.Second.PlannedEnd
                    && p.First.Direction == p.Second.Direction && p.First.Comparison == p.Second.Comparison && p.First.Purpose == p.Second.Purpose
                    && p.First.CompetentLevelDecision == p.Second.CompetentLevelDecision
                    && RotationRegulation.Qd65.Assess(p.First) == RotationRegulation.Qd65.Assess(p.Second));
        });

    [Property(MaxTest = 150)]
    public Property AppointmentRequests_RoundTrip_KeepsEveryFieldAndTheAssessment() =>
        Prop.ForAll(Arbitraries.AppointmentRequests().ArrayOf().Select(a => a.Take(4).ToArray()).ToArbitrary(), requests =>
        {
            string once = CadreDocuments.WriteAppointmentRequests(requests);
            ImmutableArray<AppointmentCase> back = CadreDocuments.ReadAppointmentRequests(once);
            return CadreDocuments.WriteAppointmentRequests(back) == once
                && back.Zip(requests).All(p => p.First.Cadre.Equals(p.Second.Cadre) && p.First.Kind == p.Second.Kind && p.First.DossierReceivedOn == p.Second.DossierReceivedOn
                    && p.First.IsPlanned == p.Second.IsPlanned && Equals(p.First.CurrentPost, p.Second.CurrentPost) && p.First.TimeInPostDecision == p.Second.TimeInPostDecision
                    && AppointmentRegulation.Qd377.Assess(p.First) == AppointmentRegulation.Qd377.Assess(p.Second));
        });

    [Property(MaxTest = 60)]
    public Property WrittenDocuments_ConformToTheirSchemas() =>
        Prop.ForAll(EvaluationSheetsArb, pair => SchemaTests.ConformsTo("evaluations.schema.json", CadreDocuments.WriteEvaluations(pair.Sheet)))
        .And(Prop.ForAll(Arbitraries.PlanningCases(), c => SchemaTests.ConformsTo("planning-list.schema.json", CadreDocuments.WritePlanningList(c.List))));

    [Property(MaxTest = 60)]
    public Property WrittenRequests_ConformToTheirSchemas() =>
        Prop.ForAll(Arbitraries.RotationRequests().ToArbitrary(), r => SchemaTests.ConformsTo("rotation-requests.schema.json", CadreDocuments.WriteRotationRequests([r])))
        .And(Prop.ForAll(Arbitraries.AppointmentRequests().ToArbitrary(), a => SchemaTests.ConformsTo("appointment-requests.schema.json", CadreDocuments.WriteAppointmentRequests([a]))));

    [Fact]
    public void DemoSamples_ConformToTheirSchemas()
    {
        Assert.True(SchemaTests.ConformsTo("evaluations.schema.json", CadreDocuments.WriteEvaluations(CadreRules.Cli.Demo.DemoSample.Evaluations())));
        var roster = CadreRules.Cli.Demo.DemoSample.Roster();
        Assert.True(SchemaTests.ConformsTo("planning-list.schema.json", CadreDocuments.WritePlanningList(CadreRules.Cli.Demo.DemoSample.Planning(roster))));
        Assert.True(SchemaTests.ConformsTo("rotation-requests.schema.json", CadreDocuments.WriteRotationRequests(CadreRules.Cli.Demo.DemoSample.Rotations(roster))));
    }

    // ---- errors: all or nothing, with the JSON path ---------------------------------------------

    private const string Person = """{ "id": "p1", "unit": "U", "peerGroup": "G", "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10 }, "score": { "general": 28, "results": 60 } }""";

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [] }""", "$.year")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "evaluatedOn": "2025-12-20", "people": [ P ] }""", "$.people[0].subjectKind")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "people": [ P ] }""", "$.people[0].evaluatedOn")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ P, P ] }""", "$.people[1].id")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "alien", "evaluatedOn": "2025-12-20", "people": [] }""", "$.subjectKind")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "tasks": { "total": 10, "completed": 11, "onTimeAndQuality": 10 } } ] }""", "$.people[0].tasks.completed")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "tasks": { "total": 1, "completed": 1, "onTimeAndQuality": 1 }, "score": { "general": 31, "results": 1 } } ] }""", "$.people[0].score.general")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "role": "leader", "tasks": { "total": 1, "completed": 1, "onTimeAndQuality": 1 } } ] }""", "$.people[0].leader")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "tasks": { "total": 1, "completed": 1, "onTimeAndQuality": 1 }, "grades": { "general": "great", "results": "good" } } ] }""", "$.people[0].grades.general")]
    [InlineData("""{ "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20", "people": [ { "id": "p1", "unit": "U", "peerGroup": "G" } ] }""", "$.people[0].tasks")]
    public void ReadEvaluations_Invalid_NamesThePath(string json, string path)
    {
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadEvaluations(json.Replace("P", Person, StringComparison.Ordinal)));
        Assert.Equal(path, e.Path);
        Assert.StartsWith(path + ":", e.Message, StringComparison.Ordinal);
    }

    private const string Titles = """ "titles": [ { "id": "ct", "name": "Chủ tịch", "level": "commune" } ] """;

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, T, "candidates": [ { "cadreRef": "X" } ], "entries": [] }""", "$.candidates[0].cadreRef")]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, T, "candidates": [ {} ], "entries": [] }""", "$.candidates[0].cadre")]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, T, "candidates": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" } } ], "entries": [ { "cadreId": "a", "titleId": "pct" } ] }""", "$.entries[0].titleId")]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, T, "candidates": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" } } ], "entries": [ { "cadreId": "b", "titleId": "ct" } ] }""", "$.entries[0].cadreId")]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, T, "candidates": [], "entries": [ { "cadreId": "a", "titleId": "ct", "tier": "threeLevelsUp" } ] }""", "$.entries[0].tier")]
    [InlineData("""{ "schemaVersion": 1, "date": "2026-01-15", T, "candidates": [], "entries": [] }""", "$.term")]
    public void ReadPlanningList_Invalid_NamesThePath(string json, string path)
    {
        var roster = new Roster([new CadreRules.People.Cadre("Y", CadreRules.People.Sex.Male, CadreRules.People.BirthDate.OfYear(1990))]);
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadPlanningList(json.Replace("T,", Titles + ",", StringComparison.Ordinal), roster));
        Assert.Equal(path, e.Path);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "start": "2026-03-01", "plannedEnd": "2025-03-01", "fromLevel": "commune", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }""", "$.requests[0].plannedEnd")]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "start": "2026-03-01", "plannedEnd": "2029-03-01", "fromLevel": "commune", "toLevel": "commune", "sameLocality": true, "comparison": "same", "isInPlanning": true } ] }""", "$.requests[0].comparison")]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "cadreRef": "a", "start": "2026-03-01" } ] }""", "$.requests[0]")]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "plannedEnd": "2029-03-01" } ] }""", "$.requests[0].start")]
    public void ReadRotationRequests_Invalid_NamesThePath(string json, string path) =>
        Assert.Equal(path, Assert.Throws<DocumentException>(() => CadreDocuments.ReadRotationRequests(json)).Path);

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "kind": "promotion", "dossierReceivedOn": "2026-03-01", "isPlanned": true } ] }""", "$.requests[0].kind")]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "kind": "first", "isPlanned": true } ] }""", "$.requests[0].dossierReceivedOn")]
    [InlineData("""{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "kind": "first", "dossierReceivedOn": "2026-03-01", "isPlanned": true, "currentPost": { "title": "x", "unit": "y", "level": "commune", "start": "2020-01-01" } } ] }""", "$.requests[0].currentPost")]
    public void ReadAppointmentRequests_Invalid_NamesThePath(string json, string path) =>
        Assert.Equal(path, Assert.Throws<DocumentException>(() => CadreDocuments.ReadAppointmentRequests(json)).Path);

    [Fact]
    public void ReadPlanningList_CadreRef_TakesTheRosterCadre()
    {
        var cadre = new CadreRules.People.Cadre("Y", CadreRules.People.Sex.Female, CadreRules.People.BirthDate.OfYear(1990), name: "Trần Thị Y");
        PlanningList list = CadreDocuments.ReadPlanningList(
            """{ "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, "titles": [], "candidates": [ { "cadreRef": "Y", "currentRank": 2 } ], "entries": [] }""",
            new Roster([cadre]));
        Assert.Same(cadre, list.Candidates.Single().Cadre);
        Assert.Equal(2, list.Candidates.Single().CurrentRank);
    }

    private static Arbitrary<(EvaluationRegime Regime, EvaluationSheet Sheet)> EvaluationSheetsArb => Arbitraries.EvaluationSheets().ToArbitrary();
}
