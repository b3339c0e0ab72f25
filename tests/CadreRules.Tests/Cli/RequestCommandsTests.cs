using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.People;

namespace CadreRules.Tests.Cli;

/// <summary>The evaluate, plan, rotation, appointment and diff commands, in-process: output, exit codes, bad input.</summary>
public sealed class RequestCommandsTests : IDisposable
{
    // Unit U: 10 rated HTT (80 points) and 3 qualifying for HTXS (95, 93, 91): ⌊(10 + 3) / 6⌋ = 2 keep HTXS, 91 is moved.
    private static readonly string Evaluations = "{ \"schemaVersion\": 1, \"year\": 2025, \"subjectKind\": \"partyMember\", \"evaluatedOn\": \"2025-12-20\", \"people\": ["
        + string.Join(", ", Enumerable.Range(1, 10).Select(i => Person($"g{i:00}", 80, 3)))
        + ", " + Person("x1", 95, 3) + ", " + Person("x2", 93, 3) + ", " + Person("x3", 91, 3) + ", " + Person("gap", 92, 2) + "] }";

    private const string Planning = """
        { "schemaVersion": 1, "date": "2026-01-15", "term": { "start": "2030-07-01" }, "ageReferenceMonth": "2030-07",
          "titles": [ { "id": "ct", "name": "Chủ tịch UBND xã", "level": "commune" } ],
          "candidates": [ { "cadre": { "id": "a", "sex": "female", "birthDate": "1990-01" } }, { "cadre": { "id": "b", "sex": "male", "birthDate": "1991-01" } },
                          { "cadre": { "id": "c", "sex": "male", "birthDate": "1992-01" } }, { "cadreRef": "R" } ],
          "entries": [ { "cadreId": "a", "titleId": "ct" }, { "cadreId": "b", "titleId": "ct" }, { "cadreId": "c", "titleId": "ct" }, { "cadreId": "R", "titleId": "ct" } ] }
        """;

    private const string Roster = """{ "schemaVersion": 1, "cadres": [ { "id": "R", "sex": "female", "birthDate": "1993-05" } ] }""";

    private const string Rotations = """
        { "schemaVersion": 1, "requests": [
          { "cadre": { "id": "ok", "sex": "male", "birthDate": "1974-03-01" }, "start": "2026-03-01", "plannedEnd": "2029-02-28", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true },
          { "cadre": { "id": "short", "sex": "male", "birthDate": "1974-02-01" }, "start": "2026-03-01", "plannedEnd": "2029-02-28", "fromLevel": "provincial", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }
        """;

    private const string Appointments = """
        { "schemaVersion": 1, "requests": [
          { "cadre": { "id": "aug", "sex": "male", "birthDate": "1965-02" }, "kind": "first", "dossierReceivedOn": "2021-08-16", "isPlanned": true },
          { "cadre": { "id": "young", "sex": "male", "birthDate": "1985-02" }, "kind": "first", "dossierReceivedOn": "2022-09-15", "isPlanned": true } ] }
        """;

