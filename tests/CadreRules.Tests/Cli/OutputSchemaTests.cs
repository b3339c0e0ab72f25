using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CadreRules.Tests.Documents;

namespace CadreRules.Tests.Cli;

/// <summary>
/// Every <c>--format json</c> output of the CLI has a published schema (docs/schemas/cli, or the document schema it
/// writes), and the real outputs on the bundled samples conform to it: a writer that adds, renames or drops a field
/// without its schema fails here.
/// </summary>
public sealed partial class OutputSchemaTests
{
    private static readonly MiniSchemaValidator Validator = new(Path.Combine(AppContext.BaseDirectory, "Schemas"));

    private static string Sample(string name) =>
        Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    private static string Roster => Sample("demo-roster.json");

    /// <summary>The schema each command's JSON output follows, relative to docs/schemas.</summary>
    private static readonly Dictionary<string, string> SchemaOf = new(StringComparer.Ordinal)
    {
        ["retirement"] = "retirement-report.schema.json",
        ["evaluate"] = "cli/evaluate.schema.json",
        ["plan"] = "cli/plan.schema.json",
        ["review"] = "cli/review.schema.json",
        ["rotation"] = "cli/rotation.schema.json",
        ["non-local"] = "cli/non-local.schema.json",
        ["position-change"] = "cli/position-change.schema.json",
        ["appointment"] = "cli/appointment.schema.json",
        ["committee"] = "cli/committee.schema.json",
        ["body"] = "cli/composition.schema.json",
        ["statistics"] = "cli/statistics.schema.json",
        ["standards"] = "cli/standards.schema.json",
        ["movements"] = "cli/movements.schema.json",
        ["history"] = "cli/history.schema.json",
        ["titles"] = "cli/titles.schema.json",
        ["diff"] = "cli/diff.schema.json",
        ["regulations"] = "catalogue.schema.json",
    };

    [GeneratedRegex("--format <([^>]*)>")]
    private static partial Regex FormatChoices();

    [Fact]
    public void EveryCommandWithJsonOutput_HasASchema()
    {
        var withJson = new List<string>();
        foreach (string name in global::CadreRules.Cli.CadreRulesCli.Commands.Select(c => c.Create(CliContextFor()).Name))
        {
            Match match = FormatChoices().Match(CliRun.Of(name, "--help", "--lang", "en").Output + CliRun.Of(name, "--help").Output);
            if (match.Success && match.Groups[1].Value.Split('|').Contains("json"))
            {
                withJson.Add(name);
            }
        }

        // convert writes the input document of its kind (roster, evaluation sheet…), whose schemas are the documents'
        // own (docs/schemas/*.schema.json, checked by SchemaTests and the spreadsheet round trips).
        withJson.Remove("convert");
        Assert.Contains("evaluate", withJson);
        Assert.Equal(withJson.Order(StringComparer.Ordinal), SchemaOf.Keys.Where(withJson.Contains).Order(StringComparer.Ordinal));
        Assert.Empty(withJson.Except(SchemaOf.Keys));
    }

    private static global::CadreRules.Cli.CliContext CliContextFor() =>
        new(TextReader.Null, TextWriter.Null, TextWriter.Null, global::CadreRules.ShippedRegulations.Catalog);

