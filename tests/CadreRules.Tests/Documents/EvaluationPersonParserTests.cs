using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using CadreRules.Documents;
using CadreRules.Province;
using Xunit;

namespace CadreRules.Tests.Documents;

/// <summary>The hand-written person parser against the serializer it replaces on the hot path: for every person, the
/// same wire value, or the same error (message, JSON path, line and byte).</summary>
public sealed class EvaluationPersonParserTests
{
    private const string Rich = """
        {"id":"p1","name":"Lê Văn A","unit":"Xã Tân Khê","peerGroup":"cán bộ","unitIsOutstanding":true,
         "subjectKind":"civilServant","evaluatedOn":"2025-12-15","role":"leader",
         "tasks":{"total":10,"completed":9,"onTimeAndQuality":8,"exceeded":1,"lateOrBelowQuality":1,"failed":0},
         "score":{"general":25.5,"results":60},"grades":{"general":"good","results":"excellent"},
         "leader":{"unitTasks":{"total":20,"completed":20,"onTimeAndQuality":19},"subordinateUnits":3,"unitsAtLeastComplete":3,
           "unitsAtLeastGood":2,"unitsNotComplete":0,"confidenceVotesCast":10,"lowConfidenceVotes":1,
           "socioEconomicTargetsMissed":0,"socioEconomicTargetsAssigned":5,"corruptionInScopeDisciplined":false,"unitLevel":"good"},
         "collective":{"monthsSinceEstablished":24,"subordinateUnits":2,"subordinateUnitsDisciplined":0,"leadershipMembersDisciplined":0,
           "leadershipMembersDegraded":0,"leadershipCollectiveDisciplined":false,"personnelWrongdoingConcluded":false,
           "socioEconomicTargetsMissed":1,"socioEconomicTargetsAssigned":4},
         "discipline":[{"form":"reprimand","track":"party","decidedOn":"2025-03-01"}],
         "degraded":false,"breachedProhibitions":false,"monthsWorked":12,"sickLeaveMonths":0,"otherLeaveMonths":0,
         "maternityLeave":false,"partyAdmittedOn":"2009-02-22","exemptFromPartyActivities":false,"partySuspended":false,
         "stateLevel":"excellent","priorShortcomingsFound":2,"priorShortcomingsFixed":1,"mitigationReason":"ốm dài ngày"}
        """;

    /// <summary>Values put in place of each value of the rich person: every JSON type, and the edge cases of each
    /// reading (integers out of range, fractions, impossible dates, enums written another way).</summary>
    private static readonly string[] Replacements =
    [
        "null", "0", "-1", "1.5", "1e2", "2147483648", "99999999999999999999999999999999", "true", "false", "\"x\"", "\"\"",
        "{}", "[]", "[null]", "{\"a\":1}", "\"2025-02-29\"", "\"2024-02-29\"", "\"0000-01-01\"", "\"2025-1-01\"", "\"leader\"",
        "\"Leader\"", "\"good\"", "\"GOOD\"", "\"partyMember\"", "\"party_member\"", "\"1\"", "\"\\u0067ood\"", "\"a\\nb\"",
    ];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Parse_GivesWhatTheSerializerGives_ForEveryMutationOfAPerson()
    {
        int count = 0;
        foreach (string person in Mutations(Rich))
        {
            try
            {
                AssertSame(Encoding.UTF8.GetBytes(person));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new Xunit.Sdk.XunitException(person + "\n" + e.Message);
            }

            count++;
        }

        Assert.True(count > 1_500, "the mutations cover every property");
    }

    [Fact]
    public void Parse_GivesWhatTheSerializerGives_OnAGeneratedProvince()
    {
        using var stream = new MemoryStream();
        ProvinceGenerator.WriteEvaluations(stream, 3_000, seed: 11);
        JsonNode root = JsonNode.Parse(stream.ToArray())!;
        int people = 0;
        foreach (JsonNode? person in root["people"]!.AsArray())
        {
            AssertSame(Encoding.UTF8.GetBytes(person!.ToJsonString(Relaxed)));
            people++;
        }

        Assert.Equal(3_000, people);
    }