    private const string Variant = """
        { "schemaVersion": 1, "id": "party-eval-qd366-test", "baseId": "party-eval-qd366", "title": { "vi": "Biến thể", "en": "Variant" },
          "citation": { "document": { "number": "HD 1-HD/TU", "issuer": "Tỉnh ủy", "signedOn": "2025-11-01" } },
          "effective": { "start": "2025-11-01" }, "overrides": { "htxs.minScore": 94, "policy.highScore": "RateHighestMet" } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-cli2-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Person(string id, int score, int exceeded) =>
        $$"""{ "id": "{{id}}", "name": "Người {{id}}", "unit": "U", "peerGroup": "đảng viên", "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10, "exceeded": {{exceeded}} }, "score": { "general": 30, "results": {{score - 30}} } }""";

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Line(CliRun run, string id) => run.Output.Split('\n').Single(l => l.StartsWith(id + " ", StringComparison.Ordinal));

    // ---- evaluate ----------------------------------------------------------------------------

    [Fact]
    public void Evaluate_Table_ClassifiesAppliesTheQuotaAndCounts()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--lang", "en");

        Assert.Equal(1, run.ExitCode); // one outcome is undetermined (92 points, 2 of 10 exceeded)
        Assert.Contains("HTXS", Line(run, "x1"), StringComparison.Ordinal);
        Assert.Contains("HTT ↓", Line(run, "x3"), StringComparison.Ordinal);
        Assert.Contains("QD366.Quota.HTXS", Line(run, "x3"), StringComparison.Ordinal);
        Assert.Contains("undetermined", Line(run, "gap"), StringComparison.Ordinal);
        Assert.Contains("QD366.Gap.NoLevel", Line(run, "gap"), StringComparison.Ordinal);
        Assert.Contains("Unit quota of HTXS: 1 moved from HTXS to HTT", run.Output, StringComparison.Ordinal);
        Assert.Contains("  Người x3 (x3): unit U (đảng viên) has 3 qualifying for HTXS and keeps 2; ranked 3, 91 points → HTT (point 1.5", run.Output, StringComparison.Ordinal);
        Assert.Contains("Counts per level: HTXS 2, HTT 11, HTNV 0, KHT 0, undetermined 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllDetermined_Exit0AndVietnamese()
    {
        string json = Evaluations.Replace(", " + Person("gap", 92, 2), string.Empty, StringComparison.Ordinal);
        CliRun run = CliRun.Of("evaluate", Write("e.json", json));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Số lượng theo mức: HTXS 2, HTT 11, HTNV 0, KHT 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Explain_PrintsVerdictsAndTheQuotaMove()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--lang", "en", "--explain");
        string x3 = run.Output.Split('\n').Single(l => l.StartsWith("Người x3 (x3): regulation applied: ", StringComparison.Ordinal));
        Assert.Contains("QĐ 366-QĐ/TW", x3, StringComparison.Ordinal);
        Assert.Contains("<QD366.", run.Output, StringComparison.Ordinal);
        Assert.Contains("  MET      Classification under QĐ 366-QĐ/TW", run.Output, StringComparison.Ordinal);
        Assert.Contains("(QD366.Quota.HTXS; point 1.5", run.Output, StringComparison.Ordinal); // the quota move's code, under --explain
    }

    [Fact]
    public void Evaluate_Json_GivesLevelsCodesAndCounts()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--format", "json");
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement x3 = document.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "x3");
        Assert.Equal("excellent", x3.GetProperty("qualifiedLevel").GetString());
        Assert.Equal("good", x3.GetProperty("finalLevel").GetString());
        Assert.True(x3.GetProperty("movedByQuota").GetBoolean());
        Assert.Equal(2, document.RootElement.GetProperty("counts").GetProperty("HTXS").GetInt32());
        Assert.Equal(3, document.RootElement.GetProperty("countsBefore").GetProperty("HTXS").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("moved").GetInt32());
        Assert.Equal("party-eval-qd366", x3.GetProperty("regulation").GetString());
        Assert.Contains("QĐ 366-QĐ/TW", x3.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.False(x3.TryGetProperty("explanation", out _)); // compact by default: the tree only with --explain
    }

    [Fact]
    public void Evaluate_JsonExplain_GivesEachPersonsVerdict()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--format", "json", "--explain");
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement x3 = document.RootElement.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "x3");
        Assert.Equal("party-eval-qd366", x3.GetProperty("explanation").GetProperty("regulation").GetProperty("id").GetString());
    }

    [Fact]
    public void Evaluate_JsonLines_OnePersonALineAndNothingElse()
    {
        CliRun run = CliRun.With(Evaluations, null, "evaluate", "-", "--format", "jsonl", "--explain");
        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, lines.Length);
        foreach (string line in lines)
        {
            using JsonDocument person = JsonDocument.Parse(line);
            Assert.True(person.RootElement.TryGetProperty("finalLevel", out _) || person.RootElement.GetProperty("kind").GetString() == "undetermined");
            Assert.True(person.RootElement.TryGetProperty("explanation", out _));
        }
    }

    [Fact]
    public void Evaluate_Stdin_ReadsTheDocument()
    {
        CliRun run = CliRun.With(Evaluations, null, "evaluate", "-", "--lang", "en");
        Assert.Contains("Counts per level: HTXS 2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_Overrides_ChangesTheOutcome()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--lang", "en", "--overrides", Write("v.json", Variant));
        Assert.Equal(0, run.ExitCode); // the variant rates the gap case HTT
        Assert.Contains("party-eval-qd366-test", Line(run, "x1"), StringComparison.Ordinal);
        Assert.Contains("HTXS", Line(run, "x1"), StringComparison.Ordinal);
        Assert.DoesNotContain("HTXS", Line(run, "x2"), StringComparison.Ordinal); // 93 < 94
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"year\": 2025, \"subjectKind\": \"partyMember\", \"evaluatedOn\": \"2025-12-20\", \"people\": [ { \"id\": \"a\", \"unit\": \"U\", \"peerGroup\": \"G\", \"tasks\": { \"total\": 1, \"completed\": 2, \"onTimeAndQuality\": 1 } } ] }", "e.json: $.people[0].tasks.completed:")]
    [InlineData("{ \"schemaVersion\": 1, \"year\": 2025, \"people\": [ { \"id\": \"a\" ", "e.json: $")]
    [InlineData("{ \"schemaVersion\": 1, \"year\": 2025, \"subjectKind\": \"soldier\", \"people\": [] }", "e.json: $.subjectKind:")]
    [InlineData("{ \"schemaVersion\": 1, \"year\": 2025, \"subjectKind\": \"partyMember\", \"evaluatedOn\": \"2025-12-20\", \"people\": [ { \"id\": \"a\", \"unit\": \"U\", \"peerGroup\": \"G\", \"tasks\": { \"total\": 1, \"completed\": 1, \"onTimeAndQuality\": 1 }, \"colour\": 1 } ] }", "e.json: $.people[0].colour:")]
    public void Evaluate_BadDocument_Exit2WithFileAndPath(string json, string prefix)
    {
        string path = Write("e.json", json);
        CliRun run = CliRun.Of("evaluate", path);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + path.Replace("e.json", string.Empty, StringComparison.Ordinal) + prefix, run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--regulation", "planning-qd377", "--regulation: 'planning-qd377' là quy định về quy hoạch cán bộ, không phải về đánh giá, xếp loại chất lượng.")]
    [InlineData("--regulation", "no-such-id", "--regulation:")]
    [InlineData("--regulation", "in force on 1999-01-01", "--regulation:")]
    public void Evaluate_BadRegulation_Exit2(string option, string value, string message)
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RegulationOnAnotherTopic_SaidInEnglishWithLangEn() =>
        Assert.Contains("--regulation: 'planning-qd377' is a regulation on planning, not on evaluation and classification.", CliRun.Of("evaluate", Write("e.json", Evaluations), "--regulation", "planning-qd377", "--lang", "en").Error, StringComparison.Ordinal);

    [Fact]
    public void Evaluate_MissingFile_Exit2()
    {
        CliRun run = CliRun.Of("evaluate", Path.Combine(_folder, "none.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("none.json: không tìm thấy tệp.", run.Error, StringComparison.Ordinal);
        Assert.Contains("none.json: no such file.", CliRun.Of("evaluate", Path.Combine(_folder, "none.json"), "--lang", "en").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BadOverrides_Exit2WithPath()
    {
        CliRun run = CliRun.Of("evaluate", Write("e.json", Evaluations), "--overrides", Write("v.json", Variant.Replace("94", "\"high\"", StringComparison.Ordinal)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("v.json: $.overrides['htxs.minScore']", run.Error, StringComparison.Ordinal);
    }

    // ---- diff --------------------------------------------------------------------------------

    [Fact]
    public void Diff_Overrides_ListsChangesWithCodesAndCountsBeforeAfter()
    {
        CliRun run = CliRun.Of("diff", Write("e.json", Evaluations), "--overrides", Write("v.json", Variant), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("before [party-eval-qd366], after [party-eval-qd366-test]", run.Output, StringComparison.Ordinal);
        string gap = Line(run, "gap");
        Assert.Contains("undetermined", gap, StringComparison.Ordinal);
        Assert.Contains("−QD366.Gap.NoLevel, +QD366.HTT", gap, StringComparison.Ordinal);
        Assert.Contains("HTXS", Line(run, "x2"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output.Split('\n'), l => l.StartsWith("x1 ", StringComparison.Ordinal)); // 95 stays HTXS
        Assert.Contains("Before: HTXS 2, HTT 11, HTNV 0, KHT 0, undetermined 1", run.Output, StringComparison.Ordinal);
        Assert.Contains("After:  HTXS 1, HTT 13, HTNV 0, KHT 0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_SameRegulation_NoChangeExit0()
    {
        CliRun run = CliRun.Of("diff", Write("e.json", Evaluations), "--regulation", "party-eval-qd366", "--against", "in force", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal(0, document.RootElement.GetProperty("changed").GetArrayLength());
        Assert.Equal(2, document.RootElement.GetProperty("countsAfter").GetProperty("HTXS").GetInt32());
    }

    [Fact]
    public void Diff_NothingToCompare_Exit2() =>
        Assert.Equal(2, CliRun.Of("diff", Write("e.json", Evaluations)).ExitCode);

    [Fact]
    public void Diff_AgainstRegulationNotInForceOnTheDate_Exit2WithReason()
    {
        CliRun run = CliRun.Of("diff", Write("e.json", Evaluations), "--against", "party-eval-qd124");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".evaluatedOn: quy định 'party-eval-qd124' không có hiệu lực vào 20/12/2025.", run.Error, StringComparison.Ordinal);
        Assert.Contains("not in force on 20/12/2025", CliRun.Of("diff", Write("e.json", Evaluations), "--against", "party-eval-qd124", "--lang", "en").Error, StringComparison.Ordinal);
    }

    // ---- plan --------------------------------------------------------------------------------

    [Fact]
    public void Plan_FourCandidates_ViolationExit1WithStructureShares()
    {
        CliRun run = CliRun.Of("plan", Write("p.json", Planning), "--roster", Write("r.json", Roster));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  VI PHẠM  Chức danh Chủ tịch UBND xã (ct) có 4 người trong quy hoạch, vượt mức tối đa 3", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cơ cấu cấp xã: nữ 50%", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 vi phạm", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("<QD377.", run.Output, StringComparison.Ordinal); // codes and values only with --explain
        Assert.Contains("<QD377.Planning.MaxCandidatesPerTitle> (title = Chủ tịch UBND xã (ct), seats = 1, listed = 4",
            CliRun.Of("plan", Write("p.json", Planning), "--roster", Write("r.json", Roster), "--explain").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ThreeCandidates_Exit0AndJson()
    {
        string json = Planning.Replace(", { \"cadreId\": \"R\", \"titleId\": \"ct\" }", string.Empty, StringComparison.Ordinal);
        CliRun run = CliRun.Of("plan", Write("p.json", json), "--roster", Write("r.json", Roster), "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal("planning-qd377", document.RootElement.GetProperty("regulation").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("titles")[0].GetProperty("listed").GetInt32());
        Assert.Equal("33,3%", document.RootElement.GetProperty("structure")[0].GetProperty("womenShare").GetString());
    }

    [Fact]
    public void Plan_RegulationById_UsesIt()
    {
        CliRun run = CliRun.Of("plan", Write("p.json", Planning), "--roster", Write("r.json", Roster), "--regulation", "planning-term2020", "--lang", "en");
        Assert.Contains("[planning-term2020]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CadreRefWithoutRoster_Exit2WithPath()
    {
        string path = Write("p.json", Planning);
        CliRun run = CliRun.Of("plan", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("p.json: $.candidates[3].cadreRef:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_UnknownTitleInEntry_Exit2WithPath()
    {
        CliRun run = CliRun.Of("plan", Write("p.json", Planning.Replace("\"cadreId\": \"b\", \"titleId\": \"ct\"", "\"cadreId\": \"b\", \"titleId\": \"pct\"", StringComparison.Ordinal)), "--roster", Write("r.json", Roster), "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("p.json: $.entries[1].titleId: unknown title 'pct'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_BadRoster_Exit2WithRosterPath()
    {
        CliRun run = CliRun.Of("plan", Write("p.json", Planning), "--roster", Write("r.json", Roster.Replace("female", "other", StringComparison.Ordinal)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("r.json: $.cadres[0].sex:", run.Error, StringComparison.Ordinal);
    }

    // ---- rotation ----------------------------------------------------------------------------

    [Fact]
    public void Rotation_120And119Months_EligibleAndNotWithReason()
    {
        CliRun run = CliRun.Of("rotation", Write("r.json", Rotations), "--lang", "en");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("120", Line(run, "ok"), StringComparison.Ordinal);
        Assert.Contains(" eligible", Line(run, "ok"), StringComparison.Ordinal);
        Assert.Contains("not eligible", Line(run, "short"), StringComparison.Ordinal);
        Assert.Contains("Rotation.ServiceLeft", Line(run, "short"), StringComparison.Ordinal);
        Assert.Contains("119 months of working time left", run.Output, StringComparison.Ordinal);
        Assert.Contains("clause 2, Article 5, QĐ 65-QĐ/TW", run.Output, StringComparison.Ordinal);
        Assert.Contains("1 eligible, 1 not eligible", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Rotation_Json_ListsReasons()
    {
        CliRun run = CliRun.Of("rotation", Write("r.json", Rotations), "--format", "json");
        using JsonDocument document = JsonDocument.Parse(run.Output);
        JsonElement shortOne = document.RootElement.GetProperty("requests")[1];
        Assert.False(shortOne.GetProperty("eligible").GetBoolean());
        Assert.Equal(119, shortOne.GetProperty("monthsLeft").GetInt32());
        Assert.Equal("Rotation.ServiceLeft", shortOne.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Rotation_BadDocument_Exit2WithPath()
    {
        CliRun run = CliRun.Of("rotation", Write("r.json", Rotations.Replace("\"equivalent\"", "\"same\"", StringComparison.Ordinal)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("r.json: $.requests[0].comparison:", run.Error, StringComparison.Ordinal);
    }

    // ---- appointment -------------------------------------------------------------------------

    [Fact]
    public void Appointment_Hd06Example_SixtyMonthsEligible()
    {
        CliRun run = CliRun.Of("appointment", Write("a.json", Appointments), "--lang", "en", "--regulation", "appointment-qd80");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(" 60 ", Line(run, "aug"), StringComparison.Ordinal); // HĐ 06: born 02/1965, dossier 08/2021: exactly 60 months left
        Assert.Contains("2 eligible, 0 not eligible", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_Kind_InTheOutputLanguage()
    {
        CliRun vi = CliRun.Of("appointment", Write("a.json", Appointments), "--regulation", "appointment-qd80");
        CliRun en = CliRun.Of("appointment", Write("a.json", Appointments), "--lang", "en", "--regulation", "appointment-qd80");
        Assert.Contains("bổ nhiệm lần đầu, ", vi.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("first, ", vi.Output, StringComparison.Ordinal);
        Assert.Contains("first, ", en.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_NotPlanned_NotEligibleWithReason()
    {
        CliRun run = CliRun.Of("appointment", Write("a.json", Appointments.Replace("\"isPlanned\": true } ] }", "\"isPlanned\": false } ] }", StringComparison.Ordinal)), "--lang", "en", "--regulation", "appointment-qd80");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Appointment.Planned", Line(run, "young"), StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_BeforeAnyRegulation_Exit2()
    {
        // QĐ 105-QĐ/TW (19/12/2017) is the first shipped appointment regulation for cadres.
        CliRun run = CliRun.Of("appointment", Write("a.json", Appointments.Replace("2021-08-16", "2017-12-18", StringComparison.Ordinal)));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --regulation:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Appointment_Dossier2021_InForceIsQd105WithHd06_Qd80From18August2022()
    {
        CliRun run = CliRun.Of("appointment", Write("a.json", Appointments), "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Output.Split('\n'), l => l.Contains("aug", StringComparison.Ordinal) && l.Contains("appointment-qd105-hd06", StringComparison.Ordinal));
        Assert.Contains(run.Output.Split('\n'), l => l.Contains("young", StringComparison.Ordinal) && l.Contains("appointment-qd80", StringComparison.Ordinal));
    }

    [Fact]
    public void Appointment_BadDocument_Exit2WithPath()
    {
        CliRun run = CliRun.Of("appointment", Write("a.json", Appointments.Replace("\"first\"", "\"promotion\"", StringComparison.Ordinal)));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.json: $.requests[0].kind:", run.Error, StringComparison.Ordinal);
    }

    // ---- demo --------------------------------------------------------------------------------

    [Fact]
    public void Demo_Classification_ShowsQuotaMovesAndCounts()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo", "--lang", "en").Output, "Classification and the HTXS quota");
        Assert.Equal(48, section.Count(l => l.StartsWith("MKT-0", StringComparison.Ordinal) && l.Contains("party-eval-qd366", StringComparison.Ordinal)));
        Assert.Contains("Unit quota of HTXS: 4 moved from HTXS to HTT", section);
        Assert.Contains(section, l => l.StartsWith("  Dương Thị A27 (MKT-027): ", StringComparison.Ordinal) && l.Contains("keeps 1; ranked 2, 95 points → HTT", StringComparison.Ordinal));
        Assert.Contains("Counts per level: HTXS 5, HTT 37, HTNV 3, KHT 2, undetermined 1", section);
    }

    [Fact]
    public void Demo_Planning_ShowsViolationsAndVietnameseShares()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo").Output, "Quy hoạch cán bộ");
        Assert.Contains("Cơ cấu cấp xã: nữ 41,5%, trẻ 26,8%, dân tộc thiểu số 14,6%", section);
        Assert.Contains(section, l => l.StartsWith("  VI PHẠM  Chức danh Phó Bí thư Đảng ủy xã (pbt) có 4 người trong quy hoạch, vượt mức tối đa 3", StringComparison.Ordinal));
        Assert.Contains("20 vi phạm, 13 lưu ý", section);
    }

    [Fact]
    public void Demo_Rotation_ShowsEligibilityWithReasons()
    {
        string[] section = DemoOutput.Section(CliRun.Of("demo", "--lang", "en").Output, "Rotation");
        Assert.Contains("2 eligible, 4 not eligible", section);
        Assert.Contains(section, l => l.StartsWith("MKT-009 ", StringComparison.Ordinal) && l.Contains("not eligible", StringComparison.Ordinal) && l.Contains("Rotation.ServiceLeft", StringComparison.Ordinal));
        Assert.Contains(section, l => l.Contains("80 months of working time left", StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_Sections_InTheReadmeOrder()
    {
        string[] titles = [.. CliRun.Of("demo", "--lang", "en").Output.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal))];
        Assert.Equal(["== Retirement ==", "== Classification and the HTXS quota ==", "== Planning ==", "== Annual planning review ==", "== Rotation ==", "== Non-local secretaries and chairs ==", "== Periodic change of work position ==", "== Appointment eligibility ==", "== Age for party committees ==", "== Structure of the committee ==", "== Statistics of the roster ==", "== Title standards ==", "== Programme of movements ==", "== Evaluation results across years ==", "== Regulation catalogue =="], titles);
    }
    // ---- bad input common to every new command --------------------------------------------------

    [Theory]
    [InlineData("evaluate")]
    [InlineData("plan")]
    [InlineData("rotation")]
    [InlineData("appointment")]
    [InlineData("diff")]
    public void NewCommands_BadOptionsOrMissingFile_Exit2(string command)
    {
        string file = Write("x.json", "{}");
        Assert.Equal(2, CliRun.Of(command).ExitCode);
        Assert.Equal(2, CliRun.Of(command, file, "--format", "xml").ExitCode);
        Assert.Equal(2, CliRun.Of(command, file, "--lang", "fr").ExitCode);
        Assert.Equal(2, CliRun.Of(command, file, "--no-such-option").ExitCode);
        Assert.Equal(2, CliRun.Of(command, Path.Combine(_folder, "missing.json"), "--against", "in force").ExitCode);
        Assert.Equal(2, CliRun.Of(command, file, "--overrides", Path.Combine(_folder, "missing-variant.json"), "--against", "in force").ExitCode);
    }

    [Theory]
    [InlineData("evaluate", "$.schemaVersion: required field is missing")]
    [InlineData("plan", "$.schemaVersion: required field is missing")]
    [InlineData("rotation", "$.schemaVersion: required field is missing")]
    [InlineData("appointment", "$.schemaVersion: required field is missing")]
    public void NewCommands_EmptyObject_Exit2NamingFileAndPath(string command, string message)
    {
        string file = Write("x.json", "{}");
        CliRun run = CliRun.Of(command, file, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: " + file + ": " + message + ".\n", run.Error);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("plan")]
    [InlineData("rotation")]
    [InlineData("appointment")]
    public void NewCommands_MalformedJson_Exit2WithLine(string command)
    {
        string file = Write("x.json", "{ \"schemaVersion\": 1,\n  \"oops\" }");
        CliRun run = CliRun.Of(command, file, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("x.json: $", run.Error, StringComparison.Ordinal);
        Assert.Contains("(line 2,", run.Error, StringComparison.Ordinal);
        if (command != "evaluate")
        {
            // The evaluation sheet's streaming reader writes its errors in English (docs/cli.md).
            CliRun vi = CliRun.Of(command, file, "--lang", "vi");
            Assert.Contains("văn bản không đúng cú pháp JSON", vi.Error, StringComparison.Ordinal);
            Assert.Contains("(dòng 2,", vi.Error, StringComparison.Ordinal);
        }
    }
}
