using System;
using System.IO;
using CadreRules.Localization;
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
        Assert.Contains("| `Test.MinScore` | Score {score} | Điểm {score} |  |  | Điều 1, QĐ 1-TEST (Test issuer, 01/01/2020) | C |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_EscapesCells_ListsEachRuleOnce_AndShowsTheBaseOfAVariant()
    {
        var variant = new LocalVariant("t-local", "t", new LocalizedText("Biến thể", "Local variant"), TestRegulation.Document.Article(2),
            EffectivePeriod.From(new LocalDate(2024, 1, 1)), new System.Collections.Generic.Dictionary<string, ParameterValue>());
        RegulationCatalog catalog = RegulationCatalog.Create([new TableRegulation()]).WithVariant(variant);

        string md = CatalogDocumentation.ToMarkdown(catalog);

        Assert.Contains("### Local variant (`t-local`)\n\n- Vietnamese: Biến thể\n- Citation: Điều 2, QĐ 1-TEST (Test issuer, 01/01/2020)\n- Derived from: `t`\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("- Derived from: `", md.Replace("- Derived from: `t`\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("| `Table.Pipe` | a \\| b on two lines | một \\| hai trên hai dòng |  |  | Điều 1, QĐ 1-TEST (Test issuer, 01/01/2020) | C |\n", md, StringComparison.Ordinal);
        Assert.Contains("| `Table.Uncited` | Uncited | Không trích dẫn |  |  |  | **U** |\n", md, StringComparison.Ordinal);
        Assert.Equal(2, md.Split("| `Table.Pipe` |").Length - 1); // once for the regulation, once for its variant
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

    private sealed class TableRegulation : Regulation
    {
        private static readonly RuleDescriptor Pipe = new("Table.Pipe", new LocalizedText("một | hai\ntrên hai dòng", "a | b\non two lines"), TestRegulation.Document.Article(1));
        private static readonly RuleDescriptor Uncited = new("Table.Uncited", new LocalizedText("Không trích dẫn", "Uncited"), null, confidence: Confidence.Unconfirmed);

        public TableRegulation()
            : this(new RegulationReference("t", new LocalizedText("Bảng", "Table"), RegulationTopic.Evaluation, TestRegulation.Document.Whole(),
                [new RegulationScope(SubjectKind.PartyMember, EffectivePeriod.From(new LocalDate(2020, 1, 1)))]), ParameterSet.Defaults([]))
        {
        }

        private TableRegulation(RegulationReference reference, ParameterSet parameters)
            : base(reference, parameters)
        {
        }

        // The same rule twice (as when two ladder steps share a guard): listed once.
        public override System.Collections.Generic.IEnumerable<RuleDescriptor> Rules => [Pipe, Uncited, Pipe];

        protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) => new TableRegulation(reference, parameters);
    }
}
