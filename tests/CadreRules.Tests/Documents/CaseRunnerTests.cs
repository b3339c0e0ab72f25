using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadreRules.Documents;
using CadreRules.Rules;

namespace CadreRules.Tests.Documents;

public class CaseRunnerTests
{
    public static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "Cases");

    public static string FailingCasesFolder => Path.Combine(AppContext.BaseDirectory, "FailingCases");

    public static IEnumerable<object[]> CaseFiles() =>
        Directory.EnumerateFiles(CasesFolder, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(CasesFolder, f) });

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Run_ShippedCaseFile_Passes(string file)
    {
        CaseResult result = CaseRunner.Run(File.ReadAllText(Path.Combine(CasesFolder, file)), file, ShippedRegulations.Catalog);
        Assert.True(result.Passed, result.ToString());
    }

    public static IEnumerable<object[]> VariantCaseFiles() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "VariantCases"), "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "VariantCases"), f) });

    /// <summary>Cases of a sample variant (the folder is named after it), run with the catalogue that variant makes, as
    /// <c>cadre-rules check FILE --overrides src/CadreRules.Cli/Samples/demo-variant-planning.json</c> does.</summary>
    [Theory]
    [MemberData(nameof(VariantCaseFiles))]
    public void Run_VariantCaseFile_PassesUnderItsVariant(string file)
    {
        string variantFile = Path.GetDirectoryName(file) switch
        {
            "planning-qd377-minh-khe" => "demo-variant-planning.json",
            "party-eval-qd366-hoa-son" => "demo-variant-evaluation.json",
            var other => throw new InvalidOperationException($"no sample variant for the folder '{other}'"),
        };
        string samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");
        RegulationCatalog catalog = ShippedRegulations.Catalog.WithVariant(CadreDocuments.ReadVariant(File.ReadAllText(Path.Combine(samples, variantFile)), ShippedRegulations.Catalog));

        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "VariantCases", file));
        CaseResult result = CaseRunner.Run(json, file, catalog);

        Assert.True(result.Passed, result.ToString());

        // A case that expects the added rule to bite fails under the national regulation alone: the variant is what it tests.
        if (json.Contains("MKT.Planning.TwoGoodYears", StringComparison.Ordinal) || json.Contains("\"undetermined\"", StringComparison.Ordinal))
        {
            string national = json
                .Replace("\"regulation\": \"planning-qd377-minh-khe\"", "\"regulation\": \"planning-qd377\"", StringComparison.Ordinal)
                .Replace("\"regulation\": \"party-eval-qd366-hoa-son\"", "\"regulation\": \"party-eval-qd366\"", StringComparison.Ordinal);
            Assert.False(CaseRunner.Run(national, file, ShippedRegulations.Catalog).Passed);
        }
    }

    [Fact]
    public void CaseFiles_IncludeTheWorkedExamples()
    {
        string[] files = [.. CaseFiles().Select(f => (string)f[0])];
        Assert.Contains(files, f => f.EndsWith("decree135-man-born-1961-01.json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("hd06-man-born-1965-02-sixty-months.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DeliberatelyFailingCase_ReportsEachDifference()
    {
        string file = Path.Combine(FailingCasesFolder, "wrong-expected-date.json");
        CaseResult result = CaseRunner.Run(File.ReadAllText(file), file, ShippedRegulations.Catalog);
        Assert.False(result.Passed);
        Assert.Equal("retirement", result.Kind);
        Assert.Equal(2, result.Failures.Length);
        Assert.Contains(result.Failures, f => f.Contains("expected 2021-01-31, actual 2021-04-30", StringComparison.Ordinal));
        Assert.Contains(result.Failures, f => f.Contains("expected 5, actual 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ExpectedErrorButValidInput_Fails()
    {
        string file = Path.Combine(FailingCasesFolder, "expect-error-but-the-input-is-valid.json");
        CaseResult result = CaseRunner.Run(File.ReadAllText(file), file, ShippedRegulations.Catalog);

        Assert.False(result.Passed);
        Assert.Equal("expected the error Document.NotUnderstood at $.facts.cadre.birthDate; the input was read without an error", Assert.Single(result.Failures));
    }

    [Theory]
    [InlineData("Document.OutOfRange", null)]
    [InlineData("Document.NotUnderstood", "$.facts.cadre.sex")]
    public void Run_ExpectedErrorOfAnotherCodeOrPath_FailsNamingTheActualOne(string code, string? path)
    {
        string json = ExpectingError("\"1965-13\"", code, path);

        CaseResult result = CaseRunner.Run(json, "e.json", ShippedRegulations.Catalog);

        Assert.False(result.Passed);
        Assert.EndsWith("actual Document.NotUnderstood at $.facts.cadre.birthDate", Assert.Single(result.Failures), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("$.facts.cadre.birthDate")]
    public void Run_ExpectedErrorWithItsCode_Passes_WithOrWithoutThePath(string? path)
    {
        Assert.True(CaseRunner.Run(ExpectingError("\"1965-13\"", "Document.NotUnderstood", path), "e.json", ShippedRegulations.Catalog).Passed);
    }

    [Theory]
    [InlineData("\"expected\": { \"monthsLeft\": 60 }")]
    [InlineData("\"expectedRuleCodes\": [ \"Retirement.NormalAge\" ]")]
    [InlineData("\"expectedCitation\": { \"document\": \"NĐ 135/2020/NĐ-CP\" }")]
    public void Run_ExpectedErrorWithAnExpectedOutcome_IsRefusedAsBadCaseFile(string outcome)
    {
        string json = ExpectingError("\"1965-13\"", "Document.NotUnderstood", null).Replace("\"expectedError\"", outcome + ", \"expectedError\"", StringComparison.Ordinal);

        DocumentException e = Assert.Throws<DocumentException>(() => CaseRunner.Run(json, "e.json", ShippedRegulations.Catalog));

        Assert.Equal(DocumentErrorCodes.ExactlyOne, e.Code);
        Assert.Equal("$", e.Path);
    }

    private static string ExpectingError(string birthDate, string code, string? path) => $$"""
        {
          "schemaVersion": 1,
          "kind": "retirement",
          "name": "refused birth date",
          "regulation": "in force on 2021-08-01",
          "facts": { "cadre": { "id": "x", "sex": "male", "birthDate": {{birthDate}} } },
          "expectedError": { "code": "{{code}}"{{(path is null ? "" : $", \"path\": \"{path}\"")}} }
        }
        """;

    private static string Case(
        string kind = "retirement",
        string regulation = "\"in force on 2021-08-01\"",
        string birthDate = "\"1965-02\"",
        string expected = """{ "monthsLeft": 60 }""",
        string codes = """["Retirement.NormalAge"]""",
        string citation = """{ "document": "NĐ 135/2020/NĐ-CP", "article": 4 }""") =>
        $$"""
        { "schemaVersion": 1, "kind": "{{kind}}", "name": "n", "regulation": {{regulation}},
          "facts": { "cadre": { "id": "X", "sex": "male", "birthDate": {{birthDate}} } },
          "expected": {{expected}}, "expectedRuleCodes": {{codes}}, "expectedCitation": {{citation}} }
        """;

    private static CaseResult Run(string json) => CaseRunner.Run(json, "inline", ShippedRegulations.Catalog);

    [Fact]
    public void Run_ValidCase_Passes() => Assert.True(Run(Case()).Passed);

    [Fact]
    public void Run_MissingRuleCode_Fails() =>
        Assert.Contains("Evaluation.Missing", Assert.Single(Run(Case(codes: """["Evaluation.Missing"]""")).Failures), StringComparison.Ordinal);

    [Fact]
    public void Run_WrongClause_Fails() =>
        Assert.Contains("Article 5", Assert.Single(Run(Case(citation: """{ "document": "NĐ 135/2020/NĐ-CP", "article": 5 }""")).Failures), StringComparison.Ordinal);

    [Fact]
    public void Run_UnknownKind_NamesKind() =>
        DocumentAssert.FailsAt("$.kind", () => Run(Case(kind: "horoscope")));

    [Fact]
    public void Run_UnknownRegulationId_NamesRegulation() =>
        DocumentAssert.FailsAt("$.regulation", () => Run(Case(regulation: "\"no-such-regulation\"")));

    [Fact]
    public void Run_RegulationOfAnotherTopic_NamesRegulation() =>
        DocumentAssert.FailsAt("$.regulation", () => CaseRunner.Run(Case(regulation: "\"ser-test\""), "inline", SerializationTestRegulation.Catalog));

    [Fact]
    public void Run_MissingFacts_NamesFacts() =>
        DocumentAssert.FailsAt("$.facts", () => Run("""{ "schemaVersion": 1, "kind": "retirement", "name": "n", "expected": { "monthsLeft": 1 } }"""));

    [Fact]
    public void Run_BadInForceDate_NamesRegulation() =>
        DocumentAssert.FailsAt("$.regulation", () => Run(Case(regulation: "\"in force on 2021-02-30\"")));

    [Fact]
    public void Run_MonthsLeftWithoutDate_NamesAsOf() =>
        DocumentAssert.FailsAt("$.asOf", () => Run(Case(regulation: "null")));

    [Fact]
    public void Run_NothingExpected_NamesExpected() =>
        DocumentAssert.FailsAt("$.expected", () => Run(Case(expected: "{}")));

    [Fact]
    public void Run_UnknownExpectation_NamesIt() =>
        DocumentAssert.FailsAt("$.expected.retirementYear", () => Run(Case(expected: """{ "retirementYear": 2026 }""")));

    [Fact]
    public void Run_BadBirthDate_NamesTheFactPath() =>
        DocumentAssert.FailsAt("$.facts.cadre.birthDate", () => Run(Case(birthDate: "\"02.1965\"")));

    // "02/1965" is a birth date as a person writes it (the month, day unknown): the same as "1965-02".
    [Fact]
    public void Run_BirthDateAsMonthSlashYear_IsRead() =>
        Assert.Equal(Run(Case(birthDate: "\"1965-02\"")).Passed, Run(Case(birthDate: "\"02/1965\"")).Passed);

    [Fact]
    public void Run_BadRuleCode_NamesIt() =>
        DocumentAssert.FailsAt("$.expectedRuleCodes[0]", () => Run(Case(codes: """["not a code"]""")));

    [Fact]
    public void Run_MalformedJson_Throws() =>
        Assert.Throws<DocumentException>(() => Run("{ \"schemaVersion\": 1, \"kind\": "));

    private static string QuotaCaseWithParameters(string? parameters, string regulation = "\"party-eval-qd366\"")
    {
        string file = Path.Combine(CasesFolder, "evaluation", "qd366-quota-case-share-25-percent.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        node.Remove("parameters");
        node.Remove("regulation");
        if (parameters is not null)
        {
            node["parameters"] = System.Text.Json.Nodes.JsonNode.Parse(parameters);
        }

        if (regulation.Length > 0)
        {
            node["regulation"] = System.Text.Json.Nodes.JsonNode.Parse(regulation);
        }

        return node.ToJsonString();
    }

    // The shipped quota cases with their own parameters pass (Run_ShippedCaseFile_Passes); without them the same facts
    // give the national outcome, so the parameters are what those cases test.
    [Theory]
    [InlineData("qd366-quota-case-share-25-percent.json")]
    [InlineData("qd366-quota-case-denominator-before-allocation.json")]
    public void Run_CaseParameters_AreWhatTheCaseTests(string name)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(CasesFolder, "evaluation", name)))!.AsObject();
        Assert.True(CaseRunner.Run(node.ToJsonString(), name, ShippedRegulations.Catalog).Passed);
        node.Remove("parameters");
        CaseResult national = CaseRunner.Run(node.ToJsonString(), name, ShippedRegulations.Catalog);
        Assert.False(national.Passed);
        Assert.Contains(national.Failures, f => f.Contains("no finding cites tệp tình huống " + name, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_CaseParameters_NeedARegulationById() =>
        DocumentAssert.FailsAt("$.parameters", () => CaseRunner.Run(QuotaCaseWithParameters("""{ "quota.htxsShare": "25%" }""", regulation: ""), "inline", ShippedRegulations.Catalog));

    [Theory]
    [InlineData("""{ "quota.htxsShare": "250%" }""", "$.parameters['quota.htxsShare']")]
    [InlineData("""{ "quota.denominator": "sometimes" }""", "$.parameters['quota.denominator']")]
    [InlineData("""{ "no.such": 1 }""", "$.parameters['no.such']")]
    [InlineData("""{ "htt.minScore": 80, "htxs.minScore": 60 }""", "$.parameters['htxs.minScore']")]
    public void Run_CaseParameters_BadValue_NamesItsKey(string parameters, string path) =>
        DocumentAssert.FailsAt(path, () => CaseRunner.Run(QuotaCaseWithParameters(parameters), "inline", ShippedRegulations.Catalog));

    [Fact]
    public void Kinds_ListsRetirement() => Assert.Contains("retirement", CaseRunner.Kinds);

    [Fact]
    public void Run_WithLimits_RefusesACaseFileOverTheLimitAtTheRoot()
    {
        string json = Case();
        int bytes = System.Text.Encoding.UTF8.GetByteCount(json);
        var limits = new DocumentLimits { MaxBytes = bytes - 1 };
        DocumentException text = DocumentAssert.FailsAt("$", () => CaseRunner.Run(json, "inline", ShippedRegulations.Catalog, limits));
        Assert.Contains("larger than the limit", text.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        DocumentAssert.FailsAt("$", () => CaseRunner.Run(stream, "inline", ShippedRegulations.Catalog, limits));
    }

    [Fact]
    public void Run_WithLimits_AtTheLimit_RunsTheCase()
    {
        string json = Case();
        var limits = new DocumentLimits { MaxBytes = System.Text.Encoding.UTF8.GetByteCount(json) };
        Assert.True(CaseRunner.Run(json, "inline", ShippedRegulations.Catalog, limits).Passed);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.True(CaseRunner.Run(stream, "inline", ShippedRegulations.Catalog, limits).Passed);
    }

    [Fact]
    public void Run_Stream_NotUtf8_IsRefusedAtTheRoot()
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(Case());
        bytes[bytes.Length / 2] = 0xFF;
        using var stream = new MemoryStream(bytes);
        DocumentException e = DocumentAssert.FailsAt("$", () => CaseRunner.Run(stream, "inline", ShippedRegulations.Catalog, DocumentLimits.Default));
        Assert.Contains("not UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "retirementDate": "2201-01-01" }""", "$.expected.retirementDate")]
    [InlineData("""{ "retirementDate": "1899-12-31" }""", "$.expected.retirementDate")]
    [InlineData("""{ "reachedIn": "9999-12" }""", "$.expected.reachedIn")]
    public void Run_ExpectedDateOutsideTheRange_IsBadInputNotAFailedCase(string expected, string path) =>
        DocumentAssert.FailsAt(path, () => Run(Case(expected: expected)));

    [Theory]
    [InlineData("""{ "document": "NĐ 135/2020/NĐ-CP", "article": -1 }""", "$.expectedCitation.article")]
    [InlineData("""{ "document": "NĐ 135/2020/NĐ-CP", "article": 4, "clause": 0 }""", "$.expectedCitation.clause")]
    public void Run_ExpectedCitationNumberBelowOne_IsBadInputNotAFailedCase(string citation, string path)
    {
        DocumentException e = DocumentAssert.FailsAt(path, () => Run(Case(citation: citation)));
        Assert.Equal(DocumentErrorCodes.OutOfRange, e.Code);
    }
}
