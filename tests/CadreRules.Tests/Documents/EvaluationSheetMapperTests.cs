using System.Linq;
using System.Text.Json;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The evaluation document: each bad input at its exact path with its message, the defaults of omitted facts,
/// and the written form (a default value is omitted, the sheet's common subject kind is written once).</summary>
public class EvaluationSheetMapperTests
{
    private const string Sheet = """
        { "schemaVersion": 1, "year": 2025, "subjectKind": "civilServant", "evaluatedOn": "2025-12-20",
          "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10 } } ] }
        """;

    private const string UnitTasks = """ "unitTasks": { "total": 1, "completed": 1, "onTimeAndQuality": 1 } """;

    private static readonly LocalDate EvaluatedOn = new(2025, 12, 20);

    private static EvaluationSheet Read(string edit, string? value) => CadreDocuments.ReadEvaluations(DocumentEdit.Set(Sheet, edit, value));

    // ---- reading -----------------------------------------------------------------------------

    [Fact]
    public void ReadEvaluations_PersonWithoutKindOrDate_TakesTheSheets()
    {
        EvaluationEntry entry = Assert.Single(CadreDocuments.ReadEvaluations(Sheet).Entries);
        Assert.Equal(SubjectKind.CivilServant, entry.SubjectKind);
        Assert.Equal(EvaluatedOn, entry.Input.EvaluatedOn);
        Assert.Equal(SubjectKind.PublicEmployee, Read("people.0.subjectKind", "\"publicEmployee\"").Entries[0].SubjectKind);
    }

    [Theory]
    [InlineData("people", null, "$.people")]
    [InlineData("people.0", "null", "$.people[0]")]
    [InlineData("people.0.id", null, "$.people[0].id")]
    [InlineData("people.0.id", "\" \"", "$.people[0].id")]
    [InlineData("people.0.unit", null, "$.people[0].unit")]
    [InlineData("people.0.peerGroup", null, "$.people[0].peerGroup")]
    [InlineData("people.0.tasks.total", null, "$.people[0].tasks.total")]
    [InlineData("people.0.tasks.completed", null, "$.people[0].tasks.completed")]
    [InlineData("people.0.tasks.onTimeAndQuality", null, "$.people[0].tasks.onTimeAndQuality")]
    [InlineData("people.0.score", """{ "results": 60 }""", "$.people[0].score.general")]
    [InlineData("people.0.score", """{ "general": 28 }""", "$.people[0].score.results")]
    [InlineData("people.0.grades", """{ "results": "good" }""", "$.people[0].grades.general")]
    [InlineData("people.0.grades", """{ "general": "good" }""", "$.people[0].grades.results")]
    [InlineData("people.0.leader", "{}", "$.people[0].leader.unitTasks")]
    [InlineData("people.0.leader", """{ "unitTasks": { "completed": 1, "onTimeAndQuality": 1 } }""", "$.people[0].leader.unitTasks.total")]
    [InlineData("people.0.discipline", "[ null ]", "$.people[0].discipline[0]")]
    [InlineData("people.0.discipline", """[ { "form": "reprimand", "track": "party" } ]""", "$.people[0].discipline[0].decidedOn")]
    public void ReadEvaluations_MissingField_NamesIt(string edit, string? value, string path) =>
        Assert.Equal(path + ": required field is missing.", DocumentAssert.FailsAt(path, () => Read(edit, value)).Message);

    [Fact]
    public void ReadEvaluations_NoSubjectKindAnywhere_SaysTheSheetSetsNone() =>
        Assert.Equal(
            "$.people[0].subjectKind: required field is missing (and the document sets no subjectKind).",
            DocumentAssert.FailsAt("$.people[0].subjectKind", () => Read("subjectKind", null)).Message);

    [Fact]
    public void ReadEvaluations_NoEvaluationDateAnywhere_SaysTheSheetSetsNone() =>
        Assert.Equal(
            "$.people[0].evaluatedOn: required field is missing (and the document sets no evaluatedOn).",
            DocumentAssert.FailsAt("$.people[0].evaluatedOn", () => Read("evaluatedOn", null)).Message);

