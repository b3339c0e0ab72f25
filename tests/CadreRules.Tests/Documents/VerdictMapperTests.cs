using System;
using System.Collections.Immutable;
using System.Text.Json;
using CadreRules.Rules;
using CadreRules.Documents;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The verdict reader (path and message of each bad-input branch) and writer (language code, omitted lists).</summary>
public class VerdictMapperTests
{
    private const string Valid = """
        { "schemaVersion": 1, "language": "en", "outcome": "x",
          "explanation": { "code": "A", "status": "satisfied", "severity": "advisory", "template": { "vi": "v", "en": "e" },
            "values": [ { "name": "n", "type": "month", "value": "2024-07" } ],
            "children": [ { "code": "B", "status": "notSatisfied", "severity": "violation", "template": { "vi": "v", "en": "e" } } ] } }
        """;

    private static string Edit(string old, string replacement)
    {
        Assert.Contains(old, Valid, StringComparison.Ordinal);
        return Valid.Replace(old, replacement, StringComparison.Ordinal);
    }

    private static void ReadFails(string json, string path, string message) =>
        Assert.Equal(path + ": " + message, DocumentAssert.FailsAt(path, () => CadreDocuments.ReadVerdict(json)).Message);

    [Fact]
    public void Valid_Reads()
    {
        Verdict<string> verdict = CadreDocuments.ReadVerdict(Valid);
        Assert.Equal("x", verdict.Outcome);
        Assert.Equal(FactValue.Of("n", new YearMonth(2024, 7)), Assert.Single(verdict.Explanation.Values));
    }

    [Theory]
    [InlineData("\"schemaVersion\": 1, ", "$.schemaVersion")]
    [InlineData("\"outcome\": \"x\",", "$.outcome")]
    [InlineData("\"code\": \"A\", ", "$.explanation.code")]
    [InlineData("\"status\": \"satisfied\", ", "$.explanation.status")]
    [InlineData("\"severity\": \"advisory\", ", "$.explanation.severity")]
    [InlineData("\"template\": { \"vi\": \"v\", \"en\": \"e\" },", "$.explanation.template")]
    [InlineData("\"name\": \"n\", ", "$.explanation.values[0].name")]
    [InlineData("\"type\": \"month\", ", "$.explanation.values[0].type")]
    [InlineData(", \"value\": \"2024-07\"", "$.explanation.values[0].value")]
    public void MissingField_NamesItsPath(string old, string path) =>
        ReadFails(Edit(old, string.Empty), path, "required field is missing.");

    [Fact]
    public void NullChild_NamesIt() =>
        ReadFails(Edit("\"children\": [ {", "\"children\": [ null, {"), "$.explanation.children[0]", "required field is missing.");

    [Fact]
    public void BadRuleCode_NamesTheCode() =>
        Assert.Contains("'A B'", DocumentAssert.FailsAt("$.explanation.code", () => CadreDocuments.ReadVerdict(Edit("\"code\": \"A\"", "\"code\": \"A B\""))).Message, StringComparison.Ordinal);

    [Fact]
    public void CitationWithoutDocument_NamesIt() =>
        ReadFails(Edit("\"severity\": \"advisory\", ", "\"severity\": \"advisory\", \"citation\": { \"article\": 2 }, "), "$.explanation.citation.document", "required field is missing.");

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-7")]
    [InlineData("2024-07-01")]
    public void MonthValueNotIso_NamesTheValue(string month) =>
        ReadFails(Edit("\"2024-07\"", "\"" + month + "\""), "$.explanation.values[0].value", $"'{month}' is not understood; expected an ISO month, yyyy-MM (2026-01).");

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void KnownLanguage_Reads(string language) =>
        Assert.Equal("x", CadreDocuments.ReadVerdict(Edit("\"language\": \"en\"", "\"language\": \"" + language + "\"")).Outcome);

    [Fact]
    public void UnknownLanguage_NamesIt() =>
        ReadFails(Edit("\"language\": \"en\"", "\"language\": \"fr\""), "$.language", "'fr' is not understood; expected one of vi, en.");

    [Theory]
    [InlineData(Language.Vietnamese, "vi")]
    [InlineData(Language.English, "en")]
    public void Write_LanguageCode(Language language, string code)
    {
        var finding = new Finding(new RuleCode("A"), new LocalizedText("v", "e"), null, FindingStatus.Satisfied, Severity.Advisory, [], []);
        using JsonDocument verdict = JsonDocument.Parse(CadreDocuments.WriteVerdict(new Verdict<int>(1, finding, null), language));
        Assert.Equal(code, verdict.RootElement.GetProperty("language").GetString());
        using JsonDocument report = JsonDocument.Parse(CadreDocuments.WriteRetirementReport([], new LocalDate(2025, 1, 1), language));
        Assert.Equal(code, report.RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public void Write_ValuesAndChildren_WrittenOnlyWhenThereAreSome()
    {
        var leaf = new Finding(new RuleCode("B"), new LocalizedText("v", "e"), null, FindingStatus.NotSatisfied, Severity.Violation, [], []);
        var root = new Finding(new RuleCode("A"), new LocalizedText("v", "e"), null, FindingStatus.Satisfied, Severity.Advisory,
            ImmutableArray.Create(FactValue.Of("n", 3L)), ImmutableArray.Create(leaf));
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteVerdict(new Verdict<int>(1, root, null), Language.English));
        JsonElement explanation = document.RootElement.GetProperty("explanation");
        Assert.Equal(3, Assert.Single(explanation.GetProperty("values").EnumerateArray()).GetProperty("value").GetInt64());
        JsonElement child = Assert.Single(explanation.GetProperty("children").EnumerateArray());
        Assert.Equal("B", child.GetProperty("code").GetString());
        Assert.False(child.TryGetProperty("values", out _));
        Assert.False(child.TryGetProperty("children", out _));
    }
}
