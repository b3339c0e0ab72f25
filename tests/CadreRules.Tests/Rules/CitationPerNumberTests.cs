using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Rules;

/// <summary>Every finding cites the document that set the number it used: a province's override cites the province and
/// shows the national value it replaced; the rest cites the national text.</summary>
public class CitationPerNumberTests
{
    private static readonly LegalDocument Province = new("HD 01-HD/TU (thử)", "Tỉnh ủy thử nghiệm", new LocalDate(2025, 11, 1));

    // Parameters whose number is cited outside Regulation.Rules (a quota clause, a report, a date computation) or that
    // no finding reads; each is checked by a test of its own below or named with its reason.
    private static readonly ImmutableHashSet<string> CitedElsewhere =
    [
        "quota.htxsShare", "quota.outstandingShare", // the quota clause (QuotaRegime.CapRule / OutstandingRule)
        "quota.denominator", "quota.rounding", "quota.ordering", // the same clauses, which the policy reads
        "nonLocal.minYearsThere", "nonLocal.targetShare", "head.maxConsecutiveTerms", // rotation reports and checks
        "nonLocal.deadlineYear", "nonLocal.secretaryMaxYearsInPlace", // the non-local report's deadline and the tenure findings
        "nonLocal.provincialSecretary.targetShare", "nonLocal.provincialSecretary.deadlineYear", // the per-post non-local reports
        "nonLocal.communeSecretary.targetShare", "nonLocal.communeSecretary.deadlineYear",
        "term.months", "term.extensionBelowMonths", "term.noticeWorkingDays", // the reappointment term and its notice date
    ];

    private static LocalVariant VariantOf(Regulation regulation, string key, ParameterValue value) => new(
        new RegulationId(regulation.Id.Value + "-province"), regulation.Id, new LocalizedText("Biến thể", "Variant"), Province.Article(2),
        regulation.Period, new Dictionary<string, ParameterValue> { [key] = value });

    /// <summary>Another value each parameter can take that keeps its bounds and its regulation's constraints.</summary>
    private static IEnumerable<ParameterValue> OtherValues(ParameterDefinition definition)
    {
        ParameterValue value = definition.DefaultValue;
        switch (definition.Kind)
        {
            case ParameterKind.Integer:
                yield return ParameterValue.FromInteger(value.Integer + 1);
                yield return ParameterValue.FromInteger(value.Integer - 1);
                break;
            case ParameterKind.Share:
                // one percentage point up, then down (the shipped shares are whole percentages or simple fractions)
                yield return ParameterValue.FromShare(Share.Of((value.Share.Numerator * 100) + value.Share.Denominator, value.Share.Denominator * 100));
                if (value.Share.Numerator * 100 >= value.Share.Denominator)
                {
                    yield return ParameterValue.FromShare(Share.Of((value.Share.Numerator * 100) - value.Share.Denominator, value.Share.Denominator * 100));
                }

                yield return ParameterValue.FromShare(Share.Percent(1));
                break;
            case ParameterKind.Boolean:
                yield return ParameterValue.FromBoolean(!value.Boolean);
                break;
            default:
                foreach (string choice in definition.Choices.Where(c => c != value.Choice))
                {
                    yield return ParameterValue.FromChoice(choice);
                }

                break;
        }
    }

    private static Regulation? Derive(Regulation regulation, ParameterDefinition definition)
    {
        foreach (ParameterValue value in OtherValues(definition))
        {
            try
            {
                return regulation.WithVariant(VariantOf(regulation, definition.Key, value));
            }
            catch (ParameterException)
            {
                // out of bounds or against a constraint: try the next value
            }
        }

        return null;
    }

