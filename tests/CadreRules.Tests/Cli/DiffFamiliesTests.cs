using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary><c>diff</c> on planning lists, rotation and appointment requests and rosters: the kind is told from the
/// document, the family's impact is printed (Vietnamese, English, JSON), exit 0 without change, 1 with, 2 on bad input
/// with the file and the JSON path.</summary>
public sealed class DiffFamiliesTests : IDisposable
{
    // "short" has 119 months left at the rotation date (born 02/1974, retires 02/2036); QĐ 65 asks 120.
    private const string Rotations = """
        { "schemaVersion": 1, "requests": [
          { "cadre": { "id": "ok", "name": "Nguyễn Văn An", "sex": "male", "birthDate": "1974-03-01" }, "start": "2026-03-01", "plannedEnd": "2029-02-28", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true },
          { "cadre": { "id": "short", "name": "Trần Văn Bình", "sex": "male", "birthDate": "1974-02-01" }, "start": "2026-03-01", "plannedEnd": "2029-02-28", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }
        """;

    // "h" asks a higher post after 18 months in the current one: QĐ 80 asks 24, QĐ 377 asks 12.
    private const string Appointments = """
        { "schemaVersion": 1, "requests": [
          { "cadre": { "id": "h", "name": "Lê Thị Hạnh", "sex": "female", "birthDate": "1985-06",
                       "positions": [ { "title": "Phó Chủ tịch UBND xã", "unit": "UBND xã Minh Khê", "level": "commune", "start": "2024-04-01" } ] },
            "kind": "higher", "dossierReceivedOn": "2025-10-15", "isPlanned": true,
            "currentPost": { "title": "Phó Chủ tịch UBND xã", "unit": "UBND xã Minh Khê", "level": "commune", "start": "2024-04-01" } },
          { "cadre": { "id": "f", "sex": "male", "birthDate": "1980-01" }, "kind": "first", "dossierReceivedOn": "2025-10-15", "isPlanned": true } ] }
        """;

    // Two seats, four candidates, "d" also proposed for appointment: QĐ 50 allows 3 per title and ignores the proposal;
    // QĐ 377 allows 3 per seat and bars it.
    private const string Planning = """
        { "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" },
          "titles": [ { "id": "pct", "name": "Phó Chủ tịch UBND xã", "level": "commune", "seats": 2 } ],
          "candidates": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1985-01" } }, { "cadre": { "id": "b", "sex": "male", "birthDate": "1986-01" } },
                          { "cadre": { "id": "c", "sex": "male", "birthDate": "1987-01" } }, { "cadre": { "id": "d", "name": "Cán bộ D", "sex": "male", "birthDate": "1988-01" }, "appointmentProposed": true } ],
          "entries": [ { "cadreId": "a", "titleId": "pct" }, { "cadreId": "b", "titleId": "pct" }, { "cadreId": "c", "titleId": "pct" }, { "cadreId": "d", "titleId": "pct" } ] }
        """;

    private const string Roster = """{ "schemaVersion": 1, "cadres": [ { "id": "m", "name": "Lê Văn Minh", "sex": "male", "birthDate": "1961-01" }, { "id": "w", "sex": "female", "birthDate": "1970-06" } ] }""";

