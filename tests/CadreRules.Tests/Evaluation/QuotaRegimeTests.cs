using System;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class QuotaRegimeTests
{
    private static readonly RuleDescriptor Rule = new("Test.Quota", new LocalizedText("Hạn mức", "Quota"), null);

    private static QuotaRegime Twenty() => new(Rule, Share.Percent(20));

    [Fact]
    public void WithOutstandingCap_NullRule_ThrowsNamingRule() =>
        Assert.Throws<ArgumentNullException>("rule", () => Twenty().WithOutstandingCap(null!, Share.Percent(25)));

    [Fact]
    public void WithOutstandingCap_CapBelowTheNormalCap_ThrowsNamingCap()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("cap", () => Twenty().WithOutstandingCap(Rule, Share.Percent(19)));
        Assert.Equal(Share.Percent(19), error.ActualValue);
    }

    [Fact]
    public void WithOutstandingCap_CapEqualToTheNormalCap_IsAllowed()
    {
        // "at least Cap": equal is allowed.
        QuotaRegime regime = Twenty().WithOutstandingCap(Rule, Share.Percent(20));

        Assert.Equal(Share.Percent(20), regime.OutstandingCap);
        Assert.Same(Rule, regime.OutstandingRule);
    }

    [Fact]
    public void WithSmallGroupLimit_NullRule_ThrowsNamingRule() =>
        Assert.Throws<ArgumentNullException>("rule", () => Twenty().WithSmallGroupLimit(null!, 5, 1));

    [Fact]
    public void WithSmallGroupLimit_FewerThanBelowOne_ThrowsNamingFewerThan() =>
        Assert.Throws<InputOutOfRangeException>("fewerThan", () => Twenty().WithSmallGroupLimit(Rule, 0, 1));

    [Fact]
    public void WithSmallGroupLimit_NegativeMaximum_ThrowsNamingMaximum() =>
        Assert.Throws<InputOutOfRangeException>("maximum", () => Twenty().WithSmallGroupLimit(Rule, 5, -1));

    [Fact]
    public void WithSmallGroupLimit_LowestAllowedValues_AreKept()
    {
        QuotaRegime regime = Twenty().WithSmallGroupLimit(Rule, 1, 0);

        Assert.Equal(1, regime.SmallGroupFewerThan);
        Assert.Equal(0, regime.SmallGroupMaximum);
        Assert.Same(Rule, regime.SmallGroupRule);
        Assert.Equal(Share.Percent(20), regime.Cap);
    }

    [Fact]
    public void InForce_AgencyBeforeNd233_IsNull() =>
        Assert.Null(QuotaRegime.InForce(ShippedRegulations.Catalog, SubjectKind.Agency, new LocalDate(2026, 6, 30)));

    [Fact]
    public void InForce_AgencyFromNd233_IsTheUnitRegime() =>
        Assert.Same(QuotaRegime.Nd233Units, QuotaRegime.InForce(ShippedRegulations.Catalog, SubjectKind.Agency, new LocalDate(2026, 7, 1)));

    [Fact]
    public void ShippedRegimes_CiteTheQuotaClauses()
    {
        // QĐ 366 Điều 11 khoản 1 point 1.5, used for both the 20% and the 25%.
        AssertCites(QuotaRegime.Qd366.CapRule, 11, 1, "1.5");
        AssertCites(QuotaRegime.Qd366.OutstandingRule!, 11, 1, "1.5");

        // NĐ 335 Điều 20 khoản 5 điểm a / b.
        AssertCites(QuotaRegime.Nd335.CapRule, 20, 5, "a");
        AssertCites(QuotaRegime.Nd335.OutstandingRule!, 20, 5, "b");

        // NĐ 233 Điều 12 khoản 6 điểm a / b (viên chức).
        AssertCites(QuotaRegime.Nd233.CapRule, 12, 6, "a");
        AssertCites(QuotaRegime.Nd233.OutstandingRule!, 12, 6, "b");

        // NĐ 233 Điều 7 khoản 7 điểm a / b / c (public service units).
        AssertCites(QuotaRegime.Nd233Units.CapRule, 7, 7, "a");
        AssertCites(QuotaRegime.Nd233Units.OutstandingRule!, 7, 7, "b");
        AssertCites(QuotaRegime.Nd233Units.SmallGroupRule!, 7, 7, "c");
    }

    [Fact]
    public void Nd335UseOfResults_CitesArticle23Clause3PointD()
    {
        Citation citation = QuotaDocuments.Nd335UseOfResults;

        Assert.Equal(23, citation.ArticleNumber);
        Assert.Equal(3, citation.Clause);
        Assert.Equal("đ", citation.Point);
    }

    private static void AssertCites(RuleDescriptor rule, int article, int clause, string point)
    {
        Assert.NotNull(rule.Citation);
        Assert.Equal(article, rule.Citation.ArticleNumber);
        Assert.Equal(clause, rule.Citation.Clause);
        Assert.Equal(point, rule.Citation.Point);
    }
}
