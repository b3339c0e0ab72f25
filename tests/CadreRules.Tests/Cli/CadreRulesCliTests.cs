using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Tests.Documents;
using CadreRules.People;

namespace CadreRules.Tests.Cli;

public sealed class CadreRulesCliTests : IDisposable
{
    private const string Roster = """
        { "schemaVersion": 1, "organisation": "Chi bộ thử",
          "cadres": [
            { "id": "A", "name": "Nguyễn Văn A", "sex": "male", "birthDate": "1965-02" },
            { "id": "B", "sex": "female", "birthDate": "1966-01-20" } ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    // ---- retirement --------------------------------------------------------------------------

    [Fact]
    public void Retirement_Table_PrintsDatesMonthsLeftAndCitation()
    {
        CliRun run = CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        string line = run.Output.Split('\n').Single(l => l.StartsWith("A ", StringComparison.Ordinal));
        Assert.Contains("61 years 6 months", line, StringComparison.Ordinal);
        Assert.Contains("31/08/2026", line, StringComparison.Ordinal);
        Assert.EndsWith("60", line, StringComparison.Ordinal);
        string retired = run.Output.Split('\n').Single(l => l.StartsWith("B ", StringComparison.Ordinal));
        Assert.Contains("31/05/2021", retired, StringComparison.Ordinal);
        Assert.EndsWith("retired", retired, StringComparison.Ordinal);
        Assert.Contains("Article 4, NĐ 135/2020/NĐ-CP", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Retirement_Explain_PrintsEachFindingWithCodeAndClause()
    {
        CliRun run = CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01", "--lang", "en", "--explain");
        Assert.Equal(0, run.ExitCode);
        // Each cadre on a line of their own, then the finding labelled, with its code, values and clause.
        string[] lines = run.Output.Split('\n');
        string line = lines[Array.IndexOf(lines, "Nguyễn Văn A (A):") + 1];
        Assert.StartsWith("  MET  ", line, StringComparison.Ordinal);
        Assert.Contains("<Retirement.NormalAge>", line, StringComparison.Ordinal);
        Assert.Contains("retires at the end of 31/08/2026", line, StringComparison.Ordinal);
        Assert.Contains("sex = male", line, StringComparison.Ordinal);
        Assert.Contains("Article 4, NĐ 135/2020/NĐ-CP", line, StringComparison.Ordinal);
        Assert.Single(lines, l => l == "B:");
        Assert.Single(lines, l => l.StartsWith("Legend: MET = ", StringComparison.Ordinal));
    }

    [Fact]
    public void Retirement_Vietnamese_UsesVietnameseHeadings()
    {
        CliRun run = CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Số tháng còn lại", run.Output, StringComparison.Ordinal);
        Assert.Contains("61 năm 6 tháng", run.Output, StringComparison.Ordinal);
        Assert.Contains("Điều 4", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Retirement_Json_FromStdin_IsTheLibraryReport()
    {
        CliRun run = CliRun.With(Roster, null, "retirement", "-", "--as-of", "2021-08-01", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(60, document.RootElement.GetProperty("cadres")[0].GetProperty("monthsLeft").GetInt32());
        Assert.Equal("2021-05-31", document.RootElement.GetProperty("cadres")[1].GetProperty("retirementDate").GetString());
    }

    [Fact]
    public void Retirement_BadDocument_Exit2NamesFileAndPath()
    {
        string path = Write("bad.json", Roster.Replace("\"1966-01-20\"", "\"1966-13-20\"", StringComparison.Ordinal));
        CliRun run = CliRun.Of("retirement", path, "--as-of", "2021-08-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ": $.cadres[1].birthDate:", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Retirement_BadStdin_Exit2NamesStdin()
    {
        CliRun run = CliRun.With("{ \"schemaVersion\": 1, \"cadres\": [ { \"id\": \"A\", \"sex\": \"x\" } ] }", null, "retirement", "-", "--as-of", "2021-08-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("<stdin>: $.cadres[0].sex:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retirement_MissingFile_Exit2NamesFile()
    {
        string path = Path.Combine(_folder, "missing.json");
        CliRun run = CliRun.Of("retirement", path, "--as-of", "2021-08-01");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Retirement_BadAsOf_Exit2NamesOption()
    {
        CliRun run = CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "31/02/2021");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
    }

    // dd/MM/yyyy, as the output prints dates, or ISO: the same answer.
    [Fact]
    public void Retirement_AsOfAsTheOutputPrintsIt_IsTheIsoDate() =>
        Assert.Equal(
            CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01").Output,
            CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "01/08/2021").Output);

    [Fact]
    public void Retirement_MissingAsOf_Exit2() =>
        Assert.Equal(2, CliRun.Of("retirement", Write("roster.json", Roster)).ExitCode);

    [Fact]
    public void Retirement_BadLanguage_Exit2() =>
        Assert.Equal(2, CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01", "--lang", "fr").ExitCode);

    [Fact]
    public void Retirement_BadFormat_Exit2() =>
        Assert.Equal(2, CliRun.Of("retirement", Write("roster.json", Roster), "--as-of", "2021-08-01", "--format", "xml").ExitCode);

    [Fact]
    public void UnknownCommand_Exit2() => Assert.Equal(2, CliRun.Of("horoscope").ExitCode);

    [Fact]
    public void NoCommand_Exit2() => Assert.Equal(2, CliRun.Of().ExitCode);

    [Fact]
    public void Help_Exit0ListsCommands()
    {
        CliRun run = CliRun.Of("--help");
        Assert.Equal(0, run.ExitCode);
        foreach (string command in new[] { "retirement", "regulations", "check", "demo" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    // ---- regulations -------------------------------------------------------------------------

    private const string Overrides = """
        { "schemaVersion": 1, "id": "ser-test-local", "baseId": "ser-test", "title": { "vi": "Biến thể tỉnh", "en": "Provincial variant" },
          "citation": { "document": { "number": "QĐ 12-QĐ/TU", "issuer": "Tỉnh ủy", "signedOn": "2024-03-01" }, "article": 2 },
          "effective": { "start": "2025-01-01" }, "overrides": { "minScore": 85, "quota": { "numerator": 3, "denominator": 20 } } }
        """;

    [Fact]
    public void Regulations_Table_ListsParametersWithDefaultsAndConfidence()
    {
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ser-test — Test regulation", run.Output, StringComparison.Ordinal);
        Assert.Contains("clause 2, Article 3, QĐ 9-TEST", run.Output, StringComparison.Ordinal);
        Assert.Contains("Applies to party members: 01/01/2020 → …", run.Output, StringComparison.Ordinal);
        string quota = run.Output.Split('\n').Single(l => l.TrimStart().StartsWith("quota", StringComparison.Ordinal));
        Assert.Contains("20%", quota, StringComparison.Ordinal);
        Assert.Contains("unconfirmed", quota, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_WithOverrides_ListsTheVariantAndMarksOverriddenValues()
    {
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--lang", "en", "--overrides", Write("variant.json", Overrides));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ser-test-local — Provincial variant", run.Output, StringComparison.Ordinal);
        Assert.Contains("Local variant of: ser-test", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.Output.Split('\n'), l => l.TrimStart().StartsWith("minScore", StringComparison.Ordinal) && l.Contains("85 *", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("vi", "thêm HS.HTXS.NoDisciplineMoreExceeded (áp dụng cho: điều kiện thêm của mức HTXS): Không bị kỷ luật trong năm đánh giá", "Điều 5, HD 03-HD/TU (hư cấu)")]
    [InlineData("en", "added HS.HTXS.NoDisciplineMoreExceeded (at: an extra condition of HTXS): No discipline decision in the evaluation year", "Article 5, HD 03-HD/TU (hư cấu)")]
    public void Regulations_WithTheEvaluationSampleVariant_ListsItsAddedRule_WithItsCitation(string language, string added, string citation)
    {
        string variant = System.IO.Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-variant-evaluation.json");

        CliRun run = CliRun.Of("regulations", "--lang", language, "--overrides", variant);

        Assert.Equal(0, run.ExitCode);
        string line = Assert.Single(run.Output.Split('\n'), l => l.Contains("HS.HTXS.NoDisciplineMoreExceeded", StringComparison.Ordinal));
        Assert.Contains(added, line, StringComparison.Ordinal);
        Assert.Contains(citation, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_Json_IsTheCatalogueDocument()
    {
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--format", "json", "--overrides", Write("variant.json", Overrides));
        Assert.Equal(0, run.ExitCode);
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.Equal(["ser-test", "ser-test-local"], document.RootElement.GetProperty("regulations").EnumerateArray().Select(r => r.GetProperty("reference").GetProperty("id").GetString()));
    }

    [Fact]
    public void Regulations_ShippedCatalogue_Exit0() => Assert.Equal(0, CliRun.Of("regulations").ExitCode);

    [Fact]
    public void Regulations_OverridesOfUnknownRegulation_Exit2NamesFileAndPath()
    {
        string path = Write("variant.json", Overrides.Replace("\"baseId\": \"ser-test\"", "\"baseId\": \"no-such\"", StringComparison.Ordinal));
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--overrides", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ": $.baseId:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_OverrideOfWrongType_Exit2NamesFileAndPath()
    {
        string path = Write("variant.json", Overrides.Replace("\"minScore\": 85", "\"minScore\": \"85\"", StringComparison.Ordinal));
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--overrides", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ": $.overrides.minScore:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_MissingOverridesFile_Exit2NamesFile()
    {
        string path = Path.Combine(_folder, "nowhere.json");
        CliRun run = CliRun.With(null, SerializationTestRegulation.Catalog, "regulations", "--overrides", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_VariantIdAlreadyInCatalogue_Exit2NamesFile()
    {
        string path = Write("variant.json", Overrides);
        var catalog = SerializationTestRegulation.Catalog.WithVariant(CadreRules.Documents.CadreDocuments.ReadVariant(Overrides, SerializationTestRegulation.Catalog));
        CliRun run = CliRun.With(null, catalog, "regulations", "--overrides", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ": ", run.Error, StringComparison.Ordinal);
        Assert.Contains("ser-test-local", run.Error, StringComparison.Ordinal);
    }

    // ---- check -------------------------------------------------------------------------------

    [Fact]
    public void Check_ShippedCases_AllPass()
    {
        CliRun run = CliRun.Of("check", CaseRunnerTests.CasesFolder, "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        int count = Directory.EnumerateFiles(CaseRunnerTests.CasesFolder, "*.json", SearchOption.AllDirectories).Count();
        Assert.Equal($"{count} passed, 0 failed\n", run.Output);
    }

    [Fact]
    public void Check_FailingCase_Exit1WithOneLinePerFailureAndTotals()
    {
        string folder = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(CaseRunnerTests.FailingCasesFolder, "wrong-expected-date.json"), Path.Combine(folder, "a-failing.json"));
        File.Copy(Path.Combine(CaseRunnerTests.CasesFolder, "retirement", "decree135-man-born-1961-01.json"), Path.Combine(folder, "b-passing.json"));
        CliRun run = CliRun.Of("check", folder, "--lang", "en");
        Assert.Equal(1, run.ExitCode);
        string[] lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("FAIL " + Path.Combine(folder, "a-failing.json"), lines[0], StringComparison.Ordinal);
        Assert.Equal("1 passed, 1 failed", lines[1]);
    }

    [Fact]
    public void Check_SingleFile_Runs()
    {
        CliRun run = CliRun.Of("check", Path.Combine(CaseRunnerTests.CasesFolder, "retirement", "hd06-man-born-1965-02-sixty-months.json"), "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("1 passed, 0 failed\n", run.Output);
    }

    [Fact]
    public void Check_MalformedCase_Exit2NamesFileAndPath()
    {
        string folder = Path.Combine(_folder, "cases");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "bad.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "kind": "horoscope", "name": "x", "facts": {}, "expected": {} }""");
        CliRun run = CliRun.Of("check", folder, "--lang", "en");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(path + ": $.kind:", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("0 passed, 0 failed\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingPath_Exit2() =>
        Assert.Equal(2, CliRun.Of("check", Path.Combine(_folder, "nothing-here"), "--lang", "en").ExitCode);

    [Fact]
    public void Check_EmptyFolder_Exit2() =>
        Assert.Equal(2, CliRun.Of("check", _folder, "--lang", "en").ExitCode);

    // ---- demo --------------------------------------------------------------------------------

    [Fact]
    public void Demo_English_PrintsSectionsAndKeyFigures()
    {
        CliRun run = CliRun.Of("demo", "--lang", "en");
        Assert.Equal(0, run.ExitCode);
        string[] lines = run.Output.Split('\n');
        Assert.StartsWith("Đảng bộ xã Minh Khê Thượng (hư cấu) — 60 cadres — as of 01/01/2026", lines[0], StringComparison.Ordinal);
        Assert.Contains("== Retirement ==", lines);
        Assert.Contains("== Regulation catalogue ==", lines);
        string[] retirement = DemoOutput.Section(run.Output, "Retirement");
        Assert.Equal(60, retirement.Count(l => l.StartsWith("MKT-", StringComparison.Ordinal)));

        // The HĐ 06 example's cadre: born 02/1965, retires at the end of 08/2026, 7 months left on 01/01/2026.
        string first = retirement.Single(l => l.StartsWith("MKT-001", StringComparison.Ordinal));
        Assert.Contains("61 years 6 months", first, StringComparison.Ordinal);
        Assert.Contains("31/08/2026", first, StringComparison.Ordinal);
        Assert.EndsWith(" 7", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Rotation_NamesLevelsAndMonthsInTheOutputLanguage()
    {
        string[] vi = DemoOutput.Section(CliRun.Of("demo").Output, "Luân chuyển cán bộ");
        string[] en = DemoOutput.Section(CliRun.Of("demo", "--lang", "en").Output, "Rotation");
        string viRow = vi.Single(l => l.StartsWith("MKT-017", StringComparison.Ordinal));
        string enRow = en.Single(l => l.StartsWith("MKT-017", StringComparison.Ordinal));
        Assert.Contains("xã → cơ sở", viRow, StringComparison.Ordinal);
        Assert.Contains("(36 tháng)", viRow, StringComparison.Ordinal);
        Assert.DoesNotContain("commune", string.Join("\n", vi), StringComparison.Ordinal);
        Assert.Contains("commune → grassroots", enRow, StringComparison.Ordinal);
        Assert.Contains("(36m)", enRow, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_IsDeterministic() => Assert.Equal(CliRun.Of("demo").Output, CliRun.Of("demo").Output);

    [Fact]
    public void Demo_AsOf_MovesMonthsLeft()
    {
        string line = DemoOutput.Section(CliRun.Of("demo", "--as-of", "2021-08-01", "--lang", "en").Output, "Retirement").Single(l => l.StartsWith("MKT-001", StringComparison.Ordinal));
        Assert.EndsWith(" 60", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_BadAsOf_Exit2() => Assert.Equal(2, CliRun.Of("demo", "--as-of", "tomorrow").ExitCode);

    [Fact]
    public void DemoRoster_IsAValidRosterOfSixtyInventedCadres()
    {
        CadreRules.People.Roster roster = CadreRules.Cli.Demo.DemoSample.Roster();
        Assert.Equal(60, roster.Cadres.Length);
        Assert.Contains("hư cấu", roster.Organisation, StringComparison.Ordinal);
        Assert.Contains(roster.Cadres, c => c.BirthDate.Precision == CadreRules.People.BirthDatePrecision.Year);
        Assert.Contains(roster.Cadres, c => c.BirthDate.Precision == CadreRules.People.BirthDatePrecision.Month);
        Assert.Contains(roster.Cadres, c => c.BirthDate.Precision == CadreRules.People.BirthDatePrecision.Day);
    }
}
