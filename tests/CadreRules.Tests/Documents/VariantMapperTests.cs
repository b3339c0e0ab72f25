using System;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>Reading local variants: the schema version, identifier paths and messages, the order overrides are checked in.</summary>
public class VariantMapperTests
{
    private static string Variant(
        string overrides = "{}",
        string schemaVersion = "1",
        string id = "\"ser-test-local\"",
        string baseId = "\"ser-test\"",
        string title = """{ "vi": "Biến thể", "en": "Variant" }""") =>
        $$"""
        { "schemaVersion": {{schemaVersion}}, "id": {{id}}, "baseId": {{baseId}}, "title": {{title}},
          "citation": { "document": { "number": "N", "issuer": "I", "signedOn": "2024-03-01" } },
          "effective": { "start": "2025-01-01" }, "overrides": {{overrides}} }
        """;

    private static string Fails(string path, string json) =>
        DocumentAssert.FailsAt(path, () => CadreDocuments.ReadVariant(json, SerializationTestRegulation.Catalog)).Message;

    [Fact]
    public void ReadVariant_OtherSchemaVersion_IsRejected() =>
        Assert.Equal(
            "$.schemaVersion: schema version 2 is not supported; this library reads version 1.",
            Fails("$.schemaVersion", Variant(schemaVersion: "2")));

    [Theory]
    [InlineData("$.id", "null")]
    [InlineData("$.id", "\" \"")]
    [InlineData("$.baseId", "null")]
    public void ReadVariant_MissingIdentifier_NamesIt(string path, string value) =>
        Assert.Equal(
            path + ": required field is missing.",
            Fails(path, path == "$.id" ? Variant(id: value) : Variant(baseId: value)));

    [Fact]
    public void ReadVariant_InvalidId_NamesIt() =>
        Assert.StartsWith("$.id: ", Fails("$.id", Variant(id: "\"local variant!\"")), StringComparison.Ordinal);

    [Fact]
    public void ReadVariant_InvalidBaseId_NamesIt() =>
        Assert.StartsWith("$.baseId: ", Fails("$.baseId", Variant(baseId: "\"ser test\"")), StringComparison.Ordinal);

    [Fact]
    public void ReadVariant_DerivingFromItself_NamesTheId() =>
        Assert.Contains("'ser-test' cannot derive from itself", Fails("$.id", Variant(id: "\"ser-test\"")), StringComparison.Ordinal);

    [Fact]
    public void ReadVariant_MissingVietnameseTitle_NamesIt() =>
        Assert.Equal("$.title.vi: required field is missing.", Fails("$.title.vi", Variant(title: """{ "en": "Variant" }""")));

    [Fact]
    public void ReadVariant_MissingEnglishTitle_NamesIt() =>
        Assert.Equal("$.title.en: required field is missing.", Fails("$.title.en", Variant(title: """{ "vi": "Biến thể" }""")));

    [Theory]
    [InlineData("""{ "zeta": 1, "alpha": 2 }""", "$.overrides.alpha")]
    [InlineData("""{ "alpha": 2, "zeta": 1 }""", "$.overrides.alpha")]
    [InlineData("""{ "minScore": 101, "countsMonths": 1 }""", "$.overrides.countsMonths")]
    public void ReadVariant_SeveralBadOverrides_ReportsTheFirstInOrdinalKeyOrder(string overrides, string path) =>
        _ = Fails(path, Variant(overrides));
}
