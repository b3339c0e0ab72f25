using System;
using System.IO;
using CadreRules.Localization;
using CadreRules.Rules;

namespace CadreRules.Tests.Cli;

/// <summary><c>regulations --format markdown</c>: the reference page of docs/rules.md, for the shipped catalogue and
/// for the catalogue a variant leaves (issue 18: "rules.md-style markdown can be generated for a variant").</summary>
public sealed class RegulationsMarkdownTests
{
    private static string Sample(string name) =>
        Path.Combine(Docs.RuleCatalogueDocTests.RepositoryRoot(), "src", "CadreRules.Cli", "Samples", name);

    [Fact]
    public void Shipped_IsDocsRulesMd()
    {
        CliRun run = CliRun.Of("regulations", "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CatalogDocumentation.ToMarkdown(ShippedRegulations.Catalog), run.Output);
    }

    [Fact]
    public void Variant_ListsTheProvincesRegulationWithItsAddedRuleCitedToItsDocument()
    {
        CliRun run = CliRun.Of("regulations", "--overrides", Sample("demo-variant-evaluation.json"), "--format", "markdown");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Rule catalogue with a local variant\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("(`party-eval-qd366-hoa-son`)", run.Output, StringComparison.Ordinal);
        Assert.Contains("- Derived from: `party-eval-qd366`", run.Output, StringComparison.Ordinal);
        string line = Array.Find(run.Output.Split('\n'), l => l.StartsWith("| `HS.HTXS.NoDisciplineMoreExceeded` |", StringComparison.Ordinal))!;
        Assert.Contains("HD 03-HD/TU (hư cấu)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("HS.HTXS.NoDisciplineMoreExceeded", CliRun.Of("regulations", "--format", "markdown").Output, StringComparison.Ordinal);
    }
}
