using System;
using System.IO;
using System.Linq;
using System.Text;
using CadreRules.Documents;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using CadreRules.Tests.Cli;

namespace CadreRules.Tests.Documents;

/// <summary>The document side of issue 17: each defect found by the bad-input run, as an example that failed before.</summary>
public class BadInputDocumentTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static string Roster(params string[] cadres) => $$"""{ "schemaVersion": 1, "cadres": [ {{string.Join(", ", cadres)}} ] }""";

    private static string Cadre(string id, string extra = "") => $$"""{ "id": "{{id}}", "sex": "male", "birthDate": "1960-05-01"{{extra}} }""";

    // ---- duplicate properties -------------------------------------------------------------------

    [Fact]
    public void RepeatedProperty_IsRefusedAtTheSecond()
    {
        DocumentException e = DocumentAssert.FailsAt("$.cadres[0].sex", () => CadreDocuments.ReadRoster(
            """{"schemaVersion":1,"cadres":[{"id":"A1","sex":"male","sex":"female","birthDate":"1960","birthDate":"1990"}]}"""));
        Assert.Contains("'sex' is given twice", e.Message, StringComparison.Ordinal);
        Assert.Contains("(line 1, byte 68)", e.Message, StringComparison.Ordinal); // just after the second "sex", not the first
    }

    [Fact]
    public void RepeatedTopLevelProperty_IsRefused() =>
        DocumentAssert.FailsAt("$.cadres", () => CadreDocuments.ReadRoster("""{"schemaVersion":1,"cadres":[],"cadres":[]}"""));

    [Fact]
    public void RepeatedOverride_IsRefused() =>
        Assert.Contains("given twice", Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(
            """{ "schemaVersion": 1, "id": "ser-test-local", "baseId": "ser-test", "title": { "vi": "a", "en": "b" }, "citation": { "document": { "number": "N", "issuer": "I", "signedOn": "2024-01-01" } }, "effective": { "start": "2025-01-01" }, "overrides": { "alpha": 1, "alpha": 2 } }""",
            SerializationTestRegulation.Catalog)).Message, StringComparison.Ordinal);

    // ---- invalid UTF-8 ---------------------------------------------------------------------------

    [Fact]
    public void InvalidUtf8_IsRefusedWithItsOffset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{"schemaVersion":1,"cadres":[{"id":"A"""), 0xFF, .. Encoding.UTF8.GetBytes("""1","sex":"male","birthDate":"1960"}]}""")];
        DocumentException e = DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster(new MemoryStream(bytes)));
        Assert.Contains("not UTF-8", e.Message, StringComparison.Ordinal);
        Assert.Contains("offset 37", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedUtf8Sequence_AtTheEnd_IsRefused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{"schemaVersion":1,"cadres":[]}"""), 0xE1, 0xBB];
        Assert.Contains("not UTF-8", DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster(new MemoryStream(bytes))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoneSurrogate_InText_IsRefused() =>
        DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster(Roster(Cadre("A\uD800"))));

    [Fact]
    public void Cli_Evaluate_InvalidUtf8InAPropertyName_ExitsTwoWithTheOffset()
    {
        // Found by the fuzz run: the streaming evaluation reader failed inside System.Text.Json (exit 134) on such a name.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("""{"schemaVersion":1,"yea"""), 0x80, .. Encoding.UTF8.GetBytes("""r":2025,"people":[]}""")];
        string file = Path.Combine(Path.GetTempPath(), $"cadre-rules-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, bytes);
        try
        {
            CliRun run = CliRun.Of("evaluate", file, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains(": $: the document is not UTF-8: byte 0x80 at offset 23", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ByteOrderMark_IsAccepted() =>
        Assert.Single(CadreDocuments.ReadRoster(new MemoryStream([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Roster(Cadre("A")))])).Cadres);

    // ---- precise paths ---------------------------------------------------------------------------

    [Fact]
    public void PostBeforeBirth_IsReportedAtItsStart()
    {
        string post = """{ "title": "T", "unit": "U", "level": "commune", "start": "2000-01-01" }""";
        string early = """{ "title": "T", "unit": "U", "level": "commune", "start": "1950-01-01" }""";
        string json = Roster(Cadre("A"), Cadre("B"), Cadre("C"), Cadre("D", $", \"positions\": [ {post}, {early} ]"));
        DocumentException e = DocumentAssert.FailsAt("$.cadres[3].positions[1].start", () => CadreDocuments.ReadRoster(json));
        Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodStartOutOfRange_IsReportedAtStart() =>
        DocumentAssert.FailsAt("$.effective.start", () => CadreDocuments.ReadVariant(
            """{ "schemaVersion": 1, "id": "ser-test-local", "baseId": "ser-test", "title": { "vi": "a", "en": "b" }, "citation": { "document": { "number": "N", "issuer": "I", "signedOn": "2024-01-01" } }, "effective": { "start": "1800-01-01" }, "overrides": {} }""",
            SerializationTestRegulation.Catalog));

    [Fact]
    public void ViolationYearOutOfRange_And_DecisionBeforeBirth_AreReportedAtTheirFields()
    {
        DocumentAssert.FailsAt("$.cadres[0].discipline[0].violationYear", () => CadreDocuments.ReadRoster(Roster(Cadre("A",
            """, "discipline": [ { "form": "reprimand", "track": "party", "decidedOn": "2020-01-01", "violationYear": 2021 } ]"""))));
        DocumentAssert.FailsAt("$.cadres[0].discipline[0].decidedOn", () => CadreDocuments.ReadRoster(Roster(Cadre("A",
            """, "discipline": [ { "form": "reprimand", "track": "party", "decidedOn": "1950-01-01" } ]"""))));
    }

    [Fact]
    public void EvaluationYearOutOfRange_IsReportedAtTheYear() =>
        DocumentAssert.FailsAt("$.cadres[0].evaluations[0].year", () => CadreDocuments.ReadRoster(Roster(Cadre("A",
            """, "evaluations": [ { "year": 99999, "track": "party", "level": "good" } ]"""))));

    [Fact]
    public void RotationEndingAtTheEndOfTheCalendar_IsReportedAtPlannedEnd() =>
        DocumentAssert.FailsAt("$.requests[0].plannedEnd", () => CadreDocuments.ReadRotationRequests(
            """{ "schemaVersion": 1, "requests": [ { "cadre": { "id": "a", "sex": "male", "birthDate": "1990" }, "start": "2026-03-01", "plannedEnd": "9999-12-31", "fromLevel": "commune", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }"""));

    [Fact]
    public void TooManySeats_IsReportedAtSeats()
    {
        string json = File.ReadAllText(Path.Combine(Samples, "demo-planning.json")).Replace("\"rank\": 5", "\"rank\": 5, \"seats\": 715827883", StringComparison.Ordinal);
        Roster roster = CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json")));
        DocumentAssert.FailsAt("$.titles[0].seats", () => CadreDocuments.ReadPlanningList(json, roster));
    }

    [Fact]
    public void NetSuffixes_AreRemovedFromArgumentErrors()
    {
        var e = new ArgumentOutOfRangeException("start", new DateTime(2026, 3, 1), "The start is too late.");
        Assert.Equal("The start is too late.", Require.Sentence(e));
        Assert.Equal("Bad.", Require.Sentence(new ArgumentException("Bad.", "x")));
    }

    // ---- ids compared as CadreId compares them ---------------------------------------------------

    [Fact]
    public void CadreRef_IsLookedUpTrimmedAndIgnoringCase()
    {
        Roster roster = CadreDocuments.ReadRoster(Roster(Cadre("MKT-001")));
        var requests = CadreDocuments.ReadRotationRequests(
            """{ "schemaVersion": 1, "requests": [ { "cadreRef": " mkt-001 ", "start": "2026-03-01", "plannedEnd": "2028-03-01", "fromLevel": "commune", "toLevel": "commune", "sameLocality": true, "comparison": "equivalent", "isInPlanning": true } ] }""",
            roster);
        Assert.Equal("MKT-001", requests[0].Cadre.Id.Value);
    }

    [Fact]
    public void PlanningEntry_NamesItsCandidateIgnoringCase()
    {
        string json = $$"""
            { "schemaVersion": 1, "date": "2025-12-20", "term": { "start": "2030-07-01" },
              "titles": [ { "id": "bt", "name": "Bí thư", "level": "commune" } ],
              "candidates": [ { "cadre": {{Cadre("MKT-001")}} } ],
              "entries": [ { "cadreId": "mkt-001", "titleId": "bt" }, { "cadreId": "MKT-001 ", "titleId": "bt" } ] }
            """;
        DocumentAssert.FailsAt("$.entries[1]", () => CadreDocuments.ReadPlanningList(json));
    }

    // ---- document kinds --------------------------------------------------------------------------

    [Fact]
    public void EvaluationSheet_GivenAsPlanningList_IsNamed()
    {
        DocumentException e = DocumentAssert.FailsAt("$", () => CadreDocuments.ReadPlanningList(File.ReadAllText(Path.Combine(Samples, "demo-evaluations.json"))));
        Assert.Equal(DocumentKind.EvaluationSheet, e.FoundKind);
        Assert.Equal(DocumentKind.PlanningList, e.ExpectedKind);
        Assert.Equal("$: this is an evaluation sheet, not a planning list.", e.Message);
    }

    [Theory]
    [InlineData("demo-roster.json", DocumentKind.Roster)]
    [InlineData("demo-planning.json", DocumentKind.PlanningList)]
    [InlineData("demo-rotations.json", DocumentKind.RotationRequests)]
    [InlineData("demo-variant.json", DocumentKind.LocalVariant)]
    [InlineData("demo-evaluations.json", DocumentKind.EvaluationSheet)]
    public void EachSample_IsRecognised(string file, DocumentKind kind) =>
        Assert.Equal(kind, DocumentBytes.KindOf(File.ReadAllBytes(Path.Combine(Samples, file))));

    [Fact]
    public void RotationRequests_GivenAsAppointments_AreNamed() =>
        Assert.Equal(DocumentKind.RotationRequests, Assert.Throws<DocumentException>(() =>
            CadreDocuments.ReadAppointmentRequests(File.ReadAllText(Path.Combine(Samples, "demo-rotations.json")), CadreDocuments.ReadRoster(File.ReadAllText(Path.Combine(Samples, "demo-roster.json"))))).FoundKind);

    [Fact]
    public void Cli_NamesTheKindAndTheCommand_InTheOutputLanguage()
    {
        string sheet = Path.Combine(Samples, "demo-evaluations.json");
        CliRun en = CliRun.Of("plan", sheet, "--lang", "en");
        Assert.Equal(2, en.ExitCode);
        Assert.Contains("$: this is an evaluation sheet; `plan` reads a planning list.", en.Error, StringComparison.Ordinal);
        CliRun vi = CliRun.Of("plan", sheet);
        Assert.Contains("`plan` đọc danh sách quy hoạch", vi.Error, StringComparison.Ordinal);
    }

    // ---- size --------------------------------------------------------------------------------------

    [Fact]
    public void EndlessZeros_StopAtTheFirstBuffer()
    {
        var zeros = new EndlessStream(0);
        Assert.Throws<DocumentException>(() => CadreDocuments.ReadVariant(zeros, ShippedRegulations.Catalog, DocumentLimits.Default));
        Assert.InRange(zeros.BytesRead, 1, 1 << 16);
    }

    [Fact]
    public void EndlessWhiteSpace_StopsAtTheLimit()
    {
        var spaces = new EndlessStream((byte)' ');
        DocumentException e = DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster(spaces, new DocumentLimits { MaxBytes = 1_000_000 }));
        Assert.Contains("larger than the limit of 1000000 bytes", e.Message, StringComparison.Ordinal);
        Assert.InRange(spaces.BytesRead, 1_000_001, 1_000_001 + (1 << 16));
    }

    [Fact]
    public void TextOverTheLimit_IsRefused() =>
        DocumentAssert.FailsAt("$", () => CadreDocuments.ReadPlanningList(new MemoryStream(new byte[100]), null, new DocumentLimits { MaxBytes = 10 }));

    [Fact]
    public void Cli_MaxBytes_LimitsTheDocument()
    {
        string roster = Path.Combine(Samples, "demo-roster.json");
        CliRun run = CliRun.Of("retirement", roster, "--as-of", "2026-01-01", "--max-bytes", "100", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("larger than the limit of 100 bytes", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("retirement", roster, "--as-of", "2026-01-01", "--max-bytes", "0").ExitCode);
        Assert.Equal(0, CliRun.Of("retirement", roster, "--as-of", "2026-01-01", "--max-bytes", "10000000").ExitCode);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("diff")]
    public void Cli_EvaluateAndDiff_TakeMaxBytesAndMaxPeople(string command)
    {
        string sheet = Path.Combine(Samples, "demo-evaluations.json");
        string[] compare = command == "diff" ? ["--overrides", Path.Combine(Samples, "demo-variant.json")] : [];
        CliRun bytes = CliRun.Of([command, sheet, .. compare, "--max-bytes", "100", "--lang", "en"]);
        Assert.Equal(2, bytes.ExitCode);
        Assert.Contains("demo-evaluations.json: $: the document is larger than the limit of 100 bytes", bytes.Error, StringComparison.Ordinal);
        CliRun people = CliRun.Of([command, sheet, .. compare, "--max-people", "3", "--lang", "en"]);
        Assert.Equal(2, people.ExitCode);
        Assert.Contains("demo-evaluations.json: $.people[3]: the document has more than 3 people, the limit", people.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of([command, sheet, .. compare, "--max-bytes", "0"]).ExitCode);
        Assert.Equal("error: --max-people: 0 không phải là một số người; hãy ghi từ 1 trở lên.\n", CliRun.Of([command, sheet, .. compare, "--max-people", "0"]).Error);
        Assert.Equal("error: --max-people: 0 is not a number of people; give 1 or more.\n", CliRun.Of([command, sheet, .. compare, "--max-people", "0", "--lang", "en"]).Error);
        Assert.Equal("error: --max-bytes: 0 không phải là một kích thước; hãy ghi số byte, từ 1 trở lên.\n", CliRun.Of([command, sheet, .. compare, "--max-bytes", "0"]).Error);
        CliRun enough = CliRun.Of([command, sheet, .. compare, "--max-bytes", "10000000", "--max-people", "100000"]);
        Assert.Equal(CliRun.Of([command, sheet, .. compare]).Output, enough.Output);
        Assert.NotEqual(2, enough.ExitCode);
    }

    [Fact]
    public void Cli_Diff_MaxBytesLimitsTheOtherFamiliesToo()
    {
        CliRun run = CliRun.Of("diff", Path.Combine(Samples, "demo-roster.json"), "--against", "in force", "--max-bytes", "100", "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("larger than the limit of 100 bytes", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Check_MaxBytes_BoundsTheCaseFile()
    {
        string file = Path.Combine(AppContext.BaseDirectory, "Cases", "retirement", "year-only-birth-date.json");
        CliRun small = CliRun.Of("check", file, "--max-bytes", "100", "--lang", "en");
        Assert.Equal(2, small.ExitCode);
        Assert.Contains(file + ": $: the document is larger than the limit of 100 bytes", small.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("check", file, "--max-bytes", "100000").ExitCode);
    }

    [Fact]
    public void Variant_BadId_IsNamedARegulationIdAtItsPath()
    {
        Assert.StartsWith("Regulation id '../x' has the character '/'", Assert.Throws<InvalidInputException>(() => new RegulationId("../x")).Message, StringComparison.Ordinal);
        string file = Path.Combine(Path.GetTempPath(), "cadre-rules-badid-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(Samples, "demo-variant.json")).Replace("\"party-eval-qd366-minh-khe\"", "\"../x\"", StringComparison.Ordinal));
        try
        {
            CliRun run = CliRun.Of("regulations", "--overrides", file, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"error: {file}: $.id: Regulation id '../x' has the character '/'", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Variant_IdOfAnotherRegulation_IsReportedAtItsId()
    {
        string file = Path.Combine(Path.GetTempPath(), "cadre-rules-collide-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(Samples, "demo-variant.json")).Replace("\"party-eval-qd366-minh-khe\"", "\"party-eval-qd132\"", StringComparison.Ordinal));
        try
        {
            CliRun run = CliRun.Of("regulations", "--overrides", file, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"error: {file}: $.id: ", run.Error, StringComparison.Ordinal);
            Assert.Contains("party-eval-qd132", run.Error, StringComparison.Ordinal);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(file);
        }
    }

    // ---- all errors --------------------------------------------------------------------------------

    [Fact]
    public void EveryBadCadre_IsReported()
    {
        string json = Roster(Cadre("A", """, "partyAdmittedOn": "1950-01-01" """), Cadre("B"), Cadre("C", """, "evaluations": [ { "year": 3000, "track": "party" } ]"""), Cadre("a"));
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(json));
        Assert.Equal(["$.cadres[0].partyAdmittedOn", "$.cadres[2].evaluations[0].year"], e.Errors.Select(x => x.Path));
        Assert.Equal(2, e.ErrorCount);
        Assert.EndsWith("(and 1 more error)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyBadCandidates_AreReportedUpToFifty()
    {
        string candidates = string.Join(", ", Enumerable.Range(0, 60).Select(i => $$"""{ "cadre": {{Cadre("C" + i, """, "partyAdmittedOn": "1950-01-01" """)}} }"""));
        string json = $$"""
            { "schemaVersion": 1, "date": "2025-12-20", "term": { "start": "2030-07-01" },
              "titles": [ { "id": "bt", "name": "Bí thư", "level": "commune", "seats": 0 } ],
              "candidates": [ {{candidates}} ], "entries": [ { "cadreId": "C1", "titleId": "bt" } ] }
            """;
        DocumentException e = Assert.Throws<DocumentException>(() => CadreDocuments.ReadPlanningList(json));
        Assert.Equal(61, e.ErrorCount);
        Assert.Equal(DocumentException.MaxErrors, e.Errors.Count);
        Assert.Equal("$.titles[0].seats", e.Errors[0].Path);
        Assert.Equal("$.candidates[0].cadre.partyAdmittedOn", e.Errors[1].Path);

        string file = Path.Combine(Path.GetTempPath(), $"cadre-rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            CliRun run = CliRun.Of("plan", file, "--lang", "en");
            Assert.Equal(2, run.ExitCode);
            string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(51, lines.Length);
            Assert.All(lines, line => Assert.StartsWith("error: " + file + ": ", line, StringComparison.Ordinal));
            Assert.EndsWith("and 11 more errors.", lines[^1], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A stream that never ends, counting what was read.</summary>
    private sealed class EndlessStream(byte value) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(value);
            BytesRead += count;
            return count;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