    public static TheoryData<string, string> EveryParameter()
    {
        var data = new TheoryData<string, string>();
        foreach (Regulation regulation in ShippedRegulations.Catalog.Regulations)
        {
            foreach (ParameterDefinition definition in regulation.Parameters.Schema)
            {
                data.Add(regulation.Id.Value, definition.Key);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryParameter))]
    public void Override_IsCitedToTheProvinceByTheRulesThatUseIt_AndNowhereElse(string id, string key)
    {
        Regulation shipped = ShippedRegulations.Catalog.Find(new RegulationId(id))!;
        ParameterDefinition definition = shipped.Parameters.Schema.Single(d => d.Key == key);
        Regulation derived = Derive(shipped, definition) ?? throw new InvalidOperationException($"{id}: no other value of {key} is accepted.");

        RuleDescriptor[] local = [.. derived.Rules.Where(r => r.Citation?.Document == Province)];
        foreach (RuleDescriptor rule in local)
        {
            // A local citation always says what it replaced, and only the overridden key.
            ReplacedValue replaced = Assert.Single(rule.Citation!.Replaces);
            Assert.Equal(key, replaced.Key);
            Assert.Equal(definition.DefaultValue, replaced.Value);
            Assert.NotNull(replaced.Source);
            Assert.NotEqual(Province, replaced.Source!.Document);
        }

        Assert.All(derived.Rules.Where(r => r.Citation?.Document != Province), r => Assert.True(r.Citation is null || r.Citation.Replaces.IsEmpty));
        if (!CitedElsewhere.Contains(key))
        {
            Assert.NotEmpty(local);
        }
    }

    [Fact]
    public void ShippedRegulations_CiteNoReplacement()
    {
        foreach (Regulation regulation in ShippedRegulations.Catalog.Regulations)
        {
            Assert.All(regulation.Rules, r => Assert.True(r.Citation is null || r.Citation.Replaces.IsEmpty, $"{regulation.Id}: {r.Code}"));
        }
    }

