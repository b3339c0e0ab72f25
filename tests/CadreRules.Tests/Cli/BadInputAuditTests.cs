using System;
using System.IO;
using System.Linq;

namespace CadreRules.Tests.Cli;

/// <summary>The crashes and pathless messages of issue 17's list, run through the command line as a user meets them:
/// each is exit 2 with one error line naming the file and the JSON path of the value.</summary>
public sealed class BadInputAuditTests : IDisposable
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private readonly string _folder = Directory.CreateTempSubdirectory("cadre-rules-audit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Sample(string name) => File.ReadAllText(Path.Combine(Samples, name));

    [Theory]
    // `plan` crashed in the seat arithmetic (715827883 for a leadership title, 1431655765 for the committee).
    [InlineData("plan", "planning", "\"rank\": 5", "\"rank\": 5, \"seats\": 715827883", "$.titles[0].seats")]
    [InlineData("plan", "planning", "\"seats\": 27", "\"seats\": 1431655765", "$.titles[4].seats")]
    // `retirement` crashed on a full birth date after 2200.
    [InlineData("retirement", "roster", "\"birthDate\": \"1965-02\"", "\"birthDate\": \"9938-01-01\"", "$.cadres[0].birthDate")]
    // `rotation` crashed on a planned end on the calendar's last day (end + 1 day overflowed).
    [InlineData("rotation", "rotations", "\"plannedEnd\": \"2029-02-28\"", "\"plannedEnd\": \"9999-12-31\"", "$.requests[0].plannedEnd")]
    // `evaluate` reported "MKT-001: …" without the file and path for a QĐ 366 person given grades instead of a score.
    [InlineData("evaluate", "evaluations", "\"score\": {\n        \"general\": 25,\n        \"results\": 53\n      }", "\"grades\": { \"general\": \"good\", \"results\": \"good\" }", "$.people[0].score")]
    public void Command_OnTheInputThatCrashedOrLostItsPath_ExitsTwoWithFileAndPath(string command, string sample, string find, string replace, string path)
    {
        string text = Sample("demo-" + sample + ".json");
        Assert.Contains(find, text, StringComparison.Ordinal);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        string file = Path.Combine(_folder, sample + ".json");
        File.WriteAllText(file, text[..at] + replace + text[(at + find.Length)..]);
        string[] args = command switch
        {
            "retirement" => [command, file, "--as-of", "2026-01-01", "--lang", "en"],
            "evaluate" => [command, file, "--lang", "en"],
            _ => [command, file, "--roster", Path.Combine(Samples, "demo-roster.json"), "--lang", "en"],
        };

        CliRun run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        string[] lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.StartsWith($"error: {file}: $", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith($"error: {file}: {path}", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_RetirementCaseWithABirthDateAfter2200_ExitsTwoAtThePath()
    {
        string file = Path.Combine(_folder, "case.json");
        File.WriteAllText(file, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "retirement", "year-only-birth-date.json")).Replace("\"birthDate\": \"1961\"", "\"birthDate\": \"9938-01-01\"", StringComparison.Ordinal));

        CliRun run = CliRun.Of("check", file, "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: $.facts.cadre.birthDate: The birth date 9938-01-01 is outside the dates the library accepts", run.Error, StringComparison.Ordinal);
        Assert.Equal(1, run.Error.Split('\n').Count(l => l.StartsWith("error: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Diff_DocumentWithBytesThatAreNotUtf8_ExitsTwoAtTheRoot()
    {
        string file = Path.Combine(_folder, "sheet.json");
        byte[] text = System.Text.Encoding.UTF8.GetBytes(Sample("demo-evaluations.json"));
        File.WriteAllBytes(file, [.. text[..40], 0xFF, .. text[40..]]);

        CliRun run = CliRun.Of("diff", file, "--overrides", Path.Combine(Samples, "demo-variant.json"), "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: $: the document is not UTF-8: byte 0xFF at offset 40", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RosterWithBytesThatAreNotUtf8PastTheProbe_ExitsTwoAtTheRoot()
    {
        // The kind is found from the first bytes; the bad byte comes after them, while the roster is read.
        string file = Path.Combine(_folder, "roster.json");
        byte[] text = System.Text.Encoding.UTF8.GetBytes(Sample("demo-roster.json"));
        int at = text.Length - 40;
        File.WriteAllBytes(file, [.. text[..at], 0xC0, .. text[at..]]);

        CliRun run = CliRun.Of("diff", file, "--overrides", Path.Combine(Samples, "demo-variant.json"), "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: $: the document is not UTF-8: byte 0xC0 at offset {at}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vi", "$.rules.remove[0]: 'QD366.Nothing' không phải là quy tắc của 'party-eval-qd366-hoa-son' mà biến thể có thể thay thế hoặc bỏ")]
    [InlineData("en", "$.rules.remove[0]: 'QD366.Nothing' is not a rule of 'party-eval-qd366-hoa-son' that a variant can replace or remove")]
    public void Evaluate_VariantWithABadRuleChange_SaysWhyInTheOutputsLanguage(string language, string expected)
    {
        string variant = Path.Combine(_folder, "variant.json");
        File.WriteAllText(variant, Sample("demo-variant-evaluation.json").Replace("\"rules\": {", "\"rules\": { \"remove\": [\"QD366.Nothing\"],", StringComparison.Ordinal));

        CliRun run = CliRun.Of("evaluate", Path.Combine(Samples, "demo-evaluations.json"), "--overrides", variant, "--lang", language);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }
}