    private const string RotationVariant = """
        { "schemaVersion": 1, "id": "rotation-qd65-test", "baseId": "rotation-qd65", "title": { "vi": "Biến thể", "en": "Variant" },
          "citation": { "document": { "number": "HD 1-HD/TU", "issuer": "Tỉnh ủy", "signedOn": "2025-11-01" } },
          "effective": { "start": "2025-11-01" }, "overrides": { "serviceLeft.minMonths": 60 } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-diff-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Line(CliRun run, string id) => run.Output.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));

    // ---- rotation ----------------------------------------------------------------------------

    [Fact]
    public void Rotation_Variant_ShortRequestBecomesEligibleExit1()
    {
        CliRun run = CliRun.Of("diff", Write("r.json", Rotations), "--overrides", Write("v.json", RotationVariant), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Impact on the rotation requests: before [rotation-qd65], after [rotation-qd65-test]", run.Output, StringComparison.Ordinal);
        string line = Line(run, "short");
        Assert.Contains("commune", line, StringComparison.Ordinal);
        Assert.Contains("not eligible", line, StringComparison.Ordinal);
        Assert.Contains("−Rotation.ServiceLeft, +Rotation.Eligibility", line, StringComparison.Ordinal);
        Assert.Contains("1 outcomes change (of 2 requests)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Before: eligible 1, not eligible 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("After:  eligible 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("  not eligible → eligible: 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Rotation.ServiceLeft: 1 → 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_Qd98AgainstQd65_NoChangeExit0Vietnamese()
    {
        CliRun run = CliRun.Of("diff", Write("r.json", Rotations), "--regulation", "rotation-qd98", "--against", "rotation-qd65");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("So sánh đề nghị luân chuyển: trước [rotation-qd98], sau [rotation-qd65]", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 đề nghị thay đổi kết quả (trên 2 đề nghị)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Trước: đủ điều kiện 1, không đủ điều kiện 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_BadField_Exit2WithFileAndPath()
    {
        string file = Write("r.json", Rotations.Replace("\"2026-03-01\", \"plannedEnd\"", "\"March\", \"plannedEnd\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("diff", file, "--against", "rotation-qd65");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + file + ": $.requests[0].start", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_NoneToTellTheKind_Exit2AskingForKind()
    {
        string file = Write("r.json", """{ "schemaVersion": 1, "requests": [] }""");
        CliRun run = CliRun.Of("diff", file, "--against", "rotation-qd65", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(file + ": $.requests: cannot tell rotation requests from appointment requests", run.Error, StringComparison.Ordinal);
        Assert.Contains(file + ": $.requests: không phân biệt được đề nghị luân chuyển hay bổ nhiệm", CliRun.Of("diff", file, "--against", "rotation-qd65").Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("diff", file, "--against", "rotation-qd65", "--kind", "rotation").ExitCode);
    }

    // ---- appointment -------------------------------------------------------------------------

    [Fact]
    public void Appointment_Qd80AgainstQd377_HigherPostBecomesEligibleJson()
    {
        CliRun run = CliRun.Of("diff", Write("a.json", Appointments), "--regulation", "appointment-qd80", "--against", "appointment-qd377", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement root = document.RootElement;
        Assert.Equal("appointment", root.GetProperty("kind").GetString());
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        JsonElement change = Assert.Single(root.GetProperty("changed").EnumerateArray());
        Assert.Equal(("h", "higher", "notEligible", "eligible"), (change.GetProperty("id").GetString(), change.GetProperty("group").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        Assert.Equal(["Appointment.TimeInPost"], change.GetProperty("removedCodes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, root.GetProperty("countsAfter").GetProperty("eligible").GetInt32() - 1);
        Assert.Equal(2, root.GetProperty("groups").GetArrayLength()); // "first" differs by its regulation only
    }

    [Fact]
    public void Appointment_Table_VietnameseWithTheKindOfAppointment()
    {
        CliRun run = CliRun.Of("diff", Write("a.json", Appointments), "--regulation", "appointment-qd80", "--against", "appointment-qd377");
        Assert.Equal(1, run.ExitCode);
        string line = Line(run, "h");
        Assert.Contains("Lê Thị Hạnh", line, StringComparison.Ordinal);
        Assert.Contains("chức vụ cao hơn", line, StringComparison.Ordinal);
        Assert.Contains("không đủ điều kiện", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_SameRegulation_NoChangeExit0() =>
        Assert.Equal(0, CliRun.Of("diff", Write("a.json", Appointments), "--regulation", "appointment-qd377", "--against", "in force").ExitCode);

    [Fact]
    public void Appointment_BadKind_Exit2WithFileAndPath()
    {
        string file = Write("a.json", Appointments.Replace("\"higher\"", "\"sideways\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("diff", file, "--against", "appointment-qd377");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + file + ": $.requests[0].kind", run.Error, StringComparison.Ordinal);
    }

    // ---- planning ----------------------------------------------------------------------------

    [Fact]
    public void Planning_Qd50AgainstQd377_CandidateAndTitleChange()
    {
        CliRun run = CliRun.Of("diff", Write("p.json", Planning), "--regulation", "planning-qd50", "--against", "planning-qd377", "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Impact on the planning list: before [planning-qd50], after [planning-qd377]", run.Output, StringComparison.Ordinal);
        string d = Line(run, "d");
        Assert.Contains("Cán bộ D", d, StringComparison.Ordinal);
        Assert.Contains("eligible", d, StringComparison.Ordinal);
        Assert.Contains("+QD377.Planning.NotWithAppointmentProposal", d, StringComparison.Ordinal);
        Assert.Contains("Candidates per title", run.Output, StringComparison.Ordinal);
        string title = run.Output.Split('\n').Single(l => l.StartsWith("pct ", StringComparison.Ordinal) && l.Contains("Phó Chủ tịch", StringComparison.Ordinal));
        Assert.Contains("too many", title, StringComparison.Ordinal);
        Assert.Contains("within bounds", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Planning_Json_HasTheTitlesImpact()
    {
        CliRun run = CliRun.Of("diff", Write("p.json", Planning), "--regulation", "planning-qd50", "--against", "planning-qd377", "--format", "json");
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement titles = document.RootElement.GetProperty("titles");
        JsonElement change = Assert.Single(titles.GetProperty("changed").EnumerateArray());
        Assert.Equal(("pct", "tooMany", "withinBounds"), (change.GetProperty("id").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
    }

    [Fact]
    public void Planning_SameRegulation_NoChangeExit0() =>
        Assert.Equal(0, CliRun.Of("diff", Write("p.json", Planning), "--regulation", "planning-qd377", "--against", "in force").ExitCode);

    [Fact]
    public void Planning_UnknownTitle_Exit2WithFileAndPath()
    {
        string file = Write("p.json", Planning.Replace("\"cadreId\": \"d\", \"titleId\": \"pct\"", "\"cadreId\": \"d\", \"titleId\": \"nope\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("diff", file, "--against", "planning-qd377");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + file + ": $.entries", run.Error, StringComparison.Ordinal);
    }

    // ---- retirement --------------------------------------------------------------------------

    [Fact]
    public void Retirement_AnyTwoCatalogues_NoChangeExit0WithTheReason()
    {
        CliRun run = CliRun.Of("diff", Write("c.json", Roster), "--overrides", Write("v.json", RotationVariant), "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Impact on the retirement dates: before [retirement-nd135], after [retirement-nd135]", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 outcomes change (of 2 cadres)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Before: 2021 1, 2027 1", run.Output, StringComparison.Ordinal); // 60y3m: 30/04/2021; 57y4m: 31/10/2027
        Assert.Contains("not a catalogue regulation", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Retirement_RegulationById_Exit2()
    {
        CliRun run = CliRun.Of("diff", Write("c.json", Roster), "--against", "rotation-qd65");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--against: 'rotation-qd65': retirement is not a catalogue regulation", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retirement_BadSex_Exit2WithFileAndPath()
    {
        string file = Write("c.json", Roster.Replace("\"female\"", "\"other\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("diff", file, "--against", "in force");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + file + ": $.cadres[1].sex", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Kind_ForcedOnAnEvaluationSheetAsRoster_Exit2NamingTheDocumentsKind()
    {
        // The roster reader recognises another kind of document and says so (issue 17), at the document's root.
        string file = Write("e.json", """{ "schemaVersion": 1, "year": 2025, "people": [] }""");
        CliRun run = CliRun.Of("diff", file, "--against", "in force", "--kind", "retirement", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + file + ": $", run.Error, StringComparison.Ordinal);
        Assert.Contains("evaluation", run.Error, StringComparison.Ordinal);
    }
    // A body's composition is measured against the document's own targets: no regulation enters it, so diff says so
    // (exit 2, in the output's language) instead of misreading the document as another kind.
    [Theory]
    [InlineData("vi", "không phụ thuộc quy định nào")]
    [InlineData("en", "depends on no regulation")]
    public void Diff_BodyDocument_SaysItsCompositionDependsOnNoRegulation(string lang, string expected)
    {
        string body = Write("body.json", """{ "schemaVersion": 1, "name": "BCH", "asOf": "2025-07-01", "targets": { "women": "15%" }, "members": [ { "cadre": { "id": "a", "sex": "female", "birthDate": "1980-01" } } ] }""");

        CliRun run = CliRun.Of("diff", body, "--against", "planning-qd377", "--lang", lang);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("body.json", run.Error, StringComparison.Ordinal);
    }
}
