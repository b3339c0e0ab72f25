using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CadreRules.Cli;
using CadreRules.Rules;

namespace CadreRules.Fuzz;

/// <summary>
/// Generates mutated documents from the samples and case files, runs each through the command that reads its kind (and
/// some through another command), in process, and classifies the outcome: exit 0, 1 or 2; crash (an exception escaping
/// or another exit code); hang (over the per-document bound); silent acceptance (an exit other than 2 on a document
/// with a mutation every reader must refuse); a bad-input message without a JSON path or with .NET's own text.
/// </summary>
internal static class Program
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private static readonly string[] Fragments =
    [
        "\"", "{", "}", "[", "]", ",", ":", "null", "true", "-1", "0", "1e400", "\"x\"", "\"\"", "\" \"", "\"2025-13-40\"", "\"\\u0000\"",
        "{}", "[]", "\"male\"", "99999999999999999999", "2147483647", "2147483648", "-2147483649", "715827883", "1431655765",
        "1e308", "-0", "0.5", "\"9999-12-31\"", "\"0001-01-01\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"9938-01-01\"", "\"1900-01-01\"",
        "\"2200-12-31\"", "\"9999-12\"", "\"0001\"", "\"9938\"", "\"MKT-001 \"", "\"mkt-001\"", "\"../x\"", "\"a'b\"",
    ];

    private static int Main(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        int seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 17;
        string root = args.Length > 2 ? args[2] : Directory.GetCurrentDirectory();
        string samples = Path.Combine(root, "src", "CadreRules.Cli", "Samples");
        string work = Path.Combine(Path.GetTempPath(), "cadre-rules-fuzz-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        string findings = Path.Combine(root, "artifacts", "fuzz");
        Directory.CreateDirectory(work);
        Directory.CreateDirectory(findings);

        string roster = Path.Combine(samples, "demo-roster.json");
        string variant = Path.Combine(samples, "demo-variant.json");
        var seeds = new List<(string Kind, string Text)>
        {
            ("roster", File.ReadAllText(roster)),
            ("evaluations", File.ReadAllText(Path.Combine(samples, "demo-evaluations.json"))),
            ("planning", File.ReadAllText(Path.Combine(samples, "demo-planning.json"))),
            ("rotation", File.ReadAllText(Path.Combine(samples, "demo-rotations.json"))),
            ("variant", File.ReadAllText(variant)),
            ("appointment", Appointments),
            ("review", File.ReadAllText(Path.Combine(samples, "demo-review.json"))),
            ("position-change", File.ReadAllText(Path.Combine(samples, "demo-position-changes.json"))),
            ("non-local", File.ReadAllText(Path.Combine(samples, "key-posts-thanh-tri-2023-07.json"))),
            ("committee", File.ReadAllText(Path.Combine(samples, "demo-committee.json"))),
            ("composition", File.ReadAllText(Path.Combine(samples, "demo-body.json"))),
            ("planning-variant", File.ReadAllText(Path.Combine(samples, "demo-variant-planning.json"))),
        };
        int documentSeeds = seeds.Count;
        foreach (string file in Directory.EnumerateFiles(Path.Combine(root, "tests", "CadreRules.Tests", "Cases"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            seeds.Add(("case", File.ReadAllText(file)));
        }

        var random = new Random(seed);
        var exits = new SortedDictionary<int, int>();
        var byCommand = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int crashes = 0, hangs = 0, pathless = 0, dotnetText = 0, silent = 0;
        var tagCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var silentByTag = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            // Each document kind as often as the case files together.
            int pick = random.Next(documentSeeds + 1);
            (string kind, string text) = seeds[pick < documentSeeds ? pick : documentSeeds + random.Next(seeds.Count - documentSeeds)];
            // One document in four gets a single mutation that every reader must refuse (tagged); the others get one to
            // three random mutations, which a reader may accept.
            string? mustRefuse = null;
            byte[] document = random.Next(4) == 0 && MustRefuse(kind, text, seeds, random) is { } tagged
                ? TaggedDocument(tagged, out mustRefuse)
                : Mutate(text, seeds, random);
            if (mustRefuse is not null)
            {
                tagCounts[mustRefuse] = tagCounts.GetValueOrDefault(mustRefuse) + 1;
            }

            string file = Path.Combine(work, "doc.json");
            File.WriteAllBytes(file, document);
            string command = mustRefuse is null && random.Next(10) == 0 ? Commands[random.Next(Commands.Length)] : CommandFor(kind, random);
            string[] arguments = Arguments(command, file, roster, variant);
            byCommand[command] = byCommand.GetValueOrDefault(command) + 1;

            var output = new StringWriter();
            var error = new StringWriter();
            var context = new CliContext(new StringReader(string.Empty), output, error, ShippedRegulations.Catalog);
            Task<int> run = Task.Run(() => CadreRulesCli.Run(arguments, context));
            string? problem = null;
            try
            {
                if (!run.Wait(Bound))
                {
                    hangs++;
                    problem = "hang";
                }
                else
                {
                    int exit = run.Result;
                    exits[exit] = exits.GetValueOrDefault(exit) + 1;
                    if (exit is < 0 or > 2)
                    {
                        crashes++;
                        problem = "crash-exit-" + exit.ToString(CultureInfo.InvariantCulture);
                    }
                    else if (mustRefuse is not null && exit != 2)
                    {
                        // A mutation every reader must refuse, read without an error: a silent acceptance.
                        silent++;
                        silentByTag[mustRefuse] = silentByTag.GetValueOrDefault(mustRefuse) + 1;
                        problem = "silent-" + mustRefuse;
                    }
                    else if (exit == 2)
                    {
                        foreach (string line in error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        {
                            if (!line.StartsWith("error: ", StringComparison.Ordinal))
                            {
                                // The check summary and notes are the only other lines; anything else is a message broken over lines.
                                if (!line.EndsWith("case file(s) could not be read.", StringComparison.Ordinal) && !line.EndsWith("tệp tình huống không đọc được.", StringComparison.Ordinal) && !line.StartsWith("note: ", StringComparison.Ordinal))
                                {
                                    pathless++;
                                    problem ??= "pathless";
                                }

                                continue;
                            }

                            // Located: a document's JSON path, or the option at fault (a regulation that does not fit the kind read).
                            if (!line.Contains(": $", StringComparison.Ordinal) && !line.StartsWith("error: --", StringComparison.Ordinal))
                            {
                                pathless++;
                                problem ??= "pathless";
                            }

                            if (line.Contains("(Parameter '", StringComparison.Ordinal) || line.Contains("Actual value was", StringComparison.Ordinal))
                            {
                                dotnetText++;
                                problem ??= "dotnet-text";
                            }
                        }
                    }
                }
            }
            catch (AggregateException e)
            {
                crashes++;
                problem = "crash-" + e.InnerException!.GetType().Name;
                error.WriteLine(e.InnerException.ToString());
            }

            if (problem is not null)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"{problem}-{i:00000}");
                File.WriteAllBytes(Path.Combine(findings, name + ".json"), document);
                File.WriteAllText(Path.Combine(findings, name + ".txt"), string.Join(' ', arguments) + "\n" + error);
            }
        }

        Directory.Delete(work, recursive: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"documents: {count} (seed {seed}, {clock.Elapsed.TotalSeconds:0.0} s)"));
        Console.WriteLine("by command: " + string.Join(", ", byCommand.Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine("exits: " + string.Join(", ", exits.Select(p => $"{p.Key}: {p.Value}")));
        Console.WriteLine("must be refused (tagged): " + string.Join(", ", tagCounts.Select(p => $"{p.Key} {p.Value}")) + string.Create(CultureInfo.InvariantCulture, $" (total {tagCounts.Values.Sum()})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crashes: {crashes}, hangs (over {Bound.TotalSeconds:0} s): {hangs}, silent acceptances: {silent}, error lines without a path: {pathless}, with .NET text: {dotnetText}"));
        if (silent > 0)
        {
            Console.WriteLine("silent acceptances by mutation: " + string.Join(", ", silentByTag.Select(p => $"{p.Key} {p.Value}")));
        }

        if (crashes + hangs + silent + pathless + dotnetText > 0)
        {
            Console.WriteLine("documents and messages: " + findings);
            return 1;
        }

        return 0;
    }

    private static readonly string[] Commands = ["retirement", "evaluate", "diff", "plan", "review", "rotation", "appointment", "non-local", "position-change", "committee", "composition", "regulations", "check"];

    private static string CommandFor(string kind, Random random) => kind switch
    {
        "roster" => random.Next(4) == 0 ? "plan-roster" : "retirement",
        "evaluations" => random.Next(3) == 0 ? "diff" : "evaluate",
        "planning" => "plan",
        "rotation" => "rotation",
        "appointment" => "appointment",
        "variant" => random.Next(3) == 0 ? "diff-overrides" : "regulations",
        "review" => random.Next(4) == 0 ? "diff-review" : "review",
        "position-change" => "position-change",
        "non-local" => random.Next(4) == 0 ? "diff-non-local" : "non-local",
        "committee" => "committee",
        "composition" => "composition",
        "planning-variant" => "plan-overrides",
        _ => "check",
    };

    private static string[] Arguments(string command, string file, string roster, string variant)
    {
        string samples = Path.GetDirectoryName(roster)!;
        return command switch
        {
            "retirement" => ["retirement", file, "--as-of", "2026-01-01"],
            "evaluate" => ["evaluate", file],
            "diff" => ["diff", file, "--overrides", variant],
            "diff-overrides" => ["diff", Path.Combine(samples, "demo-evaluations.json"), "--overrides", file],
            "plan" => ["plan", file, "--roster", roster],
            "plan-roster" => ["plan", Path.Combine(samples, "demo-planning.json"), "--roster", file],
            "rotation" => ["rotation", file, "--roster", roster],
            "appointment" => ["appointment", file, "--roster", roster],
            "review" => ["review", file, "--roster", roster],
            "diff-review" => ["diff", file, "--roster", roster, "--regulation", "planning-qd50", "--against", "planning-qd377"],
            "position-change" => ["position-change", file, "--roster", roster],
            "non-local" => ["non-local", file],
            "diff-non-local" => ["diff", file, "--regulation", "rotation-qd98", "--against", "rotation-qd65"],
            "committee" => ["committee", file, "--roster", roster],
            "composition" => ["composition", file, "--roster", roster],
            "plan-overrides" => ["plan", Path.Combine(samples, "demo-planning.json"), "--roster", roster, "--overrides", file],
            "regulations" => ["regulations", "--overrides", file],
            _ => ["check", file],
        };
    }

    private static byte[] TaggedDocument((string Tag, byte[] Bytes) tagged, out string? tag)
    {
        tag = tagged.Tag;
        return tagged.Bytes;
    }

    /// <summary>Counts every reader refuses below 0 (a negative number of seats, tasks, years…).</summary>
    private static readonly string[] CountFields = ["seats", "total", "completed", "onTimeAndQuality", "schemaVersion", "article", "general", "results", "monthsWorked", "numerator"];

    /// <summary>One mutation of an unmutated seed that every reader must refuse, with its tag: a property repeated in
    /// the same object, a date outside 1900-01-01 to 2200-12-31, a negative count, a document of another kind, bytes
    /// that are not UTF-8. Null when the seed has no place for the mutation drawn.</summary>
    private static (string Tag, byte[] Bytes)? MustRefuse(string kind, string text, List<(string Kind, string Text)> seeds, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
            {
                // A property whose value is a scalar, repeated right after itself: same object, same name.
                System.Text.RegularExpressions.MatchCollection pairs = System.Text.RegularExpressions.Regex.Matches(text, "(\"[A-Za-z.]+\"\\s*:\\s*)(\"[^\"]*\"|-?[0-9]+|true|false)");
                if (pairs.Count == 0)
                {
                    return null;
                }

                System.Text.RegularExpressions.Match pair = pairs[random.Next(pairs.Count)];
                return ("repeated-property", Encoding.UTF8.GetBytes(text.Insert(pair.Index + pair.Length, ", " + pair.Groups[1].Value + pair.Groups[2].Value)));
            }

            case 1:
            {
                System.Text.RegularExpressions.MatchCollection dates = System.Text.RegularExpressions.Regex.Matches(text, "\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"");
                if (dates.Count == 0)
                {
                    return null;
                }

                System.Text.RegularExpressions.Match date = dates[random.Next(dates.Count)];
                string[] outside = ["\"1899-12-31\"", "\"2201-01-01\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"9938-01-01\""];
                return ("date-out-of-range", Encoding.UTF8.GetBytes(text.Remove(date.Index, date.Length).Insert(date.Index, outside[random.Next(outside.Length)])));
            }

            case 2:
            {
                System.Text.RegularExpressions.MatchCollection counts = System.Text.RegularExpressions.Regex.Matches(text, "\"(" + string.Join('|', CountFields) + ")\"\\s*:\\s*([0-9]+)");
                if (counts.Count == 0)
                {
                    return null;
                }

                System.Text.RegularExpressions.Match count = counts[random.Next(counts.Count)];
                System.Text.RegularExpressions.Group value = count.Groups[2];
                return ("negative-count", Encoding.UTF8.GetBytes(text.Remove(value.Index, value.Length).Insert(value.Index, "-1")));
            }

            case 3:
            {
                // Another kind of document whole (a case file stands for every case file).
                // `diff` reads every population document, so an evaluation sheet's stand-ins are a variant or a case file.
                (string Kind, string Text)[] others = [.. seeds.Where(s => s.Kind != kind && (kind != "evaluations" || s.Kind is "variant" or "case"))];
                return ("wrong-kind", Encoding.UTF8.GetBytes(others[random.Next(others.Length)].Text));
            }

            default:
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                byte[][] bad = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE1, 0xBB]];
                int at = random.Next(bytes.Length);
                return ("not-utf8", [.. bytes[..at], .. bad[random.Next(bad.Length)], .. bytes[at..]]);
            }
        }
    }

    /// <summary>One to three mutations of a seed; some documents are another seed whole (a wrong kind), some get bytes
    /// that are not UTF-8.</summary>
    private static byte[] Mutate(string text, List<(string Kind, string Text)> seeds, Random random)
    {
        if (random.Next(25) == 0)
        {
            text = seeds[random.Next(seeds.Count)].Text; // another kind, whole
        }

        int mutations = 1 + random.Next(3);
        for (int m = 0; m < mutations && text.Length > 0; m++)
        {
            text = MutateOnce(text, random);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(15) == 0 && bytes.Length > 0)
        {
            byte[] bad = [0xFF, 0xC0, 0x80, 0xE1, 0xBB, 0xED, 0xA0, 0x80];
            int at = random.Next(bytes.Length);
            int length = 1 + random.Next(3);
            bytes = [.. bytes[..at], .. bad.Skip(random.Next(bad.Length - 3)).Take(length), .. bytes[at..]];
        }

        return bytes;
    }

    private static string MutateOnce(string json, Random random)
    {
        int at = random.Next(json.Length);
        int length = Math.Min(json.Length - at, 1 + random.Next(12));
        switch (random.Next(9))
        {
            case 0:
                return json.Remove(at, length);
            case 1:
                return json.Insert(at, Fragments[random.Next(Fragments.Length)]);
            case 2:
                return json[..at];
            case 3:
            case 4:
                return ReplaceValue(json, random);
            case 5:
                return Duplicate(json, random);
            case 6:
                string name = PropertyAt(json, random);
                return json.Replace("\"" + name + "\"", "\"unknownName\"", StringComparison.Ordinal);
            case 7:
                return ReplaceValue(ReplaceValue(json, random), random);
            default:
                return json.Remove(at, length).Insert(Math.Min(at, json.Length - length), Fragments[random.Next(Fragments.Length)]);
        }
    }

    /// <summary>Replaces the value after a random colon by a fragment (extreme numbers and dates among them).</summary>
    private static string ReplaceValue(string json, Random random)
    {
        int colon = json.IndexOf(':', random.Next(json.Length));
        if (colon < 0)
        {
            return json;
        }

        int end = json.IndexOfAny([',', '}', ']', '\n'], colon + 1);
        return end < 0 ? json : json[..(colon + 1)] + " " + Fragments[random.Next(Fragments.Length)] + json[end..];
    }

    /// <summary>Repeats a <c>"name": value</c> pair with another value, right after itself.</summary>
    private static string Duplicate(string json, Random random)
    {
        int quote = json.IndexOf('"', random.Next(json.Length));
        if (quote < 0)
        {
            return json;
        }

        int close = json.IndexOf('"', quote + 1);
        if (close < 0 || close + 1 >= json.Length || json[(close + 1)..].TrimStart()[0] != ':')
        {
            return json;
        }

        int end = json.IndexOfAny([',', '}', '\n'], close + 1);
        if (end < 0)
        {
            return json;
        }

        string name = json[quote..(close + 1)];
        return json[..end] + ", " + name + ": " + Fragments[random.Next(Fragments.Length)] + json[end..];
    }

    private static string PropertyAt(string json, Random random)
    {
        int quote = json.IndexOf('"', random.Next(json.Length));
        int close = quote < 0 ? -1 : json.IndexOf('"', quote + 1);
        return close < 0 ? "schemaVersion" : json[(quote + 1)..close];
    }

    private const string Appointments = """
        {
          "schemaVersion": 1,
          "requests": [
            {
              "cadreRef": "MKT-001",
              "kind": "higher",
              "dossierReceivedOn": "2026-03-01",
              "isPlanned": true
            },
            {
              "cadre": {
                "id": "X-1",
                "sex": "female",
                "birthDate": "1975-04",
                "positions": [ { "title": "Phó trưởng phòng", "unit": "Phòng A", "level": "district", "start": "2020-01-01" } ],
                "evaluations": [ { "year": 2023, "track": "state", "level": "good" }, { "year": 2024, "track": "state", "level": "excellent" } ]
              },
              "kind": "higher",
              "dossierReceivedOn": "2026-03-01",
              "isPlanned": true,
              "currentPost": { "title": "Phó trưởng phòng", "unit": "Phòng A", "level": "district", "start": "2020-01-01" }
            }
          ]
        }
        """;
}
