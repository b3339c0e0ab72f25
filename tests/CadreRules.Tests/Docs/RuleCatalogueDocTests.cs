using System;
using System.IO;
using CadreRules.Rules;
using CadreRules.Tests.Rules;
using NodaTime;

namespace CadreRules.Tests.Docs;

public class RuleCatalogueDocTests
{
    /// <summary>
    /// docs/rules.md must be what the code generates. To refresh it after changing rules, run the tests with
    /// CADRERULES_UPDATE_DOCS=1 and commit the file.
    /// </summary>
    [Fact]
    public void RulesMarkdown_IsUpToDateWithTheShippedCatalogue()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "rules.md");
        string generated = CatalogDocumentation.ToMarkdown(ShippedRegulations.Catalog);
        if (Environment.GetEnvironmentVariable("CADRERULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), "docs/rules.md is missing; run the tests with CADRERULES_UPDATE_DOCS=1.");
        Assert.Equal(generated, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void ToMarkdown_ListsParametersRulesAndConfidence()
    {
        RegulationCatalog catalog = RegulationCatalog.Create([new TestRegulation("t", new LocalDate(2020, 1, 1), null)]);

        string md = CatalogDocumentation.ToMarkdown(catalog);

        Assert.Contains("### Test regulation t (`t`)", md, StringComparison.Ordinal);
        Assert.Contains("| `minScore` | 90 | 0 … 100 | C |", md, StringComparison.Ordinal);
        Assert.Contains("| `quota` | 1/5 | 0/1 … 1/1 | **U** |", md, StringComparison.Ordinal);
        Assert.Contains("| `Test.MinScore` | Score {score} | Điểm {score} | Điều 1, QĐ 1-TEST (Test issuer, 01/01/2020) | C |", md, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "CadreRules.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("CadreRules.sln not found above " + AppContext.BaseDirectory);
    }
}
