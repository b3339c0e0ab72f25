using System;
using System.IO;
using System.Text;
using CadreRules.Rules;
using CadreRules.Documents;

namespace CadreRules.Tests.Documents;

/// <summary>
/// The exact wording of reading errors: System.Text.Json's messages rewritten in the document's terms
/// ("expected one of ...", "an integer", "unknown property 'x'."), the " (line N, byte M)" suffix and the paths of
/// nested elements (case facts, share overrides) under their base path.
/// </summary>
public class DocumentReaderMessageTests
{
    private const string Location = " (line 1, byte ";

    /// <summary>Reads <paramref name="json"/> with the loader of a document kind; the catalogue is written only, so it is read internally.</summary>
    private static void Read(string document, string json)
    {
        switch (document)
        {
            case "roster":
                _ = CadreDocuments.ReadRoster(json);
                break;
            case "verdict":
                _ = CadreDocuments.ReadVerdict(json);
                break;
            case "evaluations":
                _ = CadreDocuments.ReadEvaluations(json);
                break;
            case "planning":
                _ = CadreDocuments.ReadPlanningList(json);
                break;
            case "rotation":
                _ = CadreDocuments.ReadRotationRequests(json);
                break;
            case "appointment":
                _ = CadreDocuments.ReadAppointmentRequests(json);
                break;
            case "catalog":
                _ = DocumentReader.Parse(json, CadreJsonContext.Default.CatalogJson);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(document), document, null);
        }
    }

    /// <summary>Asserts the path and the message up to the location suffix, which must follow it.</summary>
    private static void FailsWith(string path, string message, Action read)
    {
        DocumentException e = DocumentAssert.FailsAt(path, read);
        Assert.StartsWith(path + ": " + message + Location, e.Message, StringComparison.Ordinal);
    }

    /// <summary>A nested element (a share, a case's facts) is read on its own: its errors carry the path and no location.</summary>
    private static void FailsNestedWith(string path, string message, Action read) =>
        Assert.Equal(path + ": " + message, DocumentAssert.FailsAt(path, read).Message);

    // One line, so that every location is on line 1.
    private const string VariantHead =
        """{ "schemaVersion": 1, "id": "ser-test-local", "baseId": "ser-test", "title": { "vi": "Biến thể", "en": "Variant" }, "citation": { "document": { "number": "N", "issuer": "I", "signedOn": "2024-03-01" } }, "effective": { "start": "2025-01-01" }, "overrides": """;

    private static string VariantWith(string overrides) => VariantHead + overrides + " }";

    private static LocalVariant ReadVariant(string json) => CadreDocuments.ReadVariant(json, SerializationTestRegulation.Catalog);

    // ---- enums: "expected one of ..." in camelCase, declaration order --------------------------

    [Theory]
    [InlineData("roster", """{ "cadres": [ { "sex": "x" } ] }""", "$.cadres[0].sex", "one of male, female")]
    [InlineData("roster", """{ "cadres": [ { "positions": [ { "level": "x" } ] } ] }""", "$.cadres[0].positions[0].level", "one of central, provincial, district, commune, grassroots")]
    [InlineData("roster", """{ "cadres": [ { "discipline": [ { "form": "x" } ] } ] }""", "$.cadres[0].discipline[0].form", "one of reprimand, warning, salaryStepReduction, demotion, dismissal, forcedResignation, expulsion")]
    [InlineData("roster", """{ "cadres": [ { "discipline": [ { "track": "x" } ] } ] }""", "$.cadres[0].discipline[0].track", "one of party, administrative")]
    [InlineData("roster", """{ "cadres": [ { "evaluations": [ { "track": "x" } ] } ] }""", "$.cadres[0].evaluations[0].track", "one of party, state")]
    [InlineData("verdict", """{ "explanation": { "status": "x" } }""", "$.explanation.status", "one of notApplicable, satisfied, notSatisfied")]
    [InlineData("verdict", """{ "explanation": { "severity": "x" } }""", "$.explanation.severity", "one of violation, targetNotMet, advisory")]
    [InlineData("verdict", """{ "regulation": { "topic": "x" } }""", "$.regulation.topic", "one of evaluation, planning, rotation, positionChange, appointment, retirement, titleStandards, movement, structureTargets")]
    [InlineData("verdict", """{ "regulation": { "scopes": [ { "subjectKind": "x" } ] } }""", "$.regulation.scopes[0].subjectKind", "one of partyMember, partyOrganisation, civilServant, publicEmployee, agency, cadre")]
    [InlineData("catalog", """{ "regulations": [ { "parameters": [ { "kind": "x" } ] } ] }""", "$.regulations[0].parameters[0].kind", "one of integer, share, boolean, choice")]
    [InlineData("catalog", """{ "regulations": [ { "parameters": [ { "confidence": "x" } ] } ] }""", "$.regulations[0].parameters[0].confidence", "one of confirmed, news, unconfirmed")]
    [InlineData("evaluations", """{ "people": [ { "role": "x" } ] }""", "$.people[0].role", "one of nonLeader, leader, collective")]
    [InlineData("evaluations", """{ "people": [ { "grades": { "general": "x" } } ] }""", "$.people[0].grades.general", "one of excellent, good, average, poor")]
    [InlineData("planning", """{ "entries": [ { "tier": "x" } ] }""", "$.entries[0].tier", "one of oneLevelUp, twoLevelsUp")]
    [InlineData("planning", """{ "titles": [ { "kind": "x" } ] }""", "$.titles[0].kind", "one of leadership, committeeMembership")]
    [InlineData("rotation", """{ "requests": [ { "comparison": "x" } ] }""", "$.requests[0].comparison", "one of lower, equivalent, higher")]
    [InlineData("rotation", """{ "requests": [ { "purpose": "x" } ] }""", "$.requests[0].purpose", "one of training, nonLocalPolicy, twoTermLimit")]
    [InlineData("appointment", """{ "requests": [ { "kind": "x" } ] }""", "$.requests[0].kind", "one of first, higher, equivalentOrLower")]
    public void Read_UnknownEnumName_ListsTheNames(string document, string json, string path, string expected) =>
        FailsWith(path, "expected " + expected + ".", () => Read(document, json));

    [Theory]
    [InlineData("roster", """{ "cadres": [ { "sex": 1 } ] }""", "$.cadres[0].sex", "one of male, female")]
    [InlineData("roster", """{ "cadres": [ { "positions": [ { "level": 0 } ] } ] }""", "$.cadres[0].positions[0].level", "one of central, provincial, district, commune, grassroots")]
    [InlineData("planning", """{ "entries": [ { "tier": 1 } ] }""", "$.entries[0].tier", "one of oneLevelUp, twoLevelsUp")]
    public void Read_EnumAsInteger_IsRejected(string document, string json, string path, string expected) =>
        FailsWith(path, "expected " + expected + ".", () => Read(document, json));

    // ---- other value types -------------------------------------------------------------------

    [Theory]
    [InlineData("roster", """{ "schemaVersion": "1" }""", "$.schemaVersion", "an integer")]
    [InlineData("roster", """{ "cadres": [ { "evaluations": [ { "year": 2024.5 } ] } ] }""", "$.cadres[0].evaluations[0].year", "an integer")]
    [InlineData("evaluations", """{ "people": [ { "score": { "general": "high" } } ] }""", "$.people[0].score.general", "a number")]
    [InlineData("roster", """{ "cadres": [ { "ethnicMinority": 1 } ] }""", "$.cadres[0].ethnicMinority", "true or false")]
    [InlineData("roster", """{ "cadres": [ { "id": 7 } ] }""", "$.cadres[0].id", "a string")]
    [InlineData("roster", """{ "cadres": { } }""", "$.cadres", "an array")]
    [InlineData("roster", """{ "cadres": [ [ ] ] }""", "$.cadres[0]", "an object")]
    [InlineData("roster", "[ ]", "$", "an object")]
    [InlineData("catalog", """{ "regulations": [ { "rules": "x" } ] }""", "$.regulations[0].rules", "an array")]
    public void Read_WrongValueType_NamesTheExpectedType(string document, string json, string path, string expected) =>
        FailsWith(path, "expected " + expected + ".", () => Read(document, json));

    [Fact]
    public void ReadVariant_OverridesNotAnObject_ExpectsAnObject() =>
        FailsWith("$.overrides", "expected an object.", () => ReadVariant(VariantWith("[ ]")));

    [Fact]
    public void ReadVariant_ShareNumeratorAsText_ExpectsAnInteger() =>
        FailsNestedWith("$.overrides.quota.numerator", "expected an integer.", () => ReadVariant(VariantWith("""{ "quota": { "numerator": "1", "denominator": 5 } }""")));

    // A level has more forms than its names (HTXS, HTT, HTNV, KHT, the words): the message lists them.
    [Fact]
    public void ReadRoster_UnknownLevel_ListsTheForms() =>
        FailsWith("$.cadres[0].evaluations[0].level", "'x' is not understood; expected a level: HTXS, HTT, HTNV, KHT (or excellent, good, complete, notComplete).",
            () => CadreDocuments.ReadRoster("""{ "cadres": [ { "evaluations": [ { "level": "x" } ] } ] }"""));

    // Dates are read as dd/MM/yyyy or yyyy-MM-dd (InputValues); anything else names both forms and the text given.
    [Theory]
    [InlineData("""{ "cadres": [ { "partyAdmittedOn": "2024-02-30" } ] }""", "$.cadres[0].partyAdmittedOn", "2024-02-30")]
    [InlineData("""{ "cadres": [ { "partyAdmittedOn": "30/02/2024" } ] }""", "$.cadres[0].partyAdmittedOn", "30/02/2024")]
    [InlineData("""{ "cadres": [ { "partyAdmittedOn": 20240201 } ] }""", "$.cadres[0].partyAdmittedOn", "20240201")]
    public void ReadRoster_BadDate_NamesTheAcceptedForms(string json, string path, string given) =>
        FailsWith(path, $"'{given}' is not understood; expected a date as dd/MM/yyyy (01/01/2026) or yyyy-MM-dd (2026-01-01).", () => CadreDocuments.ReadRoster(json));

    [Theory]
    [InlineData("""{ "ageReferenceMonth": "2024-13" }""", "2024-13")]
    [InlineData("""{ "ageReferenceMonth": "2024-05-01" }""", "2024-05-01")]
    [InlineData("""{ "ageReferenceMonth": 202405 }""", "202405")]
    public void ReadPlanningList_BadMonth_NamesTheAcceptedForms(string json, string given) =>
        FailsWith("$.ageReferenceMonth", $"'{given}' is not understood; expected a month as MM/yyyy (08/2026) or yyyy-MM (2026-08).", () => CadreDocuments.ReadPlanningList(json));

    // ---- unknown properties and other System.Text.Json messages ------------------------------

    [Fact]
    public void ReadRoster_UnknownProperty_IsNamedAlone() =>
        Assert.Equal(
            "$.cadres[0].nmae: unknown property 'nmae'. (line 1, byte 24)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("""{ "cadres": [ { "nmae": "x" } ] }""")).Message);

    [Fact]
    public void ReadRoster_UnknownPropertyAtTheRoot_IsNamedAlone() =>
        Assert.Equal(
            "$.cadre: unknown property 'cadre'. (line 1, byte 11)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("""{ "cadre": [ ] }""")).Message);

    [Fact]
    public void ReadRoster_MalformedJson_KeepsTheReaderMessageWithoutItsPathSuffix()
    {
        DocumentException e = DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster("nope"));
        Assert.StartsWith("$: 'nope' is an invalid JSON literal.", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(". (line 1, byte 2)", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    // ---- the location suffix: one-based line and byte ----------------------------------------

    [Fact]
    public void ReadRoster_OneLine_GivesOneBasedLineAndByte() =>
        Assert.Equal(
            "$.cadres[0].sex: expected one of male, female. (line 1, byte 22)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("""{"cadres":[{"sex":"x"}]}""")).Message);

    [Fact]
    public void ReadRoster_SeveralLines_GivesTheLineOfTheValue() =>
        Assert.Equal(
            "$.cadres[0].sex: expected one of male, female. (line 3, byte 17)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("{\n  \"cadres\": [\n    { \"sex\": \"x\" }\n  ]\n}")).Message);

    // ---- streams -----------------------------------------------------------------------------

    [Fact]
    public void ReadRoster_StreamHoldingNull_NamesTheRoot() =>
        Assert.Equal(
            "$: the document is null.",
            DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster(new MemoryStream(Encoding.UTF8.GetBytes("null")))).Message);

    [Fact]
    public void ReadRoster_StreamWithAWrongValue_GivesTheSameMessageAsText()
    {
        const string json = """{"cadres":[{"sex":"x"}]}""";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(
            "$.cadres[0].sex: expected one of male, female. (line 1, byte 22)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster(stream)).Message);
    }

    // ---- nested elements: paths under the base path ------------------------------------------

    [Fact]
    public void ReadVariant_UnknownPropertyInAShare_IsNamedUnderTheOverride() =>
        Assert.Equal(
            "$.overrides.quota.percent: unknown property 'percent'.",
            DocumentAssert.FailsAt("$.overrides.quota.percent", () => ReadVariant(VariantWith("""{ "quota": { "percent": 20 } }"""))).Message);

    [Fact]
    public void ReadVariant_ErrorInAShareOnALaterLine_GivesNoLocationCountedFromTheShare()
    {
        // A share is read as an element of its own; the reader would count "line 1" from the share's first byte.
        string json = VariantWith("""{ "quota": { "percent": 20 } }""").Replace("\"overrides\"", "\n\n\"overrides\"", StringComparison.Ordinal);
        Assert.Contains('\n', json);
        Assert.Equal(
            "$.overrides.quota.percent: unknown property 'percent'.",
            DocumentAssert.FailsAt("$.overrides.quota.percent", () => ReadVariant(json)).Message);
    }

    [Fact]
    public void ReadRoster_UnknownPropertyWithAQuoteInItsName_IsNamedWhole() =>
        Assert.Equal(
            "$.cadres[0]['a'b']: unknown property 'a'b'. (line 1, byte 23)",
            Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("""{ "cadres": [ { "a'b": "x" } ] }""")).Message);

    private static string RetirementCase(string facts) =>
        $$"""
        { "schemaVersion": 1, "kind": "retirement", "name": "n", "regulation": "in force on 2021-08-01",
          "facts": {{facts}}, "expected": { "monthsLeft": 60 } }
        """;

    private static CaseResult RunCase(string json) => CaseRunner.Run(json, "inline", ShippedRegulations.Catalog);

    [Fact]
    public void RunCase_WrongValueInTheFacts_IsNamedUnderFacts() =>
        FailsNestedWith("$.facts.cadre.sex", "expected one of male, female.", () => RunCase(RetirementCase("""{ "cadre": { "id": "X", "sex": "man", "birthDate": "1965-02" } }""")));

    [Theory]
    [InlineData("[ ]", "an array")]
    [InlineData("\"cadre\"", "a string")]
    [InlineData("3", "a number")]
    [InlineData("true", "a boolean")]
    public void RunCase_FactsNotAnObject_SaysWhatWasFound(string facts, string found) =>
        Assert.Equal(
            "$.facts: expected an object, found " + found + ".",
            DocumentAssert.FailsAt("$.facts", () => RunCase(RetirementCase(facts))).Message);

    [Fact]
    public void ParseElement_NoElement_FindsNothing() =>
        Assert.Equal(
            "$.facts: expected an object, found nothing.",
            Assert.Throws<DocumentException>(() => DocumentReader.ParseElement(default, CadreJsonContext.Default.ShareJson, "$.facts")).Message);

    // ---- parameter values: what was found ----------------------------------------------------

    [Theory]
    [InlineData("{ }", "expected an integer, found an object ({ }).")]
    [InlineData("[ 85 ]", "expected an integer, found an array ([ 85 ]).")]
    [InlineData("\"85\"", "expected an integer, found a string (\"85\").")]
    [InlineData("85.5", "expected an integer, found a number (85.5).")]
    [InlineData("true", "expected an integer, found a boolean (true).")]
    [InlineData("false", "expected an integer, found a boolean (false).")]
    [InlineData("null", "expected an integer, found null (null).")]
    public void ReadVariant_IntegerOfTheWrongKind_SaysWhatWasFound(string value, string message) =>
        Assert.Equal(
            "$.overrides.minScore: " + message,
            DocumentAssert.FailsAt("$.overrides.minScore", () => ReadVariant(VariantWith($$"""{ "minScore": {{value}} }"""))).Message);
}