    public static IEnumerable<object[]> Runs()
    {
        string[] en = ["--lang", "en"];
        string[] none = [];
        foreach (string[] lang in new[] { none, en })
        {
            yield return ["evaluate", new[] { Sample("demo-evaluations.json") }.Concat(lang).ToArray()];
            yield return ["evaluate", new[] { Sample("demo-evaluations.json"), "--overrides", Sample("demo-variant.json") }.Concat(lang).ToArray()];
            yield return ["plan", new[] { Sample("demo-planning.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["plan", new[] { Sample("demo-planning.json"), "--roster", Roster, "--overrides", Sample("demo-variant-planning.json") }.Concat(lang).ToArray()];
            yield return ["review", new[] { Sample("demo-review.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["rotation", new[] { Sample("demo-rotations.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["rotation", new[] { Sample("demo-rotations.json"), "--roster", Roster, "--explain" }.Concat(lang).ToArray()];
            yield return ["appointment", new[] { Sample("demo-appointments.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["appointment", new[] { Sample("demo-appointments.json"), "--roster", Roster, "--explain" }.Concat(lang).ToArray()];
            yield return ["position-change", new[] { Sample("demo-position-changes.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["position-change", new[] { Sample("demo-position-changes.json"), "--roster", Roster, "--explain" }.Concat(lang).ToArray()];
            yield return ["committee", new[] { Sample("demo-committee.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["body", new[] { Sample("demo-body.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["body", new[] { Sample("demo-body.json"), "--roster", Roster, "--regulation", "in force" }.Concat(lang).ToArray()];
            yield return ["statistics", new[] { Sample("demo-roster.json"), "--as-of", "2025-07-01", "--young-age", "35" }.Concat(lang).ToArray()];
            yield return ["standards", new[] { Sample("demo-standards.json") }.Concat(lang).ToArray()];
            yield return ["movements", new[] { Sample("demo-movements.json"), "--roster", Roster }.Concat(lang).ToArray()];
            yield return ["movements", new[] { Sample("demo-movements.json"), "--roster", Roster, "--explain" }.Concat(lang).ToArray()];
            yield return ["history", new[] { Sample("demo-history.json") }.Concat(lang).ToArray()];
            yield return ["titles", new[] { "--on", "2025-10-01" }.Concat(lang).ToArray()];
            yield return ["titles", new[] { "--on", "2025-09-07" }.Concat(lang).ToArray()];
            yield return ["titles", new[] { "--on", "2025-10-01", "--title", "partySecretary", "--other", "committeeChair", "--other-tier", "hanoiOrHoChiMinhCity" }.Concat(lang).ToArray()];
            yield return ["titles", new[] { "--on", "2025-10-01", "--title", "organisationDeputy", "--tier", "hanoiOrHoChiMinhCity", "--other", "partySecretary" }.Concat(lang).ToArray()];
            yield return ["history", new[] { Sample("demo-history.json"), "--denominator", "goodOrBetter" }.Concat(lang).ToArray()];
            yield return ["retirement", new[] { Sample("demo-roster.json"), "--as-of", "2026-01-01" }.Concat(lang).ToArray()];
            yield return ["regulations", lang];
            yield return ["regulations", new[] { "--overrides", Sample("demo-variant-planning.json") }.Concat(lang).ToArray()];
            foreach (string posts in new[] { "key-posts-phuc-tho-2021-11.json", "key-posts-phuc-tho-2023-03.json", "key-posts-thanh-tri-2023-07.json" })
            {
                yield return ["non-local", new[] { Sample(posts) }.Concat(lang).ToArray()];
            }

            yield return ["diff", new[] { Sample("demo-evaluations.json"), "--overrides", Sample("demo-variant.json") }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-planning.json"), "--roster", Roster, "--overrides", Sample("demo-variant-planning.json") }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-review.json"), "--roster", Roster, "--regulation", "planning-qd50", "--against", "planning-qd377" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-rotations.json"), "--roster", Roster, "--regulation", "rotation-qd98", "--against", "rotation-qd65" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-appointments.json"), "--roster", Roster, "--regulation", "appointment-qd80", "--against", "appointment-qd377" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("key-posts-phuc-tho-2021-11.json"), "--regulation", "rotation-qd98", "--against", "rotation-qd65" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-position-changes.json"), "--roster", Roster, "--regulation", "position-change-nd59", "--against", "position-change-nd59" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-committee.json"), "--roster", Roster, "--regulation", "committee-ct45", "--against", "committee-ct45" }.Concat(lang).ToArray()];
            yield return ["diff", new[] { Sample("demo-roster.json"), "--overrides", Sample("demo-variant.json") }.Concat(lang).ToArray()];
        }
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void JsonOutput_ConformsToItsSchema(string command, string[] args)
    {
        CliRun run = CliRun.Of([command, .. args, "--format", "json"]);

        Assert.True(run.ExitCode is 0 or 1, $"{command} exited {run.ExitCode}: {run.Error}");
        Assert.StartsWith("{", run.Output.TrimStart(), StringComparison.Ordinal);
        IReadOnlyList<string> errors = Validator.Validate(SchemaOf[command], run.Output);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Theory]
    [InlineData("--lang", "vi")]
    [InlineData("--lang", "en")]
    public void JsonLinesOutput_EachLineConformsToTheLineSchema(string option, string value)
    {
        CliRun run = CliRun.Of("evaluate", Sample("demo-evaluations.json"), "--format", "jsonl", option, value);

        string[] lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (string line in lines)
        {
            IReadOnlyList<string> errors = Validator.Validate("cli/evaluate-line.schema.json", line);
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
        }
    }

    [Fact]
    public void ExplainedEvaluation_EmbedsVerdictDocuments()
    {
        CliRun run = CliRun.Of("evaluate", Sample("demo-evaluations.json"), "--format", "json", "--explain");

        Assert.Empty(Validator.Validate("cli/evaluate.schema.json", run.Output));
        using JsonDocument document = JsonDocument.Parse(run.Output);
        Assert.All(document.RootElement.GetProperty("people").EnumerateArray(), p => Assert.True(p.TryGetProperty("explanation", out _)));
    }

    // The schemas are strict: a field the writer does not produce is refused, so the check is not vacuous.
    [Fact]
    public void Schema_RefusesAnUnknownField()
    {
        CliRun run = CliRun.Of("committee", Sample("demo-committee.json"), "--roster", Roster, "--format", "json");
        string tampered = run.Output.Replace("\"candidacies\"", "\"extra\": 1, \"candidacies\"", StringComparison.Ordinal);

        Assert.NotEmpty(Validator.Validate("cli/committee.schema.json", tampered));
    }

    [Fact]
    public void Schemas_AreJsonWithIds()
    {
        foreach (string file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Schemas", "cli"), "*.schema.json"))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file));
            Assert.EndsWith("docs/schemas/cli/" + Path.GetFileName(file), document.RootElement.GetProperty("$id").GetString(), StringComparison.Ordinal);
        }
    }
}
