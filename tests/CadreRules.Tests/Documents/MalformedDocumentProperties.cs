using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Documents;

/// <summary>
/// Robustness: thousands of malformed or mutated documents fed to every loader. A loader either accepts the document
/// or throws a <see cref="JsonException"/> (the library's <see cref="DocumentException"/> is one) whose message names a
/// JSON path; no other exception may escape.
/// </summary>
public class MalformedDocumentProperties
{
    private static readonly Lazy<string[]> ValidDocuments = new(CreateValidDocuments);

    private static readonly (string Name, Action<string> Load)[] Loaders =
    [
        ("roster", json => CadreDocuments.ReadRoster(json)),
        ("roster-stream", json => CadreDocuments.ReadRoster(new MemoryStream(Encoding.UTF8.GetBytes(json)))),
        ("variant", json => CadreDocuments.ReadVariant(json, ShippedRegulations.Catalog)),
        ("verdict", json => CadreDocuments.ReadVerdict(json)),
    ];

    [Property(MaxTest = 1500)]
    public Property EveryLoader_OnAMutatedDocument_AcceptsItOrThrowsAJsonErrorWithAPath() =>
        Prop.ForAll(MutatedDocuments().ToArbitrary(), json =>
        {
            foreach ((string name, Action<string> load) in Loaders)
            {
                try
                {
                    load(json);
                }
                catch (JsonException error) when (error.Message.Contains('$', StringComparison.Ordinal))
                {
                }
                catch (Exception error)
                {
                    throw new InvalidOperationException($"{name} threw {error.GetType().Name}: {error.Message}\n--- document ---\n{json}", error);
                }
            }

            return true;
        });

    [Fact]
    public void Mutations_ReallyProduceRejectedDocuments()
    {
        // Guard against a generator that only yields valid documents (which would make the property vacuous).
        var sample = Gen.Sample(MutatedDocuments(), 300).ToList();
        int rejected = sample.Count(json =>
        {
            try
            {
                CadreDocuments.ReadRoster(json);
                return false;
            }
            catch (JsonException)
            {
                return true;
            }
        });

        Assert.InRange(rejected, 100, 300);
    }

    private static Gen<string> MutatedDocuments() =>
        from document in Gen.Elements(ValidDocuments.Value)
        from mutations in Gen.Choose(1, 3)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), mutations)
        select seeds.Aggregate(document, Mutate);

    private static string Mutate(string json, int seed)
    {
        var random = new Random(seed);
        int at = random.Next(json.Length);
        int length = Math.Min(json.Length - at, 1 + random.Next(12));
        string[] fragments = ["\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "1e400", "\"x\"", "\"2025-13-40\"", "\"\\u0000\"", "{}", "[]", "\"male\"", "99999999999999999999"];
        return (random.Next(6)) switch
        {
            0 => json.Remove(at, length),
            1 => json.Insert(at, fragments[random.Next(fragments.Length)]),
            2 => json[..at],
            3 => ReplaceValue(json, random, fragments),
            4 => json.Replace("\"" + PropertyAt(json, random) + "\"", "\"unknownName\"", StringComparison.Ordinal),
            _ => json.Remove(at, length).Insert(Math.Min(at, json.Length - length), fragments[random.Next(fragments.Length)]),
        };
    }

    private static string ReplaceValue(string json, Random random, string[] fragments)
    {
        int colon = json.IndexOf(':', random.Next(json.Length));
        if (colon < 0)
        {
            return json;
        }

        int end = json.IndexOfAny([',', '}', ']', '\n'], colon + 1);
        return end < 0 ? json : json[..(colon + 1)] + " " + fragments[random.Next(fragments.Length)] + json[end..];
    }

    private static string PropertyAt(string json, Random random)
    {
        int quote = json.IndexOf('"', random.Next(json.Length));
        int close = quote < 0 ? -1 : json.IndexOf('"', quote + 1);
        return close < 0 ? "schemaVersion" : json[(quote + 1)..close];
    }

    private static string[] CreateValidDocuments()
    {
        string roster = File.ReadAllText(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-roster.json"));
        var variant = new LocalVariant("party-eval-qd366-x", "party-eval-qd366", new LocalizedText("Biến thể", "Variant"),
            new LegalDocument("QĐ 1-QĐ/TU", "Tỉnh ủy X", new LocalDate(2026, 1, 1)).Article(1, 2, "a"),
            EffectivePeriod.Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            new Dictionary<string, ParameterValue>
            {
                ["quota.htxsShare"] = ParameterValue.FromShare(Share.Percent(10)),
                ["policy.highScore"] = ParameterValue.FromChoice("RateHighestMet"),
            });
        var input = new EvaluationInput(2025, new LocalDate(2025, 12, 15), EvaluationRole.NonLeader, new TaskCounts(10, 10, 10, 3), score: new ScoreCard(28, 64));
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        string verdict = CadreDocuments.WriteVerdict(qd366.Explain(input), Language.English, d => d.Level.ToString());
        return [roster, CadreDocuments.WriteVariant(variant), verdict];
    }
}
