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
/// or throws the library's <see cref="DocumentException"/> whose <see cref="JsonException.Path"/> is a JSON path that
/// starts its message, without .NET's own text; no other exception may escape. Mutations: cuts, splices, retyped
/// values, renamed and repeated properties, extreme numbers and dates in any field, whole documents of another kind,
/// bytes that are not UTF-8.
/// </summary>
public class MalformedDocumentProperties
{
    private static readonly Lazy<string[]> ValidDocuments = new(CreateValidDocuments);

    private static readonly Lazy<CadreRules.People.Roster> SampleRoster = new(() => CadreDocuments.ReadRoster(File.ReadAllText(Sample("demo-roster.json"))));

    private static readonly (string Name, Action<byte[]> Load)[] Loaders =
    [
        ("roster", bytes => CadreDocuments.ReadRoster(Text(bytes))),
        ("roster-stream", bytes => CadreDocuments.ReadRoster(new MemoryStream(bytes))),
        ("variant", bytes => CadreDocuments.ReadVariant(Text(bytes), ShippedRegulations.Catalog)),
        ("variant-stream", bytes => CadreDocuments.ReadVariant(new MemoryStream(bytes), ShippedRegulations.Catalog, DocumentLimits.Default)),
        ("verdict", bytes => CadreDocuments.ReadVerdict(Text(bytes))),
        ("evaluations", bytes => CadreDocuments.ReadEvaluations(Text(bytes))),
        ("planning-stream", bytes => CadreDocuments.ReadPlanningList(new MemoryStream(bytes), SampleRoster.Value, DocumentLimits.Default)),
        ("rotation-stream", bytes => CadreDocuments.ReadRotationRequests(new MemoryStream(bytes), SampleRoster.Value, DocumentLimits.Default)),
        ("appointment-stream", bytes => CadreDocuments.ReadAppointmentRequests(new MemoryStream(bytes), SampleRoster.Value, DocumentLimits.Default)),
        ("case", bytes => CaseRunner.Run(Text(bytes), "case.json", ShippedRegulations.Catalog)),
    ];

    /// <summary>The text a caller holding the bytes would pass (invalid bytes become U+FFFD, as File.ReadAllText does).</summary>
    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string Sample(string name) => Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    [Property(MaxTest = 600)]
    public Property EveryLoader_OnAMutatedDocument_AcceptsItOrThrowsAJsonErrorWithAPath() =>
        Prop.ForAll(MutatedBytes().ToArbitrary(), bytes =>
        {
            foreach ((string name, Action<byte[]> load) in Loaders)
            {
                try
                {
                    load(bytes);
                }
                catch (DocumentException error) when (IsWellFormed(error))
                {
                }
                catch (Exception error)
                {
                    throw new InvalidOperationException($"{name} threw {error.GetType().Name}: {error.Message}\n--- document ---\n{Text(bytes)}", error);
                }
            }

            return true;
        });

    /// <summary>The loaders of each valid document (same order as <see cref="CreateValidDocuments"/>), by whether they read
    /// text (where bytes that are not UTF-8 have already become U+FFFD) or bytes.</summary>
    private static readonly string[][] LoadersOf =
    [
        ["roster", "roster-stream"], ["variant", "variant-stream"], ["verdict"], ["case"],
        ["planning-stream"], ["rotation-stream"], ["evaluations"],
    ];

    /// <summary>Counts below 0 that every reader refuses.</summary>
    private static readonly string[] CountFields = ["seats", "total", "completed", "onTimeAndQuality", "schemaVersion", "article", "general", "results", "numerator", "years"];

