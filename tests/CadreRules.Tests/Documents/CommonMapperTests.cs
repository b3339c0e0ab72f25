using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>The shared pieces of the documents (citations, periods, shares, typed parameter values, regulation references):
/// each bad input is reported at its exact JSON path with its message.</summary>
public class CommonMapperTests
{
    private const string Document = """{ "number": "QĐ 12-QĐ/TU", "issuer": "Tỉnh ủy", "signedOn": "2024-03-01" }""";

    private const string Variant = $$"""
        { "schemaVersion": 1, "id": "ser-test-local", "baseId": "ser-test", "title": { "vi": "Biến thể", "en": "Variant" },
          "citation": { "document": {{Document}}, "article": 2 }, "effective": { "start": "2025-01-01" }, "overrides": {} }
        """;

    private const string Verdict = $$"""
        { "schemaVersion": 1, "outcome": "x",
          "regulation": { "id": "ser-test", "title": { "vi": "v", "en": "e" }, "topic": "evaluation",
            "citation": { "document": {{Document}}, "article": 3 },
            "scopes": [ { "subjectKind": "partyMember", "effective": { "start": "2020-01-01" } } ] },
          "explanation": { "code": "A", "status": "satisfied", "severity": "advisory", "template": { "vi": "v", "en": "e" } } }
        """;

    private static LocalVariant ReadVariant(string path, string? value) =>
        CadreDocuments.ReadVariant(DocumentEdit.Set(Variant, path, value), SerializationTestRegulation.Catalog);

    private static void FailsWith(string path, string message, System.Action read) =>
        Assert.Equal(path + ": " + message, DocumentAssert.FailsAt(path, read).Message);

    [Fact]
    public void Documents_AsWritten_AreValid()
    {
        Assert.Equal(new LegalDocument("QĐ 12-QĐ/TU", "Tỉnh ủy", new NodaTime.LocalDate(2024, 3, 1)).Article(2), CadreDocuments.ReadVariant(Variant, SerializationTestRegulation.Catalog).Citation);
        Assert.Equal("ser-test", CadreDocuments.ReadVerdict(Verdict).Regulation!.Id.Value);
    }

    // ---- citations and periods (read through a local variant) ----------------------------------

    [Theory]
    [InlineData("citation.document", null, "$.citation.document", "required field is missing.")]
    [InlineData("citation.document", """{ "issuer": "I", "signedOn": "2024-01-01" }""", "$.citation.document.number", "required field is missing.")]
    [InlineData("citation.document", """{ "number": "N", "issuer": " ", "signedOn": "2024-01-01" }""", "$.citation.document.issuer", "required field is missing.")]
    [InlineData("citation.document", """{ "number": "N", "issuer": "I" }""", "$.citation.document.signedOn", "required field is missing.")]
    [InlineData("citation", $$"""{ "document": {{Document}}, "clause": 2 }""", "$.citation.article", "'clause' is given, so 'article' is needed too.")]
    [InlineData("citation", $$"""{ "document": {{Document}}, "point": "a" }""", "$.citation.article", "'point' is given, so 'article' is needed too.")]
    [InlineData("citation", $$"""{ "document": {{Document}}, "clause": 2, "point": "a" }""", "$.citation.article", "'clause' is given, so 'article' is needed too.")]
    [InlineData("citation", $$"""{ "document": {{Document}}, "section": "7.5", "point": "a" }""", "$.citation.section", "give exactly one of section, article.")]
    [InlineData("effective", """{ "end": "2026-01-01" }""", "$.effective.start", "required field is missing.")]
    public void ReadVariant_BadCitationOrPeriod_NamesThePathAndWhy(string edit, string? value, string path, string message) =>
        FailsWith(path, message, () => ReadVariant(edit, value));

    [Fact]
    public void ReadVariant_BlankSection_NamesTheSection() =>
        DocumentAssert.FailsAt("$.citation.section", () => ReadVariant("citation", $$"""{ "document": {{Document}}, "section": " " }"""));

    [Fact]
    public void ReadVariant_SectionOrWholeDocument_IsCitedSo()
    {
        Assert.Equal("7.5", ReadVariant("citation", $$"""{ "document": {{Document}}, "section": "7.5" }""").Citation.Section);
        Citation whole = ReadVariant("citation", $$"""{ "document": {{Document}} }""").Citation;
        Assert.Null(whole.ArticleNumber);
        Assert.Null(whole.Section);
    }

    // ---- shares and typed parameter values ----------------------------------------------------

    [Theory]
    [InlineData("""{ "denominator": 5 }""", "$.overrides.quota.numerator", "required field is missing.")]
    [InlineData("""{ "numerator": 1 }""", "$.overrides.quota.denominator", "required field is missing.")]
    [InlineData("""{ "numerator": -1, "denominator": 5 }""", "$.overrides.quota.numerator", "a share's numerator is 0 or more.")]
    [InlineData("""{ "numerator": 1, "denominator": 0 }""", "$.overrides.quota.denominator", "a share's denominator is 1 or more.")]
    public void ReadVariant_BadShare_NamesTheFieldAndWhy(string share, string path, string message) =>
        FailsWith(path, message, () => ReadVariant("overrides", $$"""{ "quota": {{share}} }"""));