    [Theory]
    [InlineData("people.0.tasks.completed", "11", "$.people[0].tasks.completed", "Completed tasks (11) cannot exceed the tasks assigned (10).")]
    [InlineData("people.0.tasks.failed", "1", "$.people[0].tasks.failed", "Failed tasks (1) cannot exceed the tasks not completed (0).")]
    [InlineData("people.0.score", """{ "general": 31, "results": 60 }""", "$.people[0].score.general", "The general criteria score must be between 0 and 30 points, not 31.")]
    [InlineData("people.0.leader", $$"""{ {{UnitTasks}}, "subordinateUnits": -1 }""", "$.people[0].leader.subordinateUnits", "The field leader.subordinateUnits cannot be negative.")]
    [InlineData("people.0.leader", """{ "unitTasks": { "total": 1, "completed": 2, "onTimeAndQuality": 1 } }""", "$.people[0].leader.unitTasks.completed", "Completed tasks (2) cannot exceed the tasks assigned (1).")]
    [InlineData("people.0.collective", """{ "subordinateUnits": -2 }""", "$.people[0].collective.subordinateUnits", "The field collective.subordinateUnits cannot be negative.")]
    [InlineData("people.0.sickLeaveMonths", "13", "$.people[0].sickLeaveMonths", "The field sickLeaveMonths must be between 0 and 12 months, not 13.")]
    [InlineData("people.0.priorShortcomingsFixed", "1", "$.people[0].priorShortcomingsFixed", "Shortcomings fixed (1) must be between 0 and those found (0).")]
    [InlineData("people.0.role", "\"leader\"", "$.people[0].leader", "A leader's evaluation needs the leader's facts (unit tasks, subordinate units…).")]
    public void ReadEvaluations_InconsistentFacts_NamesTheFieldWithTheMessage(string edit, string value, string path, string message) =>
        Assert.Equal(path + ": " + message, DocumentAssert.FailsAt(path, () => Read(edit, value)).Message);

    [Fact]
    public void ReadEvaluations_OmittedLeaderAndCollectiveFacts_TakeTheirDefaults()
    {
        string json = DocumentEdit.Set(DocumentEdit.Set(Sheet, "people.0.leader", $$"""{ {{UnitTasks}} }"""), "people.0.collective", "{}");
        EvaluationInput input = CadreDocuments.ReadEvaluations(json).Entries[0].Input;
        Assert.False(input.Leader!.CorruptionInScopeDisciplined);
        Assert.Equal(0, input.Leader.SubordinateUnits);
        Assert.Null(input.Leader.UnitLevel);
        CollectiveFacts collective = input.Collective!;
        Assert.Equal(12, collective.MonthsSinceEstablished);
        Assert.False(collective.LeadershipCollectiveDisciplined);
        Assert.False(collective.PersonnelWrongdoingConcluded);
        Assert.Equal(0, collective.SocioEconomicTargetsAssigned);
    }

    [Fact]
    public void ReadEvaluations_LeaderAndCollectiveFlags_AreRead()
    {
        string json = DocumentEdit.Set(
            DocumentEdit.Set(Sheet, "people.0.leader", $$"""{ {{UnitTasks}}, "corruptionInScopeDisciplined": true }"""),
            "people.0.collective",
            """{ "leadershipCollectiveDisciplined": true, "personnelWrongdoingConcluded": true }""");
        EvaluationInput input = CadreDocuments.ReadEvaluations(json).Entries[0].Input;
        Assert.True(input.Leader!.CorruptionInScopeDisciplined);
        Assert.True(input.Collective!.LeadershipCollectiveDisciplined);
        Assert.True(input.Collective.PersonnelWrongdoingConcluded);
    }

    // ---- writing -----------------------------------------------------------------------------