    /// <summary>Each mutation that must be refused, on each valid document, by each of its loaders: a property repeated
    /// in its object, a date outside 1900-01-01 to 2200-12-31, a negative count (each field of the document in turn, by
    /// the seed), a document of another kind, bytes that are not UTF-8. The only outcome allowed is the documented
    /// exception with a path: accepting the document is a failure, like any other exception.</summary>
    [Property(MaxTest = 400)]
    public Property EveryLoader_OnAMutationThatMustBeRefused_ThrowsADocumentErrorWithAPath() =>
        Prop.ForAll(
            Gen.Choose(0, LoadersOf.Length - 1).ToArbitrary(),
            Gen.Choose(0, 4).ToArbitrary(),
            Gen.Choose(0, int.MaxValue).ToArbitrary(),
            (document, mutation, seed) =>
            {
                string json = ValidDocuments.Value[document];
                (string Tag, byte[] Bytes)? mutated = MustRefuse(document, json, mutation, seed);
                if (mutated is not { } refused)
                {
                    return true;
                }

                foreach (string name in LoadersOf[document])
                {
                    if (refused.Tag == "not-utf8" && !name.EndsWith("-stream", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    Action<byte[]> load = Loaders.Single(l => l.Name == name).Load;
                    try
                    {
                        load(refused.Bytes);
                    }
                    catch (DocumentException error) when (IsWellFormed(error))
                    {
                        continue;
                    }
                    catch (Exception error)
                    {
                        throw new InvalidOperationException($"{name} ({refused.Tag}) threw {error.GetType().Name}: {error.Message}\n--- document ---\n{Text(refused.Bytes)}", error);
                    }

                    throw new InvalidOperationException($"{name} accepted a document that must be refused ({refused.Tag}):\n{Text(refused.Bytes)}");
                }

                return true;
            });

    private static (string Tag, byte[] Bytes)? MustRefuse(int document, string json, int mutation, int seed)
    {
        var random = new Random(seed);
        System.Text.RegularExpressions.Match? Pick(string pattern)
        {
            System.Text.RegularExpressions.MatchCollection matches = System.Text.RegularExpressions.Regex.Matches(json, pattern);
            return matches.Count == 0 ? null : matches[random.Next(matches.Count)];
        }

        switch (mutation)
        {
            case 0:
                // A property whose value is a scalar, repeated right after itself: same object, same name.
                return Pick("(\"[A-Za-z.]+\"\\s*:\\s*)(\"[^\"]*\"|-?[0-9]+|true|false)") is { } pair
                    ? ("repeated-property", Encoding.UTF8.GetBytes(json.Insert(pair.Index + pair.Length, ", " + pair.Groups[1].Value + pair.Groups[2].Value)))
                    : null;
            case 1:
                // A verdict's fact values are any dates the rule looked at, not dates of the domain.
                string[] outside = ["\"1899-12-31\"", "\"2201-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"9938-01-01\""];
                return document != 2 && Pick("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"") is { } date
                    ? ("date", Encoding.UTF8.GetBytes(json.Remove(date.Index, date.Length).Insert(date.Index, outside[random.Next(outside.Length)])))
                    : null;
            case 2:
                return document != 2 && Pick("\"(" + string.Join('|', CountFields) + ")\"\\s*:\\s*([0-9]+)") is { } count
                    ? ("negative-count", Encoding.UTF8.GetBytes(json.Remove(count.Groups[2].Index, count.Groups[2].Length).Insert(count.Groups[2].Index, "-1")))
                    : null;
            case 3:
                int other = (document + 1 + random.Next(LoadersOf.Length - 1)) % LoadersOf.Length;
                return ("wrong-kind", Encoding.UTF8.GetBytes(ValidDocuments.Value[other]));
            default:
                return ("not-utf8", WithInvalidUtf8(Encoding.UTF8.GetBytes(json), seed));
        }
    }

    /// <summary>The contract of every error: a path, the message starting with it, no .NET text, each collected error likewise.</summary>
    private static bool IsWellFormed(DocumentException error) =>
        error.Errors.All(e => e.Path is { } path && path.StartsWith('$')
            && e.Message.StartsWith(path + ": ", StringComparison.Ordinal)
            && !e.Message.Contains("(Parameter '", StringComparison.Ordinal)
            && !e.Message.Contains("Actual value was", StringComparison.Ordinal)
            && !e.Message.Contains('\n', StringComparison.Ordinal));

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
        from other in Gen.Elements(ValidDocuments.Value)
        from wrongKind in Gen.Choose(0, 19)
        from mutations in Gen.Choose(1, 3)
        from seeds in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), mutations)
        select wrongKind == 0 ? other : seeds.Aggregate(document, Mutate);

    private static Gen<byte[]> MutatedBytes() =>
        from json in MutatedDocuments()
        from invalid in Gen.Choose(0, 9)
        from at in Gen.Choose(0, int.MaxValue)
        select invalid == 0 ? WithInvalidUtf8(Encoding.UTF8.GetBytes(json), at) : Encoding.UTF8.GetBytes(json);

    private static byte[] WithInvalidUtf8(byte[] bytes, int seed)
    {
        byte[][] bad = [[0xFF], [0xC0, 0x80], [0xE1, 0xBB], [0xED, 0xA0, 0x80], [0x80]];
        int at = seed % (bytes.Length + 1);
        return [.. bytes[..at], .. bad[seed % bad.Length], .. bytes[at..]];
    }

    private static string Mutate(string json, int seed)
    {
        var random = new Random(seed);
        int at = random.Next(json.Length);
        int length = Math.Min(json.Length - at, 1 + random.Next(12));
        string[] fragments =
        [
            "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "1e400", "\"x\"", "\"2025-13-40\"", "\"\\u0000\"", "{}", "[]", "\"male\"", "99999999999999999999",
            "2147483647", "2147483648", "-2147483649", "715827883", "1431655765", "1e308", "-0", "0", "0.5",
            "\"9999-12-31\"", "\"0001-01-01\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"9938-01-01\"", "\"9999-12\"", "\"9938\"", "\"0001\"",
        ];
        return (random.Next(8)) switch
        {
            6 or 7 => Duplicate(json, random, fragments),
            0 => json.Remove(at, length),
            1 => json.Insert(at, fragments[random.Next(fragments.Length)]),
            2 => json[..at],
            3 => ReplaceValue(json, random, fragments),
            4 => json.Replace("\"" + PropertyAt(json, random) + "\"", "\"unknownName\"", StringComparison.Ordinal),
            _ => json.Remove(at, length).Insert(Math.Min(at, json.Length - length), fragments[random.Next(fragments.Length)]),
        };
    }

    /// <summary>Repeats a <c>"name": value</c> pair with another value, right after itself.</summary>
    private static string Duplicate(string json, Random random, string[] fragments)
    {
        int quote = json.IndexOf('"', random.Next(json.Length));
        int close = quote < 0 ? -1 : json.IndexOf('"', quote + 1);
        if (close < 0 || !json[(close + 1)..].TrimStart().StartsWith(':'))
        {
            return json;
        }

        int end = json.IndexOfAny([',', '}', '\n'], close + 1);
        return end < 0 ? json : json[..end] + ", " + json[quote..(close + 1)] + ": " + fragments[random.Next(fragments.Length)] + json[end..];
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
        string roster = File.ReadAllText(Sample("demo-roster.json"));
        var variant = new LocalVariant("party-eval-qd366-x", "party-eval-qd366", new LocalizedText("Biến thể", "Variant"),
            new LegalDocument("QĐ 1-QĐ/TU", "Tỉnh ủy X", new LocalDate(2026, 1, 1)).Article(1, 2, "a"),
            EffectivePeriod.Between(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            new Dictionary<string, ParameterValue>
            {
                ["quota.htxsShare"] = ParameterValue.FromShare(Share.Percent(10)),
                ["policy.highScore"] = ParameterValue.FromChoice("RateHighestMet"),
            });
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 3), Score = new ScoreCard(28, 64) };
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        string verdict = CadreDocuments.WriteVerdict(qd366.Explain(input), Language.English, d => d.Level.ToString());
        string caseFile = File.ReadAllText(Directory.EnumerateFiles(Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "tests", "CadreRules.Tests", "Cases", "planning"), "*.json").Order(StringComparer.Ordinal).First());
        return
        [
            roster, CadreDocuments.WriteVariant(variant), verdict, caseFile,
            File.ReadAllText(Sample("demo-planning.json")), File.ReadAllText(Sample("demo-rotations.json")),
            File.ReadAllText(Sample("demo-evaluations.json")),
        ];
    }
}
