using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CadreRules.Tests.Cli;

/// <summary>Under <c>--lang vi</c> (the default) a bad document of every family is refused in Vietnamese, the file and
/// the JSON path of the value at fault kept (issue 19, item 2: "every error of a document reported with its location"
/// in the output's language); with <c>--lang en</c> the same error is in English at the same path.</summary>
public sealed class VietnameseErrorTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    /// <summary>Words of the English messages; a Vietnamese message keeps only quoted values and identifiers in English.</summary>
    private static readonly Regex English = new(@"\b(the|is|are|not|must|cannot|expected|unknown|given|needs?|needed|required|missing|document|value|found|should|already|exactly|case|regulation|list|give|write|no|of)\b");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-vi-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string, string[]> Families => new()
    {
        { "roster", "demo-roster.json", "$.schemaVersion", ["retirement", "{0}", "--as-of", "01/01/2026"] },
        { "evaluations", "demo-evaluations.json", "$.people[0].tasks.completed", ["evaluate", "{0}"] },
        { "planning", "demo-planning.json", "$.entries[1]", ["plan", "{0}", "--roster", "{roster}"] },
        { "review", "demo-review.json", "$.proposedAdditions[0].titleId", ["review", "{0}", "--roster", "{roster}"] },
        { "rotations", "demo-rotations.json", "$.requests[0]", ["rotation", "{0}", "--roster", "{roster}"] },
        { "appointments", "demo-appointments.json", "$.requests[0].kind", ["appointment", "{0}", "--roster", "{roster}"] },
        { "position-changes", "demo-position-changes.json", "$.incumbents[0].sector", ["position-change", "{0}", "--roster", "{roster}"] },
        { "committee", "demo-committee.json", "$.candidacies[0].level", ["committee", "{0}", "--roster", "{roster}"] },
        { "key-posts", "key-posts-thanh-tri-2023-07.json", "$.holders[0].yearsStudiedOrWorkedThere", ["non-local", "{0}"] },
        { "body", "demo-body.json", "$.youngAge", ["composition", "{0}", "--roster", "{roster}"] },
        { "variant", "demo-variant-evaluation.json", "$.rules.add[0].when.all", ["regulations", "--overrides", "{0}"] },
        { "case", "retirement/decree135-man-born-1961-01.json", "$.regulation", ["check", "{0}"] },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public void ABadDocument_IsRefusedInVietnamese_AtItsPath(string family, string sample, string path, string[] command)
    {
        string source = family == "case" ? Path.Combine(Documents.CaseRunnerTests.CasesFolder, sample) : Path.Combine(Samples, sample);
        JsonNode document = JsonNode.Parse(File.ReadAllText(source))!;
        Break(family, document);
        string file = Path.Combine(_folder, family + ".json");
        File.WriteAllText(file, document.ToJsonString());
        string[] args = [.. command.Select(a => a.Replace("{0}", file, StringComparison.Ordinal).Replace("{roster}", Path.Combine(Samples, "demo-roster.json"), StringComparison.Ordinal))];

        CliRun vi = CliRun.Of(args);
        CliRun en = CliRun.Of([.. args, "--lang", "en"]);

        Assert.Equal(2, vi.ExitCode);
        string prefix = $"error: {file}: {path}: ";
        string line = vi.Error.Split('\n').First(l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        string message = Regex.Replace(line[prefix.Length..], @"'[^']*'|""[^""]*""|\(dòng \d+, byte \d+\)", string.Empty);
        Assert.False(English.IsMatch(message), line);
        string english = en.Error.Split('\n').First(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(English.IsMatch(Regex.Replace(english[prefix.Length..], @"'[^']*'|""[^""]*""", string.Empty)), english); // the check would see English
    }

    /// <summary>Refusals worded by the core library's own checks (not the documents'), one per kind of check.</summary>
    public static TheoryData<string, string, string[]> LibraryChecks => new()
    {
        { "post-before-start", "demo-roster.json", ["retirement", "{0}", "--as-of", "01/01/2026"] },
        { "admission-before-birth", "demo-roster.json", ["retirement", "{0}", "--as-of", "01/01/2026"] },
        { "rotation-ends-first", "demo-rotations.json", ["rotation", "{0}", "--roster", "{roster}"] },
        { "term-of-zero-years", "demo-planning.json", ["plan", "{0}", "--roster", "{roster}"] },
        { "variant-before-base", "demo-variant-evaluation.json", ["regulations", "--overrides", "{0}"] },
        { "variant-breaks-constraint", "demo-variant-evaluation.json", ["regulations", "--overrides", "{0}"] },
    };

    [Theory]
    [MemberData(nameof(LibraryChecks))]
    public void TheLibrarysOwnRefusal_IsInVietnamese_AtAPath(string check, string sample, string[] command)
    {
        JsonNode d = JsonNode.Parse(File.ReadAllText(Path.Combine(Samples, sample)))!;
        switch (check)
        {
            case "post-before-start":
                d["cadres"]![0]!["positions"]![0]!["end"] = "2010-01-01";
                break;
            case "admission-before-birth":
                d["cadres"]![0]!["partyAdmittedOn"] = "1950-01-01";
                break;
            case "rotation-ends-first":
                d["requests"]![0]!["plannedEnd"] = "2025-01-01";
                break;
            case "term-of-zero-years":
                d["term"]!["years"] = 0;
                break;
            case "variant-before-base":
                d["effective"]!["start"] = "2020-01-01";
                break;
            default:
                d["overrides"] = JsonNode.Parse("""{ "htxs.minScore": 60, "htt.minScore": 80 }""");
                break;
        }

        string file = Path.Combine(_folder, check + ".json");
        File.WriteAllText(file, d.ToJsonString());
        string[] args = [.. command.Select(a => a.Replace("{0}", file, StringComparison.Ordinal).Replace("{roster}", Path.Combine(Samples, "demo-roster.json"), StringComparison.Ordinal))];

        CliRun vi = CliRun.Of(args);
        CliRun en = CliRun.Of([.. args, "--lang", "en"]);

        Assert.Equal(2, vi.ExitCode);
        string line = vi.Error.Split('\n').First(l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Contains(": $", line, StringComparison.Ordinal);
        string message = Regex.Replace(line[(line.IndexOf(": $", StringComparison.Ordinal) + 2)..], @"^\$[^ ]*: |'[^']*'|""[^""]*""|\(dòng \d+, byte \d+\)", string.Empty);
        Assert.False(English.IsMatch(message), line);
        string english = en.Error.Split('\n').First(l => l.StartsWith("error: ", StringComparison.Ordinal));
        Assert.Matches(@"(?i)\b(before|after|break|lasts|derive)\b", english); // the same refusal, in English
    }

    /// <summary>One mistake of the documents' own checks per family (the domain's own refusals of dates and counts have
    /// their tests where the library words them).</summary>
    private static void Break(string family, JsonNode d)
    {
        switch (family)
        {
            case "roster":
                d["schemaVersion"] = 2;
                break;
            case "evaluations":
                d["people"]![0]!["tasks"]!["completed"] = 12;
                break;
            case "planning":
                d["entries"]![1] = JsonNode.Parse(d["entries"]![0]!.ToJsonString());
                break;
            case "review":
                d["proposedAdditions"]![0]!["titleId"] = "zzz";
                break;
            case "rotations":
                d["requests"]![0]!["cadre"] = JsonNode.Parse("""{ "id": "x", "sex": "male", "birthDate": "1970" }""");
                break;
            case "appointments":
                d["requests"]![0]!["kind"] = "zzz";
                break;
            case "position-changes":
                d["incumbents"]![0]!["sector"] = "zzz";
                break;
            case "committee":
                d["candidacies"]![0]!["level"] = "zzz";
                break;
            case "key-posts":
                d["holders"]![0]!["yearsStudiedOrWorkedThere"] = -1;
                break;
            case "body":
                d["youngAge"] = 0;
                break;
            case "variant":
                d["rules"]!["add"]![0]!["when"]!["all"] = new JsonArray();
                break;
            default:
                d["regulation"] = "planning-qd377";
                break;
        }
    }
}