    [Fact]
    public void Qd366Variant_ScoreFinding_CitesTheProvince_AndTheNationalValue()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        var derived = (EvaluationRegulation)qd366.WithVariant(VariantOf(qd366, "htxs.minScore", ParameterValue.FromInteger(92)));
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 3), Score = new ScoreCard(28, 64) };

        Finding[] findings = [.. All(derived.Explain(input).Explanation)];
        Finding score = findings.First(f => f.Code == new RuleCode("QD366.HTXS.Score"));
        Finding good = findings.First(f => f.Code == new RuleCode("QD366.HTT.Score"));
        Finding late = findings.First(f => f.Code == new RuleCode("QD366.HTNV.Score"));

        Assert.Equal(
            "Article 2, HD 01-HD/TU (thử) (Tỉnh ủy thử nghiệm, 01/11/2025) (replacing htxs.minScore = 90 under clause 1, Article 11, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025))",
            score.Citation!.Format(Language.English));
        Assert.Equal(
            "Điều 2, HD 01-HD/TU (thử) (Tỉnh ủy thử nghiệm, 01/11/2025) (thay htxs.minScore = 90 theo khoản 1, Điều 11, QĐ 366-QĐ/TW (Bộ Chính trị, 30/08/2025))",
            score.Citation.Format(Language.Vietnamese));

        // HTT's band ends where HTXS starts, so it used the province's number too; HTNV's did not.
        Assert.Equal(Province, good.Citation!.Document);
        Assert.Equal(qd366.Rules.First(r => r.Code == late.Code).Citation, late.Citation);
    }

    private static IEnumerable<Finding> All(Finding finding) => [finding, .. finding.Children.SelectMany(All)];

    [Fact]
    public void Qd366Variant_QuotaShare_CitesTheProvince()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        var derived = (EvaluationRegulation)qd366.WithVariant(VariantOf(qd366, "quota.htxsShare", ParameterValue.FromShare(Share.Percent(15))));

        Assert.Equal(Province, derived.Quota!.CapRule.Citation!.Document);
        Assert.Equal("quota.htxsShare", Assert.Single(derived.Quota.CapRule.Citation.Replaces).Key);
        Assert.Equal(qd366.Quota!.OutstandingRule!.Citation, derived.Quota.OutstandingRule!.Citation);
    }

    [Theory]
    [InlineData("quota.denominator", "RatedGoodBeforeAllocation")]
    [InlineData("quota.rounding", "HalfAwayFromZero")]
    [InlineData("quota.ordering", "IdOnly")]
    public void Qd366Variant_QuotaPolicy_CitesTheProvinceOnBothBounds(string key, string choice)
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        var derived = (EvaluationRegulation)qd366.WithVariant(VariantOf(qd366, key, ParameterValue.FromChoice(choice)));

        Assert.Equal(Province, derived.Quota!.CapRule.Citation!.Document);
        Assert.Equal(Province, derived.Quota.OutstandingRule!.Citation!.Document);
        ReplacedValue replaced = Assert.Single(derived.Quota.CapRule.Citation.Replaces);
        Assert.Equal(key, replaced.Key);
        Assert.Equal(EvaluationDocuments.Qd366.Article(11, 1, "1.5"), replaced.Source);
    }

    [Fact]
    public void Qd366Variant_VerdictJson_ListsTheReplacedValueWithItsSource()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        var derived = (EvaluationRegulation)qd366.WithVariant(VariantOf(qd366, "htxs.minScore", ParameterValue.FromInteger(92)));
        var input = new EvaluationInput { Year = 2025, EvaluatedOn = new LocalDate(2025, 12, 15), Role = EvaluationRole.NonLeader, Tasks = new TaskCounts(10, 10, 10, 3), Score = new ScoreCard(28, 64) };

        string json = CadreRules.Documents.CadreDocuments.WriteVerdict(derived.Explain(input), Language.Vietnamese);

        using var document = System.Text.Json.JsonDocument.Parse(json);
        System.Text.Json.JsonElement[] replaced = [.. Citations(document.RootElement).Where(c => c.TryGetProperty("replaces", out _)).SelectMany(c => c.GetProperty("replaces").EnumerateArray())];
        Assert.NotEmpty(replaced);
        Assert.All(replaced, r =>
        {
            Assert.Equal("htxs.minScore", r.GetProperty("key").GetString());
            Assert.Equal("90", r.GetProperty("value").GetString());
            Assert.Equal("QĐ 366-QĐ/TW", r.GetProperty("source").GetProperty("document").GetProperty("number").GetString());
        });
        Assert.True(Documents.SchemaTests.ConformsTo("verdict.schema.json", json));
    }

    private static IEnumerable<System.Text.Json.JsonElement> Citations(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "citation" ? [p.Value, .. Citations(p.Value)] : Citations(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(Citations),
        _ => [],
    };

    [Fact]
    public void CitationFor_WithoutAKnownSource_KeepsTheNationalClause()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        Citation national = EvaluationDocuments.Qd366.Article(11, 1);
        ParameterDefinition score = qd366.Parameters.Schema.Single(d => d.Key == "htxs.minScore");
        ParameterSet anonymous = qd366.Parameters.With([new("htxs.minScore", ParameterValue.FromInteger(92))]);

        Assert.Equal(national, anonymous.CitationFor(national, score));
        Assert.Null(anonymous.SourceOf("htxs.minScore"));
        Assert.Equal(national, qd366.Parameters.SourceOf("htxs.minScore"));
        Assert.Equal(Province.Whole(), qd366.Parameters.With([new("htxs.minScore", ParameterValue.FromInteger(92))], Province.Whole()).SourceOf("htxs.minScore"));
    }

    [Fact]
    public void Citation_EqualityIncludesTheReplacedValues()
    {
        Citation plain = Province.Article(2);
        Citation replacing = plain with { };

        Assert.Equal(plain, replacing);
        ParameterSet set = EvaluationRegulations.Get(EvaluationRegime.Qd366).Parameters;
        ParameterDefinition score = set.Schema.Single(d => d.Key == "htxs.minScore");
        Citation? local = set.With([new("htxs.minScore", ParameterValue.FromInteger(92))], plain).CitationFor(EvaluationDocuments.Qd366.Article(11, 1), score);
        Assert.NotEqual(plain, local);
        Assert.Equal(local, set.With([new("htxs.minScore", ParameterValue.FromInteger(93))], plain).CitationFor(EvaluationDocuments.Qd366.Article(11, 1), score));
    }
}
