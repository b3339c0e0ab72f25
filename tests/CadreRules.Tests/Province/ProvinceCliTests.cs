using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CadreRules.Province;
using CadreRules.Tests.Cli;

namespace CadreRules.Tests.Province;

/// <summary>The command-line tool runs every generated document without an input error, and the evaluation sheet has the
/// spread of outcomes it is built for (a small counting step over the tool's own counts).</summary>
public sealed class ProvinceCliTests : IDisposable
{
    private const int People = 2000;
    private readonly List<string> _files = [];

    public void Dispose()
    {
        foreach (string file in _files)
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_EveryPersonClassified_WithTheIntendedSpread()
    {
        CliRun run = CliRun.Of("evaluate", Save(ProvinceDocument.Evaluations), "--lang", "en");
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(1, run.ExitCode); // some outcomes are undetermined under the strict reading: findings, not an error
        Dictionary<string, int> final = Counts(run.Output);
        Assert.Equal(People, final.Values.Sum());
        int moved = int.Parse(Regex.Match(run.Output, @"Unit quota of HTXS: ([\d,]+) moved").Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        int qualified = final["HTXS"] + moved;

        // Most HTT; 10% to 20% qualify for HTXS and the unit quota moves some of them down; a few of everything else.
        Assert.True(final["HTT"] > People / 2, run.Output[^300..]);
        Assert.InRange(qualified, People / 10, People / 5);
        Assert.True(moved > 0);
        Assert.InRange(final["HTNV"], People / 50, People / 5);
        Assert.InRange(final["KHT"], 1, People / 20);
        Assert.InRange(final["not rated"], 1, People / 20);
        Assert.InRange(final["undetermined"], 1, People / 50);
    }

    [Fact]
    public void Evaluate_WithTheProvinceVariant_RatesTheHighScoreGaps()
    {
        string sheet = Save(ProvinceDocument.Evaluations);
        CliRun strict = CliRun.Of("evaluate", sheet, "--lang", "en");
        CliRun variant = CliRun.Of("evaluate", sheet, "--lang", "en", "--overrides", Save(ProvinceDocument.Variant));
        Assert.Equal(string.Empty, variant.Error);
        Assert.InRange(variant.ExitCode, 0, 1);
        Assert.True(Counts(variant.Output).GetValueOrDefault("undetermined") < Counts(strict.Output)["undetermined"]);
        Assert.Contains("party-eval-qd366-lac-son", variant.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_ReportsFindings_NotAnInputError()
    {
        CliRun run = CliRun.Of("plan", Save(ProvinceDocument.Planning), "--lang", "en", "--explain"); // --explain: with the rule codes
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(1, run.ExitCode); // a few titles with five candidates, old candidates…: violations by design
        foreach (string code in new[] { "MaxCandidatesPerTitle", "FewCandidates", "MonthsLeft", "OnlyHigherTitle", "CommitteeCoefficient" })
        {
            Assert.Contains("QD377.Planning." + code, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Retirement_ReadsTheRoster()
    {
        CliRun run = CliRun.Of("retirement", Save(ProvinceDocument.Roster), "--as-of", "2025-12-31", "--lang", "en");
        Assert.Equal(string.Empty, run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("C-0002000", run.Output, StringComparison.Ordinal);
    }

    // "Counts per level: HTXS 277, HTT 1,462, HTNV 169, KHT 42, not rated 34, undetermined 16" (counts with English
    // thousands separators)
    private static Dictionary<string, int> Counts(string output)
    {
        string line = output.Split('\n').Single(l => l.StartsWith("Counts per level: ", StringComparison.Ordinal));
        return Regex.Matches(line, @"([A-Za-z ]+?) (\d{1,3}(?:,\d{3})*)(?:, |$)")
            .ToDictionary(m => m.Groups[1].Value.Trim(), m => int.Parse(m.Groups[2].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
    }

    private string Save(ProvinceDocument kind)
    {
        string file = Path.Combine(Path.GetTempPath(), $"province-{kind}-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(file, ProvinceDocuments.Generate(kind, People, 1));
        _files.Add(file);
        return file;
    }
}
