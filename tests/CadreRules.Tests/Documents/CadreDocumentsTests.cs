using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Documents;

public class CadreDocumentsTests
{
    private const string ValidCadre = """{ "id": "A", "sex": "male", "birthDate": "1961-01-15" }""";

    private static string RosterWith(params string[] cadres) =>
        "{ \"schemaVersion\": 1, \"cadres\": [" + string.Join(",", cadres) + "] }";

    // ---- round trips -------------------------------------------------------------------------

    [Property(MaxTest = 200)]
    public Property Roster_RoundTrip_IsIdentity() =>
        Prop.ForAll(Arbitraries.Rosters().ToArbitrary(), roster => CadreDocuments.ReadRoster(CadreDocuments.WriteRoster(roster)).Equals(roster));

    [Property(MaxTest = 200)]
    public Property Variant_RoundTrip_IsIdentity() =>
        Prop.ForAll(Arbitraries.Variants().ToArbitrary(), variant =>
            CadreDocuments.ReadVariant(CadreDocuments.WriteVariant(variant), SerializationTestRegulation.Catalog).Equals(variant));

    [Property(MaxTest = 200)]
    public Property Verdict_RoundTrip_IsIdentity() =>
        Prop.ForAll(Arbitraries.Verdicts().ToArbitrary(), verdict =>
            DocumentAssert.SameVerdict(CadreDocuments.ReadVerdict(CadreDocuments.WriteVerdict(verdict, Language.Vietnamese)), verdict));

    [Property(MaxTest = 100)]
    public Property Roster_WriteReadWrite_IsStable() =>
        Prop.ForAll(Arbitraries.Rosters().ToArbitrary(), roster =>
        {
            string once = CadreDocuments.WriteRoster(roster);
            return CadreDocuments.WriteRoster(CadreDocuments.ReadRoster(once)) == once;
        });

    [Fact]
    public void ReadRoster_Stream_ReadsTheSameAsText()
    {
        string json = RosterWith(ValidCadre, """{ "id": "B", "sex": "female", "birthDate": "1970-05" }""");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(CadreDocuments.ReadRoster(json), CadreDocuments.ReadRoster(stream));
    }

    // ---- wire format -------------------------------------------------------------------------