    [Theory]
    [InlineData("""{"id":"a","unit":"U","unit":"V"}""")]
    [InlineData("""{"id":"a","tasks":{"total":1,"total":2}}""")]
    [InlineData("""{"id":"a","\u0075nit":"U","unit":"V"}""")]
    [InlineData("""{"id":"a","Unit":"U"}""")]
    [InlineData("""{"id":"a",/* a comment */"unit":"U"}""")]
    [InlineData("""{"id":"a","leader":{"unitTasks":{"total":"1"}}}""")]
    [InlineData("""{"id":"a","discipline":[{"form":"nothing"}]}""")]
    [InlineData("""{"id":"a","discipline":{"form":"reprimand"}}""")]
    [InlineData("""{"id":"a","score":{"general":1,"extra":2}}""")]
    [InlineData("""
        {"id":"a",
          "unit":"U",
          "tasks":{"total":1,
                   "failed":"x"}}
        """)]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("12")]
    public void Parse_GivesTheSerializersErrors(string person) => AssertSame(Encoding.UTF8.GetBytes(person));

    [Fact]
    public void Parse_TextThatIsNotUtf8_IsLeftToTheSerializer() =>
        AssertSame([.. "{\"id\":\"a\",\"unit\":\""u8, 0xC3, 0x28, .. "\"}"u8]);

    [Fact]
    public void Parse_SharesRepeatedUnitNames()
    {
        var pool = new TextPool();
        EvaluationPersonJson a = EvaluationPersonParser.Parse("""{"unit":"Xã Tân Khê","peerGroup":"g"}"""u8, pool)!;
        EvaluationPersonJson b = EvaluationPersonParser.Parse("""{"unit":"Xã Tân Khê","peerGroup":"g"}"""u8, pool)!;
        Assert.Equal("Xã Tân Khê", a.Unit);
        Assert.Same(a.Unit, b.Unit);
        Assert.Same(a.PeerGroup, b.PeerGroup);
    }

    private static void AssertSame(byte[] person)
    {
        EvaluationPersonJson? expected = null;
        JsonException? expectedError = null;
        try
        {
            expected = JsonSerializer.Deserialize(person, CadreJsonContext.Default.EvaluationPersonJson);
        }
        catch (JsonException e)
        {
            expectedError = e;
        }

        EvaluationPersonJson? actual = null;
        JsonException? actualError = null;
        try
        {
            actual = EvaluationPersonParser.Parse(person, new TextPool());
        }
        catch (JsonException e)
        {
            actualError = e;
        }

        if (expectedError is not null)
        {
            Assert.NotNull(actualError);
            Assert.Equal(expectedError.Message, actualError.Message);
            Assert.Equal(expectedError.Path, actualError.Path);
            Assert.Equal(expectedError.LineNumber, actualError.LineNumber);
            Assert.Equal(expectedError.BytePositionInLine, actualError.BytePositionInLine);
            return;
        }

        Assert.Null(actualError);
        Assert.Equal(Write(expected), Write(actual));
    }

    private static string Write(EvaluationPersonJson? person) =>
        person is null ? "null" : JsonSerializer.Serialize(person, CadreJsonContext.Default.EvaluationPersonJson);

    /// <summary>The person with each value replaced by each of <see cref="Replacements"/>, each property given twice,
    /// an unknown property added, each object emptied.</summary>
    private static IEnumerable<string> Mutations(string json)
    {
        JsonObject person = JsonNode.Parse(json)!.AsObject();
        yield return person.ToJsonString(Relaxed);
        foreach ((JsonObject owner, string name) in Properties(person))
        {
            foreach (string replacement in Replacements)
            {
                JsonNode? saved = owner[name];
                owner[name] = JsonNode.Parse(replacement);
                yield return person.ToJsonString(Relaxed);
                owner[name] = saved?.DeepClone();
            }

            string text = person.ToJsonString(Relaxed);
            string quoted = "\"" + name + "\":";
            int at = text.IndexOf(quoted, StringComparison.Ordinal);
            yield return text.Insert(at, quoted + "null,");
            yield return text.Insert(at, "\"" + name + "X\":1,");
        }
    }

    private static IEnumerable<(JsonObject Owner, string Name)> Properties(JsonObject owner)
    {
        foreach (string name in owner.Select(p => p.Key).ToList())
        {
            yield return (owner, name);
            if (owner[name] is JsonObject inner)
            {
                foreach ((JsonObject Owner, string Name) nested in Properties(inner))
                {
                    yield return nested;
                }
            }
        }
    }
}
