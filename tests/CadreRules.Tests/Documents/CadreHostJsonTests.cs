using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CadreRules.Documents;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>The host options: every public value type of the library round-trips in the documents' form.</summary>
public class CadreHostJsonTests
{
    private static string Write<T>(T value) => JsonSerializer.Serialize(value, CadreHostJson.Options);

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, CadreHostJson.Options)!;

    private static void RoundTrips<T>(T value, string json)
    {
        Assert.Equal(json, Write(value));
        Assert.Equal(value, Read<T>(json));
    }

    [Fact]
    public void LocalDate_IsAnIsoString() => RoundTrips(new LocalDate(2025, 12, 15), "\"2025-12-15\"");

    [Fact]
    public void YearMonth_IsAnIsoMonth() => RoundTrips(new YearMonth(2026, 8), "\"2026-08\"");

    [Fact]
    public void NullableLocalDate_IsNullOrTheString()
    {
        RoundTrips<LocalDate?>(null, "null");
        RoundTrips<LocalDate?>(new LocalDate(2021, 8, 1), "\"2021-08-01\"");
    }

    [Fact]
    public void BirthDate_KeepsItsPrecision()
    {
        RoundTrips(BirthDate.Of(1965, 2, 3), "\"1965-02-03\"");
        RoundTrips(BirthDate.OfMonth(1965, 2), "\"1965-02\"");
        RoundTrips(BirthDate.OfYear(1965), "\"1965\"");
    }

    [Fact]
    public void Identifiers_ArePlainStrings()
    {
        RoundTrips(new CadreId("MKT-001"), "\"MKT-001\"");
        RoundTrips(new RuleCode("QD366.Quota.HTXS"), "\"QD366.Quota.HTXS\"");
        RoundTrips(new RegulationId("party-eval-qd366"), "\"party-eval-qd366\"");
        ImmutableArray<RuleCode> codes = [new RuleCode("QD366.HTXS"), new RuleCode("QD366.Quota.HTXS")];
        Assert.Equal("[\"QD366.HTXS\",\"QD366.Quota.HTXS\"]", Write(codes));
        Assert.Equal(codes.AsEnumerable(), Read<ImmutableArray<RuleCode>>(Write(codes)).AsEnumerable());
    }

    [Fact]
    public void Share_IsAnExactFractionInLowestTerms()
    {
        RoundTrips(Share.Of(1, 5), "{\"numerator\":1,\"denominator\":5}");
        Assert.Equal("{\"numerator\":1,\"denominator\":5}", Write(Share.Of(20, 100)));
        Assert.Equal(Share.Of(1, 3), Read<Share>("{\"denominator\": 6, \"numerator\": 2}"));
    }

    [Theory]
    [InlineData("\"20%\"")]
    [InlineData("{\"numerator\": 1}")]
    [InlineData("{\"numerator\": 1, \"denominator\": 0}")]
    [InlineData("{\"numerator\": -1, \"denominator\": 5}")]
    [InlineData("{\"numerator\": 1, \"denominator\": 5, \"percent\": 20}")]
    [InlineData("{\"numerator\": 1.5, \"denominator\": 5}")]
    public void Share_OtherFormsAreRefused(string json) => Assert.Throws<JsonException>(() => Read<Share>(json));

    [Theory]
    [InlineData(EvaluationOutcome.Excellent, "\"excellent\"")]
    [InlineData(EvaluationOutcome.NotComplete, "\"notComplete\"")]
    [InlineData(EvaluationOutcome.NotRated, "\"notRated\"")]
    [InlineData(EvaluationOutcome.Undetermined, "\"undetermined\"")]
    public void EvaluationOutcome_IsCamelCase(EvaluationOutcome outcome, string json) => RoundTrips(outcome, json);

    [Fact]
    public void Enums_AreCamelCaseStrings_IntegersRefused()
    {
        RoundTrips(SubjectKind.PartyMember, "\"partyMember\"");
        RoundTrips(Sex.Female, "\"female\"");
        Assert.Throws<JsonException>(() => Read<Sex>("1"));
        Assert.Throws<JsonException>(() => Read<Sex>("\"unknown\""));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"  \"")]
    [InlineData("3")]
    public void BlankOrNonStringIdentifiers_AreRefused(string json)
    {
        Assert.Throws<JsonException>(() => Read<CadreId>(json));
        Assert.Throws<JsonException>(() => Read<RuleCode>(json));
        Assert.Throws<JsonException>(() => Read<RegulationId>(json));
    }

    [Theory]
    [InlineData("\"2025-13-01\"")]
    [InlineData("\"15/12/2025\"")]
    public void BadDates_AreRefused(string json)
    {
        Assert.Throws<JsonException>(() => Read<LocalDate>(json));
        Assert.Throws<JsonException>(() => Read<BirthDate>(json));
    }

    // Every public enum of the core package has its converter and its metadata, and each value round-trips.
    [Fact]
    public void EveryPublicEnumOfTheCore_RoundTripsAsCamelCase()
    {
        Type[] enums = [.. typeof(Sex).Assembly.GetExportedTypes().Where(t => t.IsEnum)];
        Assert.NotEmpty(enums);
        foreach (Type type in enums)
        {
            Assert.True(CadreHostJson.Converters.Any(c => c.CanConvert(type)), type.Name + " has no converter");
            JsonTypeInfo info = CadreHostJson.TypeInfoResolver.GetTypeInfo(type, CadreHostJson.Options)
                ?? throw new InvalidOperationException(type.Name + " has no metadata");
            foreach (object value in Enum.GetValues(type))
            {
                string json = JsonSerializer.Serialize(value, info);
                Assert.Equal("\"" + JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!) + "\"", json);
                Assert.Equal(value, JsonSerializer.Deserialize(json, info));
            }
        }
    }

    [Fact]
    public void Options_AreReadOnly()
    {
        Assert.True(CadreHostJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CadreHostJson.Options.WriteIndented = true);
        Assert.Same(CadreHostJson.TypeInfoResolver, CadreHostJson.Options.TypeInfoResolver);
    }

    [Fact]
    public void Letters_AreNotEscaped() =>
        Assert.Equal("\"Nguyễn-01\"", Write(new CadreId("Nguyễn-01")));

    // The trim-safe path: the JsonTypeInfo overloads, with the same forms as the options.
    [Fact]
    public void TypeInfo_GivesTheSameFormsWithoutOptions()
    {
        Assert.Equal("\"2025-12-15\"", JsonSerializer.Serialize(new LocalDate(2025, 12, 15), CadreHostJson.TypeInfo<LocalDate>()));
        Assert.Equal(new RuleCode("QD366.HTXS"), JsonSerializer.Deserialize("\"QD366.HTXS\"", CadreHostJson.TypeInfo<RuleCode>()));
        Assert.Equal("{\"numerator\":1,\"denominator\":5}", JsonSerializer.Serialize(Share.Of(1, 5), CadreHostJson.TypeInfo<Share>()));
        Assert.Throws<NotSupportedException>(() => CadreHostJson.TypeInfo<HostRecord>());
    }

    // A host's own source-generated type that holds library values: copy the options, combine the resolvers.
    [Fact]
    public void HostType_CombinedWithTheResolver_WritesTheLibrarysForms()
    {
        var options = new JsonSerializerOptions(CadreHostJson.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(HostJsonContext.Default, CadreHostJson.TypeInfoResolver),
        };
        var record = new HostRecord(
            new CadreId("MKT-001"),
            new LocalDate(2025, 12, 15),
            EvaluationOutcome.Good,
            Share.Of(1, 5),
            [new RuleCode("QD366.HTT")],
            new Dictionary<CadreId, EvaluationOutcome> { [new CadreId("MKT-002")] = EvaluationOutcome.NotRated },
            null);
        string json = JsonSerializer.Serialize(record, options);
        Assert.Equal(
            """{"id":"MKT-001","evaluatedOn":"2025-12-15","outcome":"good","cap":{"numerator":1,"denominator":5},"codes":["QD366.HTT"],"others":{"MKT-002":"notRated"}}""",
            json);
        HostRecord back = JsonSerializer.Deserialize<HostRecord>(json, options)!;
        Assert.Equal(record.Id, back.Id);
        Assert.Equal(record.EvaluatedOn, back.EvaluatedOn);
        Assert.Equal(record.Cap, back.Cap);
        Assert.Equal(record.Codes, back.Codes);
        Assert.Equal(EvaluationOutcome.NotRated, back.Others[new CadreId("mkt-002")]);
    }
}

/// <summary>A host's own type with library values inside.</summary>
public sealed record HostRecord(
    CadreId Id, LocalDate EvaluatedOn, EvaluationOutcome Outcome, Share Cap, RuleCode[] Codes, Dictionary<CadreId, EvaluationOutcome> Others, string? Note);

/// <summary>A host's own source-generated context (it knows nothing of the library's forms: the options bring them).</summary>
[JsonSerializable(typeof(HostRecord))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class HostJsonContext : JsonSerializerContext;
