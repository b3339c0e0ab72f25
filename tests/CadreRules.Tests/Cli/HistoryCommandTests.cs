using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CadreRules.Documents;
using CadreRules.History;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>history</c> command and its document: the denominator and both aggregations named, exact shares.</summary>
public sealed class HistoryCommandTests
{
    private static readonly string Sample = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", "demo-history.json");

    [Fact]
    public void History_Default_VietnameseNamesTheDenominatorAndBothAggregations()
    {
        CliRun run = CliRun.Of("history", Sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Mẫu số: tổng số được xếp loại", run.Output, StringComparison.Ordinal);
        Assert.Contains("Cộng dồn số lượng các năm: HTXS 111/631 = 17,6%; HTT 500/631 = 79,2%", run.Output, StringComparison.Ordinal);
        Assert.Contains("Bình quân các tỷ lệ hằng năm (5 năm): HTXS 17,5%; HTT 79,3%", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void History_GoodOrBetter_English_OnlyHtxsAndHtt()
    {
        CliRun run = CliRun.Of("history", Sample, "--lang", "en", "--denominator", "goodOrBetter");

        Assert.Contains("Denominator: those rated HTT or better (HTXS + HTT)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Pooled counts over the years: HTXS 111/611 = 18.2%; HTT 500/611 = 81.8%", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("HTNV 17/", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void History_Json_ExactSharesAndNamedAggregations()
    {
        CliRun run = CliRun.Of("history", Sample, "--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("allRated", root.GetProperty("denominator").GetString());
        JsonElement pooled = root.GetProperty("period").GetProperty("pooledCounts")[0];
        Assert.Equal((111, 631), (pooled.GetProperty("share").GetProperty("numerator").GetInt32(), pooled.GetProperty("share").GetProperty("denominator").GetInt32()));
        Assert.Equal(5, root.GetProperty("period").GetProperty("meanOfYearlyShares")[0].GetProperty("years").GetInt32());
    }

    [Fact]
    public void Read_LevelBesideCounts_ExactlyOne_AndYearTwice_Duplicate()
    {
        Assert.Equal(DocumentErrorCodes.ExactlyOne, Documents.DocumentAssert.FailsAt("$.years[0]", () => CadreDocuments.ReadEvaluationHistory(
            """{ "schemaVersion": 1, "years": [ { "year": 2024, "level": "good", "excellent": 1 } ] }""")).Code);
        Assert.Equal(DocumentErrorCodes.DuplicateId, Documents.DocumentAssert.FailsAt("$.years[1].year", () => CadreDocuments.ReadEvaluationHistory(
            """{ "schemaVersion": 1, "years": [ { "year": 2024, "level": "good" }, { "year": 2024, "good": 3 } ] }""")).Code);
    }

    [Fact]
    public void Read_APersonsOwnRecords_OneYearEachOnTheTrack()
    {
        var roster = CadreDocuments.ReadRoster("""
            { "schemaVersion": 1, "cadres": [ { "id": "P", "sex": "female", "birthDate": "1980-01", "evaluations": [
              { "year": 2022, "track": "party", "level": "good" }, { "year": 2023, "track": "party" },
              { "year": 2024, "track": "party", "level": "excellent" }, { "year": 2024, "track": "state", "level": "notComplete" } ] } ] }
            """);

        var years = CadreDocuments.ReadEvaluationHistory("""{ "schemaVersion": 1, "cadreRef": "P", "track": "party" }""", roster);
        HistoryShares shares = HistoryShares.Measure(years, ShareDenominator.AllRated);

        Assert.Equal([(2022, 0L, 1L, 0L), (2023, 0L, 0L, 1L), (2024, 1L, 0L, 0L)], years.Select(y => (y.Year, y.Excellent, y.Good, y.NotRated)));
        Assert.Equal(CadreRules.Rules.Share.Of(1, 2), shares.Period[0].Pooled.Share);
        Assert.Equal(DocumentErrorCodes.ExactlyOne, Documents.DocumentAssert.FailsAt("$", () => CadreDocuments.ReadEvaluationHistory(
            """{ "schemaVersion": 1, "cadreRef": "P", "track": "party", "years": [] }""", roster)).Code);
        Documents.DocumentAssert.FailsAt("$.track", () => CadreDocuments.ReadEvaluationHistory("""{ "schemaVersion": 1, "cadreRef": "P" }""", roster));
    }

    [Fact]
    public void WriteThenRead_SameCounts()
    {
        var years = CadreDocuments.ReadEvaluationHistory(File.ReadAllText(Sample));

        var again = CadreDocuments.ReadEvaluationHistory(CadreDocuments.WriteEvaluationHistory(years));

        Assert.Equal(years.Select(y => (y.Year, y.Excellent, y.Good, y.Complete, y.NotComplete, y.NotRated)), again.Select(y => (y.Year, y.Excellent, y.Good, y.Complete, y.NotComplete, y.NotRated)));
        Assert.Equal(HistoryShares.Measure(years, ShareDenominator.AllRated).Period.ToArray(), HistoryShares.Measure(again, ShareDenominator.AllRated).Period.ToArray());
    }
}
