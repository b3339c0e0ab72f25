using System;
using System.IO;
using System.Linq;

namespace CadreRules.Tests.Cli;

/// <summary>A document whose candidates refer to a roster, read without one: the mistake is said once, at the first
/// reference, with how many references there are and the remedy, not once per reference.</summary>
public sealed class RosterMissingTests
{
    private static string Sample(string name) =>
        Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    [Fact]
    public void Plan_WithoutRoster_SaysItOnceWithTheRemedy()
    {
        CliRun vi = CliRun.Of("plan", Sample("demo-planning.json"));
        CliRun en = CliRun.Of("plan", Sample("demo-planning.json"), "--lang", "en");

        Assert.Equal(2, vi.ExitCode);
        string[] lines = vi.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith("$.candidates[0].cadreRef: 'MKT-001' trỏ tới một danh sách cán bộ, nhưng không có danh sách nào được đưa vào.", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("$: 41 mục cadreRef trỏ tới danh sách cán bộ: đưa danh sách vào bằng --roster TỆP.", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("$: 41 cadreRef entries refer to a roster: give it with --roster FILE.", en.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(), StringComparison.Ordinal);
    }
}