    [Fact]
    public void WriteRoster_ThreePrecisions_WritesIsoFormsAndCamelCaseEnums()
    {
        var roster = new Roster(
        [
            new Cadre("A", Sex.Male, BirthDate.Of(1961, 1, 15), evaluations: [new EvaluationRecord(2024, EvaluationTrack.Party, EvaluationLevel.NotComplete)]),
            new Cadre("B", Sex.Female, BirthDate.OfMonth(1970, 5)),
            new Cadre("C", Sex.Male, BirthDate.OfYear(1980)),
        ]);
        string json = CadreDocuments.WriteRoster(roster);
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement cadres = document.RootElement.GetProperty("cadres");
        Assert.Equal(1, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("1961-01-15", cadres[0].GetProperty("birthDate").GetString());
        Assert.Equal("1970-05", cadres[1].GetProperty("birthDate").GetString());
        Assert.Equal("1980", cadres[2].GetProperty("birthDate").GetString());
        Assert.Equal("notComplete", cadres[0].GetProperty("evaluations")[0].GetProperty("level").GetString());
        Assert.Equal("female", cadres[1].GetProperty("sex").GetString());
        Assert.DoesNotContain("\r", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRoster_VietnameseText_IsNotEscaped()
    {
        string json = CadreDocuments.WriteRoster(new Roster([new Cadre("A", Sex.Male, BirthDate.OfYear(1980), name: "Nguyễn Văn Đức")], "Đảng bộ xã <Thử>"));
        Assert.Contains("\"Nguyễn Văn Đức\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRoster_BirthDatePrecision_FollowsTheForm()
    {
        Roster roster = CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961-01-15" }""",
            """{ "id": "B", "sex": "male", "birthDate": "1961-01" }""",
            """{ "id": "C", "sex": "male", "birthDate": "1961" }"""));
        Assert.Equal([BirthDatePrecision.Day, BirthDatePrecision.Month, BirthDatePrecision.Year], roster.Cadres.Select(c => c.BirthDate.Precision));
    }

    [Fact]
    public void WriteVariant_Share_IsAnExactFraction()
    {
        var variant = new LocalVariant("ser-test-local", SerializationTestRegulation.RegulationIdText, new LocalizedText("a", "b"),
            SerializationTestRegulation.Document.Whole(), EffectivePeriod.From(new LocalDate(2025, 1, 1)),
            new System.Collections.Generic.Dictionary<string, ParameterValue> { ["quota"] = ParameterValue.FromShare(Share.Of(1, 3)) });
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteVariant(variant));
        JsonElement quota = document.RootElement.GetProperty("overrides").GetProperty("quota");
        Assert.Equal(1, quota.GetProperty("numerator").GetInt64());
        Assert.Equal(3, quota.GetProperty("denominator").GetInt64());
    }

    [Fact]
    public void WriteCatalog_ListsParametersWithDefaultsAndConfidence()
    {
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteCatalog(SerializationTestRegulation.Catalog, Language.English));
        JsonElement regulation = document.RootElement.GetProperty("regulations")[0];
        Assert.Equal("ser-test", regulation.GetProperty("reference").GetProperty("id").GetString());
        Assert.Equal("clause 2, Article 3, QĐ 9-TEST (Test issuer, 01/01/2020)", regulation.GetProperty("reference").GetProperty("citation").GetProperty("text").GetString());
        JsonElement quota = regulation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "quota");
        Assert.Equal("unconfirmed", quota.GetProperty("confidence").GetString());
        Assert.Equal(5, quota.GetProperty("default").GetProperty("denominator").GetInt64());
        Assert.False(quota.GetProperty("overridden").GetBoolean());
        Assert.Equal(["Test.Ser.MinScore"], regulation.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void WriteRetirementReport_DecreeExample_GivesDateAndMonthsLeft()
    {
        var cadre = new Cadre("A", Sex.Male, BirthDate.OfMonth(1965, 2));
        using JsonDocument document = JsonDocument.Parse(CadreDocuments.WriteRetirementReport([cadre], new LocalDate(2021, 8, 1), Language.English));
        JsonElement entry = document.RootElement.GetProperty("cadres")[0];
        Assert.Equal("2026-08-31", entry.GetProperty("retirementDate").GetString());
        Assert.Equal("2026-08", entry.GetProperty("reachedIn").GetString());
        Assert.Equal(60, entry.GetProperty("monthsLeft").GetInt32());
        Assert.Equal(61, entry.GetProperty("retirementAge").GetProperty("years").GetInt32());
        Assert.Equal(6, entry.GetProperty("retirementAge").GetProperty("months").GetInt32());
        Assert.Equal(4, document.RootElement.GetProperty("citation").GetProperty("article").GetInt32());
    }

    [Fact]
    public void WriteVerdict_RendersTextsInTheLanguage()
    {
        Finding finding = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1)).Explain();
        string json = CadreDocuments.WriteVerdict(new Verdict<int>(723, finding, null), Language.English);
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.Equal("723", document.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("retires at the end of 30/04/2021", document.RootElement.GetProperty("explanation").GetProperty("text").GetString(), System.StringComparison.Ordinal);
        Assert.Equal("Retirement.NormalAge", document.RootElement.GetProperty("explanation").GetProperty("code").GetString());
    }

    [Fact]
    public void ReadRoster_Comments_AreSkipped() =>
        Assert.Single(CadreDocuments.ReadRoster("// a roster\n{ \"schemaVersion\": 1, /* one cadre */ \"cadres\": [" + ValidCadre + "] }").Cadres);

    // ---- roster errors -----------------------------------------------------------------------

    [Fact]
    public void ReadRoster_MalformedJson_NamesThePath() =>
        Assert.Contains("line", DocumentAssert.FailsAt("$.cadres[0]", () => CadreDocuments.ReadRoster("{ \"schemaVersion\": 1, \"cadres\": [ { \"id\": \"A\", } ] }")).Message, System.StringComparison.Ordinal);

    [Fact]
    public void ReadRoster_Truncated_Throws() =>
        Assert.Throws<DocumentException>(() => CadreDocuments.ReadRoster("{ \"schemaVersion\": 1, \"cadres\": ["));

    [Fact]
    public void ReadRoster_NullDocument_NamesTheRoot() =>
        DocumentAssert.FailsAt("$", () => CadreDocuments.ReadRoster("null"));

    [Fact]
    public void ReadRoster_MissingSchemaVersion_NamesIt() =>
        DocumentAssert.FailsAt("$.schemaVersion", () => CadreDocuments.ReadRoster("{ \"cadres\": [] }"));

    [Fact]
    public void ReadRoster_UnsupportedSchemaVersion_NamesIt() =>
        DocumentAssert.FailsAt("$.schemaVersion", () => CadreDocuments.ReadRoster("{ \"schemaVersion\": 2, \"cadres\": [] }"));

    [Fact]
    public void ReadRoster_MissingCadres_NamesIt() =>
        DocumentAssert.FailsAt("$.cadres", () => CadreDocuments.ReadRoster("{ \"schemaVersion\": 1 }"));

    [Fact]
    public void ReadRoster_NullCadre_NamesIt() =>
        DocumentAssert.FailsAt("$.cadres[1]", () => CadreDocuments.ReadRoster(RosterWith(ValidCadre, "null")));

    [Fact]
    public void ReadRoster_MissingBirthDate_NamesTheField() =>
        DocumentAssert.FailsAt("$.cadres[3].birthDate", () => CadreDocuments.ReadRoster(RosterWith(
            ValidCadre.Replace("\"A\"", "\"A1\"", System.StringComparison.Ordinal),
            ValidCadre.Replace("\"A\"", "\"A2\"", System.StringComparison.Ordinal),
            ValidCadre.Replace("\"A\"", "\"A3\"", System.StringComparison.Ordinal),
            """{ "id": "B", "sex": "male" }""")));

    [Fact]
    public void ReadRoster_MissingId_NamesTheField() =>
        DocumentAssert.FailsAt("$.cadres[0].id", () => CadreDocuments.ReadRoster(RosterWith("""{ "sex": "male", "birthDate": "1961" }""")));

    [Theory]
    [InlineData("1961-13")]
    [InlineData("1961-02-30")]
    [InlineData("61")]
    [InlineData("1800")]
    [InlineData("15.01.1961")]
    [InlineData("32/01/1961")]
    [InlineData("01/1800")]
    public void ReadRoster_BadBirthDate_NamesTheField(string birthDate) =>
        DocumentAssert.FailsAt("$.cadres[0].birthDate", () => CadreDocuments.ReadRoster(RosterWith($$"""{ "id": "A", "sex": "male", "birthDate": "{{birthDate}}" }""")));

    [Theory]
    [InlineData("\"unknown\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void ReadRoster_BadSex_NamesTheField(string sex) =>
        DocumentAssert.FailsAt("$.cadres[0].sex", () => CadreDocuments.ReadRoster(RosterWith($$"""{ "id": "A", "sex": {{sex}}, "birthDate": "1961" }""")));

    [Fact]
    public void ReadRoster_UnknownEvaluationLevel_NamesTheField() =>
        DocumentAssert.FailsAt("$.cadres[0].evaluations[1].level", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961", "evaluations": [ { "year": 2023, "track": "party", "level": "good" }, { "year": 2024, "track": "party", "level": "superb" } ] }""")));

    [Fact]
    public void ReadRoster_WrongType_NamesTheField() =>
        DocumentAssert.FailsAt("$.cadres[0].evaluations[0].year", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961", "evaluations": [ { "year": "2024", "track": "party" } ] }""")));

    [Fact]
    public void ReadRoster_BadDate_NamesTheField() =>
        DocumentAssert.FailsAt("$.cadres[0].positions[0].start", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961", "positions": [ { "title": "T", "unit": "U", "level": "commune", "start": "2024-02-30" } ] }""")));

    [Fact]
    public void ReadRoster_PositionEndsBeforeStart_NamesThePosition() =>
        DocumentAssert.FailsAt("$.cadres[0].positions[0].end", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961", "positions": [ { "title": "T", "unit": "U", "level": "commune", "start": "2024-02-01", "end": "2023-01-01" } ] }""")));

    [Fact]
    public void ReadRoster_UnknownProperty_NamesIt() =>
        Assert.Contains("nmae", DocumentAssert.FailsAt("$.cadres[0].nmae", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "nmae": "x", "sex": "male", "birthDate": "1961" }"""))).Message, System.StringComparison.Ordinal);

    [Fact]
    public void ReadRoster_DuplicateId_NamesTheSecond() =>
        DocumentAssert.FailsAt("$.cadres[1].id", () => CadreDocuments.ReadRoster(RosterWith(ValidCadre, ValidCadre)));

    [Fact]
    public void ReadRoster_PartyAdmissionBeforeBirth_NamesTheCadre() =>
        DocumentAssert.FailsAt("$.cadres[0].partyAdmittedOn", () => CadreDocuments.ReadRoster(RosterWith(
            """{ "id": "A", "sex": "male", "birthDate": "1961-01-15", "partyAdmittedOn": "1960-01-01" }""")));

    // ---- variant errors ----------------------------------------------------------------------

    private static string Variant(string overrides, string baseId = "ser-test", string effective = """{ "start": "2025-01-01" }""", string citation = """{ "document": { "number": "QĐ 12-QĐ/TU", "issuer": "Tỉnh ủy", "signedOn": "2024-03-01" }, "article": 2 }""") =>
        $$"""
        { "schemaVersion": 1, "id": "ser-test-local", "baseId": "{{baseId}}", "title": { "vi": "Biến thể", "en": "Variant" },
          "citation": {{citation}}, "effective": {{effective}}, "overrides": {{overrides}} }
        """;

    [Fact]
    public void ReadVariant_AllKinds_ReadsTypedValues()
    {
        LocalVariant variant = CadreDocuments.ReadVariant(
            Variant("""{ "minScore": 85, "quota": { "numerator": 3, "denominator": 20 }, "countsMonths": false, "mode": "Lenient" }"""),
            SerializationTestRegulation.Catalog);
        Assert.Equal(ParameterValue.FromInteger(85), variant.Overrides["minScore"]);
        Assert.Equal(ParameterValue.FromShare(Share.Percent(15)), variant.Overrides["quota"]);
        Assert.Equal(ParameterValue.FromBoolean(false), variant.Overrides["countsMonths"]);
        Assert.Equal(ParameterValue.FromChoice("Lenient"), variant.Overrides["mode"]);
        Assert.Equal(new LocalDate(2025, 1, 1), variant.Period.Start);
        Assert.Null(variant.Period.End);
    }

    [Fact]
    public void ReadVariant_UnknownRegulation_NamesBaseId() =>
        Assert.Contains("no-such", DocumentAssert.FailsAt("$.baseId", () => CadreDocuments.ReadVariant(Variant("{}", baseId: "no-such"), SerializationTestRegulation.Catalog)).Message, System.StringComparison.Ordinal);

    [Fact]
    public void ReadVariant_UnknownParameter_NamesIt() =>
        DocumentAssert.FailsAt("$.overrides.minScroe", () => CadreDocuments.ReadVariant(Variant("""{ "minScroe": 85 }"""), SerializationTestRegulation.Catalog));

    [Theory]
    [InlineData("minScore", "\"85\"")]
    [InlineData("minScore", "85.5")]
    [InlineData("quota", "\"20 %%\"")]
    [InlineData("quota", "2")]
    [InlineData("countsMonths", "1")]
    [InlineData("mode", "3")]
    [InlineData("mode", "null")]
    public void ReadVariant_WrongType_NamesTheParameter(string key, string value) =>
        DocumentAssert.FailsAt("$.overrides." + key, () => CadreDocuments.ReadVariant(Variant($$"""{ "{{key}}": {{value}} }"""), SerializationTestRegulation.Catalog));

    [Theory]
    [InlineData("minScore", "101")]
    [InlineData("quota", """{ "numerator": 6, "denominator": 5 }""")]
    [InlineData("mode", "\"Medium\"")]
    public void ReadVariant_OutOfRange_NamesTheParameter(string key, string value) =>
        DocumentAssert.FailsAt("$.overrides." + key, () => CadreDocuments.ReadVariant(Variant($$"""{ "{{key}}": {{value}} }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_ZeroDenominator_NamesIt() =>
        DocumentAssert.FailsAt("$.overrides.quota.denominator", () => CadreDocuments.ReadVariant(Variant("""{ "quota": { "numerator": 1, "denominator": 0 } }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_MissingEnglishTitle_NamesIt() =>
        DocumentAssert.FailsAt("$.title.en", () => CadreDocuments.ReadVariant(
            Variant("{}").Replace(", \"en\": \"Variant\"", string.Empty, System.StringComparison.Ordinal), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_PeriodBeforeTheBase_NamesEffective() =>
        DocumentAssert.FailsAt("$.effective.start", () => CadreDocuments.ReadVariant(Variant("{}", effective: """{ "start": "2010-01-01", "end": "2012-01-01" }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_PeriodEndsBeforeStart_NamesEnd() =>
        DocumentAssert.FailsAt("$.effective.end", () => CadreDocuments.ReadVariant(Variant("{}", effective: """{ "start": "2026-01-01", "end": "2025-01-01" }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_SectionAndArticle_NamesSection() =>
        DocumentAssert.FailsAt("$.citation.section", () => CadreDocuments.ReadVariant(
            Variant("{}", citation: """{ "document": { "number": "N", "issuer": "I", "signedOn": "2024-01-01" }, "article": 2, "section": "7.5" }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_MissingIssuer_NamesIt() =>
        DocumentAssert.FailsAt("$.citation.document.issuer", () => CadreDocuments.ReadVariant(
            Variant("{}", citation: """{ "document": { "number": "N", "signedOn": "2024-01-01" } }"""), SerializationTestRegulation.Catalog));

    [Fact]
    public void ReadVariant_MissingOverrides_NamesIt() =>
        DocumentAssert.FailsAt("$.overrides", () => CadreDocuments.ReadVariant(Variant("null"), SerializationTestRegulation.Catalog));

    // ---- verdict errors ----------------------------------------------------------------------

    private const string VerdictTemplate = """
        { "schemaVersion": 1, "outcome": "x",
          "explanation": { "code": "A", "status": "satisfied", "severity": "advisory", "template": { "vi": "v", "en": "e" },
            "values": [ { "name": "n", "type": "TYPE", "value": VALUE } ],
            "children": [ { "code": "B", "status": "STATUS", "severity": "violation", "template": { "vi": "v", "en": "e" } } ] } }
        """;

    private static string VerdictJson(string type = "integer", string value = "1", string status = "notSatisfied") =>
        VerdictTemplate.Replace("TYPE", type, System.StringComparison.Ordinal).Replace("VALUE", value, System.StringComparison.Ordinal).Replace("STATUS", status, System.StringComparison.Ordinal);

    [Fact]
    public void ReadVerdict_Valid_Reads() =>
        Assert.Equal(FindingStatus.NotSatisfied, CadreDocuments.ReadVerdict(VerdictJson()).Explanation.Children[0].Status);

    [Fact]
    public void ReadVerdict_UnknownStatus_NamesIt() =>
        DocumentAssert.FailsAt("$.explanation.children[0].status", () => CadreDocuments.ReadVerdict(VerdictJson(status: "maybe")));

    [Fact]
    public void ReadVerdict_UnknownValueType_NamesIt() =>
        DocumentAssert.FailsAt("$.explanation.values[0].type", () => CadreDocuments.ReadVerdict(VerdictJson(type: "colour")));

    [Theory]
    [InlineData("integer", "\"1\"")]
    [InlineData("date", "\"2024-13-01\"")]
    [InlineData("month", "7")]
    [InlineData("share", "1.5")]
    [InlineData("share", "\"half\"")]
    public void ReadVerdict_ValueOfWrongType_NamesIt(string type, string value) =>
        DocumentAssert.FailsAt("$.explanation.values[0].value", () => CadreDocuments.ReadVerdict(VerdictJson(type, value)));
}