    private static EvaluationSheet TwoPeople() => new(
        2025,
        [
            new EvaluationEntry("a", "U", "G", SubjectKind.PartyMember, new EvaluationInput { Year = 2025, EvaluatedOn = EvaluatedOn, Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(10) }),
            new EvaluationEntry("b", "U", "G", SubjectKind.CivilServant, new EvaluationInput
            {
                Year = 2025,
                EvaluatedOn = EvaluatedOn,
                Role = EvaluationRole.NonLeader,
                Tasks = new TaskCounts(10, 8, 6, exceeded: 2, lateOrBelowQuality: 1, failed: 1),
                Discipline = [new DisciplineRecord(DisciplineForm.Reprimand, DisciplineTrack.Party, new LocalDate(2025, 3, 1))],
                MonthsWorked = 10,
                SickLeaveMonths = 1,
                OtherLeaveMonths = 2,
                PriorShortcomingsFound = 3,
                PriorShortcomingsFixed = 2,
            }),
        ]);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void WriteEvaluations_WritesTheFirstSubjectKindOnceAndOmitsDefaults()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteEvaluations(TwoPeople()));
        JsonElement root = document.RootElement;
        Assert.Equal(["schemaVersion", "year", "subjectKind", "people"], Names(root));
        Assert.Equal("partyMember", root.GetProperty("subjectKind").GetString());
        JsonElement plain = root.GetProperty("people")[0];
        Assert.Equal(["id", "unit", "peerGroup", "evaluatedOn", "role", "tasks"], Names(plain));
        Assert.Equal(["total", "completed", "onTimeAndQuality"], Names(plain.GetProperty("tasks")));
    }

    [Fact]
    public void WriteEvaluations_WritesEveryValueOtherThanTheDefault()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteEvaluations(TwoPeople()));
        JsonElement other = document.RootElement.GetProperty("people")[1];
        Assert.Equal(
            ["id", "unit", "peerGroup", "subjectKind", "evaluatedOn", "role", "tasks", "discipline", "monthsWorked", "sickLeaveMonths", "otherLeaveMonths", "priorShortcomingsFound", "priorShortcomingsFixed"],
            Names(other));
        Assert.Equal("civilServant", other.GetProperty("subjectKind").GetString());
        Assert.Equal([10, 1, 2, 3, 2], new[] { "monthsWorked", "sickLeaveMonths", "otherLeaveMonths", "priorShortcomingsFound", "priorShortcomingsFixed" }.Select(n => other.GetProperty(n).GetInt32()));
        JsonElement tasks = other.GetProperty("tasks");
        Assert.Equal(["total", "completed", "onTimeAndQuality", "exceeded", "lateOrBelowQuality", "failed"], Names(tasks));
        Assert.Equal([10, 8, 6, 2, 1, 1], tasks.EnumerateObject().Select(p => p.Value.GetInt32()));
        Assert.Equal("reprimand", Assert.Single(other.GetProperty("discipline").EnumerateArray()).GetProperty("form").GetString());
    }

    [Fact]
    public void WriteEvaluations_ThenRead_GivesBackEveryWrittenValue()
    {
        EvaluationSheet back = CadreDocuments.ReadEvaluations(CadreDocuments.WriteEvaluations(TwoPeople()));
        Assert.Equal([SubjectKind.PartyMember, SubjectKind.CivilServant], back.Entries.Select(e => e.SubjectKind));
        EvaluationInput plain = back.Entries[0].Input;
        Assert.Equal(TaskCounts.AllOnTime(10), plain.Tasks);
        Assert.Empty(plain.Discipline);
        Assert.Equal((12, 0, 0, 0, 0), (plain.MonthsWorked, plain.SickLeaveMonths, plain.OtherLeaveMonths, plain.PriorShortcomingsFound, plain.PriorShortcomingsFixed));
        EvaluationInput other = back.Entries[1].Input;
        Assert.Equal(new TaskCounts(10, 8, 6, exceeded: 2, lateOrBelowQuality: 1, failed: 1), other.Tasks);
        Assert.Equal(DisciplineForm.Reprimand, Assert.Single(other.Discipline).Form);
        Assert.Equal((10, 1, 2, 3, 2), (other.MonthsWorked, other.SickLeaveMonths, other.OtherLeaveMonths, other.PriorShortcomingsFound, other.PriorShortcomingsFixed));
    }

    [Fact]
    public void WriteEvaluations_NoPeople_WritesNoSubjectKind()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteEvaluations(new EvaluationSheet(2025, [], "Chi bộ")));
        Assert.Equal(["schemaVersion", "organisation", "year", "people"], Names(document.RootElement));
    }

    // ---- errors in values the people take from the sheet ------------------------------------------

    [Fact]
    public void ReadEvaluations_SheetYearOutOfRange_NamesTheSheetsYear() =>
        Assert.Equal(
            "$.year: The evaluation year 1800 is outside the years the library accepts, 1900 to 2200.",
            DocumentAssert.FailsAt("$.year", () => Read("year", "1800")).Message);

    [Fact]
    public void ReadEvaluations_SheetDateOutsideTheYear_NamesTheSheetsDate() =>
        Assert.Equal(
            "$.evaluatedOn: An evaluation of 2025 is made in 2025 or early 2026, not on 01/06/2027.",
            DocumentAssert.FailsAt("$.evaluatedOn", () => Read("evaluatedOn", "\"2027-06-01\"")).Message);

    [Fact]
    public void ReadEvaluations_PersonsOwnDateOutsideTheYear_NamesThePersonsDate() =>
        DocumentAssert.FailsAt("$.people[0].evaluatedOn", () => Read("people.0.evaluatedOn", "\"2027-06-01\""));
}