    [Fact]
    public void ReadVariant_ZeroNumerator_IsTheZeroShare() =>
        Assert.Equal(Share.Zero, ReadVariant("overrides", """{ "quota": { "numerator": 0, "denominator": 5 } }""").Overrides["quota"].Share);

    [Theory]
    [InlineData("minScore", "\"85\"", "expected an integer, found a string (\"85\").")]
    [InlineData("minScore", "85.5", "expected an integer, found a number (85.5).")]
    [InlineData("quota", "[1,5]", "'[1,5]' is not understood; expected a share as 25%, 25.5%, 0.25 (from 0 to 1) or a fraction 1/4.")]
    [InlineData("quota", "\"20 percent\"", "'20 percent' is not understood; expected a share as 25%, 25.5%, 0.25 (from 0 to 1) or a fraction 1/4.")]
    [InlineData("quota", "20", "'20' is not understood; expected a share as 25%, 25.5%, 0.25 (from 0 to 1) or a fraction 1/4.")]
    [InlineData("countsMonths", "1", "expected a boolean, found a number (1).")]
    [InlineData("countsMonths", "\"maybe\"", "expected a boolean, found a string (\"maybe\").")]
    [InlineData("mode", "3", "expected a choice (a non-empty string), found a number (3).")]
    [InlineData("mode", "\" \"", "' ' is not understood; expected one of Strict, Lenient.")]
    [InlineData("mode", "null", "expected a choice (a non-empty string), found null (null).")]
    public void ReadVariant_ValueOfWrongType_SaysWhatWasExpectedAndFound(string key, string value, string message) =>
        FailsWith("$.overrides." + key, message, () => ReadVariant("overrides", $$"""{ "{{key}}": {{value}} }"""));

    // Forgiving values: a share as a person writes it, a boolean's words, a choice in any case or by its word.
    [Theory]
    [InlineData("quota", "\"20%\"", "1/5")]
    [InlineData("quota", "\"25,5%\"", "51/200")]
    [InlineData("quota", "0.25", "1/4")]
    [InlineData("quota", "\"0,25\"", "1/4")]
    [InlineData("quota", "\"3/10\"", "3/10")]
    [InlineData("countsMonths", "\"true\"", "true")]
    [InlineData("countsMonths", "\"không\"", "false")]
    [InlineData("mode", "\"strict\"", "Strict")]
    [InlineData("mode", "\"LENIENT\"", "Lenient")]
    public void ReadVariant_ForgivingForms_AreReadAsTheCanonicalValue(string key, string value, string canonical) =>
        Assert.Equal(canonical, ReadVariant("overrides", $$"""{ "{{key}}": {{value}} }""").Overrides[key].ToString());

    // ---- regulation references (read through a verdict) ---------------------------------------

    [Theory]
    [InlineData("regulation.id", null, "$.regulation.id")]
    [InlineData("regulation.id", "\"no spaces allowed\"", "$.regulation.id")]
    [InlineData("regulation.title", null, "$.regulation.title")]
    [InlineData("regulation.title.en", null, "$.regulation.title.en")]
    [InlineData("regulation.topic", null, "$.regulation.topic")]
    [InlineData("regulation.citation", null, "$.regulation.citation")]
    [InlineData("regulation.citation.document.signedOn", null, "$.regulation.citation.document.signedOn")]
    [InlineData("regulation.scopes", null, "$.regulation.scopes")]
    [InlineData("regulation.scopes", "[]", "$.regulation.scopes")]
    [InlineData("regulation.scopes.0", "null", "$.regulation.scopes[0]")]
    [InlineData("regulation.scopes.0.subjectKind", null, "$.regulation.scopes[0].subjectKind")]
    [InlineData("regulation.scopes.0.effective", null, "$.regulation.scopes[0].effective")]
    [InlineData("regulation.scopes.0.effective.start", null, "$.regulation.scopes[0].effective.start")]
    [InlineData("regulation.derivedFrom", "\"not an id\"", "$.regulation.derivedFrom")]
    public void ReadVerdict_BadRegulation_NamesThePath(string edit, string? value, string path) =>
        DocumentAssert.FailsAt(path, () => CadreDocuments.ReadVerdict(DocumentEdit.Set(Verdict, edit, value)));

    [Fact]
    public void ReadVerdict_RegulationWithoutScopes_SaysOneIsNeeded() =>
        Assert.StartsWith(
            "$.regulation.scopes: A regulation applies to at least one kind of subject.",
            DocumentAssert.FailsAt("$.regulation.scopes", () => CadreDocuments.ReadVerdict(DocumentEdit.Set(Verdict, "regulation.scopes", "[]"))).Message,
            System.StringComparison.Ordinal);

    [Fact]
    public void ReadVerdict_DerivedFrom_IsRead() =>
        Assert.Equal(new RegulationId("ser-test"), CadreDocuments.ReadVerdict(DocumentEdit.Set(Verdict, "regulation.derivedFrom", "\"ser-test\"")).Regulation!.DerivedFrom);
}
