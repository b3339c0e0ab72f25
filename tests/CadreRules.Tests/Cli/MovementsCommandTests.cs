using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace CadreRules.Tests.Cli;

/// <summary>The <c>movements</c> command: a programme's answers and counts, in Vietnamese and English, JSON, exit code.</summary>
public sealed class MovementsCommandTests
{
    private static readonly string Samples = Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples");

    private static CliRun Run(params string[] more) =>
        CliRun.Of(["movements", Path.Combine(Samples, "demo-movements.json"), "--roster", Path.Combine(Samples, "demo-roster.json"), .. more]);

    [Fact]
    public void Movements_Default_VietnameseCountsAndExitOne()
    {
        CliRun run = Run();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Tổng số: 14 lượt", run.Output, StringComparison.Ordinal);
        Assert.Contains("Theo loại: luân chuyển: 6; điều động: 6; biệt phái: 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("Theo đợt: đợt 1: 4; đợt 2: 10", run.Output, StringComparison.Ordinal);
        Assert.Contains("Theo kết quả: đủ điều kiện: 9; không đủ điều kiện: 4; chưa xác định: 1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Movements_English_NamesTheUndeterminedTransferAndTheFailedBar()
    {
        CliRun run = Run("--lang", "en");

        Assert.Contains("By direction: downward: 7; upward: 2; between localities: 1; between agencies: 4", run.Output, StringComparison.Ordinal);
        Assert.Contains("MKT-027 (transfer, 30/06/2025):", run.Output, StringComparison.Ordinal);
        Assert.Contains("no regulation of the catalogue covers this kind of movement", run.Output, StringComparison.Ordinal);
        Assert.Contains("[not met] Under disciplinary review — Article 25, NĐ 170/2025/NĐ-CP", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Movements_Json_GroupingsSumToTheTotal()
    {
        CliRun run = Run("--format", "json");

        using JsonDocument json = JsonDocument.Parse(run.Output);
        JsonElement root = json.RootElement;
        int total = root.GetProperty("total").GetInt32();
        Assert.Equal(14, total);
        foreach (string grouping in new[] { "byKind", "byDirection", "byLevels", "byBatch", "byOutcome" })
        {
            Assert.Equal(total, root.GetProperty(grouping).EnumerateArray().Sum(e => e.GetProperty("count").GetInt32()));
        }

        JsonElement first = root.GetProperty("movements")[0];
        Assert.Equal(("undetermined", false), (first.GetProperty("outcome").GetString(), first.TryGetProperty("regulation", out _)));
        JsonElement second = root.GetProperty("movements")[1];
        Assert.Equal(("eligible", "movement-nd170", "2025-12-31"), (second.GetProperty("outcome").GetString(), second.GetProperty("regulation").GetString(), second.GetProperty("allowanceKeptUntil").GetString()));
    }

    [Fact]
    public void Movements_GivenARoster_SaysWhichCommandReadsIt()
    {
        CliRun run = CliRun.Of("movements", Path.Combine(Samples, "demo-roster.json"), "--lang", "en");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("roster", run.Error, StringComparison.Ordinal);
    }
}
