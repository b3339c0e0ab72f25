using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class EvaluationRegulationQuotaTests
{
    // One unit and peer group: 10 rated HTT on their own merits, 10 qualifying for HTXS (scores 90..99).
    private static readonly ImmutableArray<QuotaCandidate> Population =
    [
        .. Enumerable.Range(0, 10).Select(i => new QuotaCandidate($"g{i:00}", "unit-1", "staff", EvaluationLevel.Good, 80 + i)),
        .. Enumerable.Range(0, 10).Select(i => new QuotaCandidate($"x{i:00}", "unit-1", "staff", EvaluationLevel.Excellent, 90 + i)),
    ];

    private static LocalVariant Variant(string baseId, Share quota, LocalDate start) => new(
        baseId + "-province-x", baseId, new LocalizedText("Biến thể tỉnh X", "Province X variant"),
        new LegalDocument("HD 05-HD/TU", "Tỉnh ủy X", start).Article(2),
        EffectivePeriod.From(start),
        new Dictionary<string, ParameterValue> { ["quota.htxsShare"] = ParameterValue.FromShare(quota) });

    [Fact]
    public void AllocateQuota_ShippedQd366_KeepsThreeOfTenUnderTheLiteralReading()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);

        QuotaAllocation allocation = qd366.AllocateQuota(Population);

        Assert.Same(QuotaRegime.Qd366, qd366.Quota);
        Assert.Equal(3, allocation.FinalLevels.Count(l => l == EvaluationLevel.Excellent));
        Assert.Equal(["x09", "x08", "x07"], Population.Where((c, i) => allocation.FinalLevels[i] == EvaluationLevel.Excellent).Select(c => c.Id.Value).Reverse());
    }

    [Fact]
    public void AllocateQuota_ProvinceLoweringTheShare_ChangesTheAllocationAsData()
    {
        RegulationCatalog catalog = ShippedRegulations.Catalog.WithVariant(Variant("party-eval-qd366", Share.Percent(10), new LocalDate(2026, 1, 1)));
        var before = catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, new LocalDate(2025, 12, 31));
        var after = catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, new LocalDate(2026, 12, 15));

        QuotaAllocation shipped = before.AllocateQuota(Population);
        QuotaAllocation local = after.AllocateQuota(Population);

        // 10% of the final HTT count: h = min(c, ⌊(t + c) / 11⌋) = ⌊20 / 11⌋ = 1.
        Assert.Equal(Share.Percent(10), after.Quota!.Cap);
        Assert.Equal(3, shipped.FinalLevels.Count(l => l == EvaluationLevel.Excellent));
        Assert.Equal(1, local.FinalLevels.Count(l => l == EvaluationLevel.Excellent));
        Assert.Equal(Share.Percent(25), after.Quota.OutstandingCap);
        Assert.Equal("party-eval-qd366-province-x", after.Id.Value);
    }

    [Fact]
    public void QuotaPolicy_ShippedRegulationsWithAQuota_ReadTheDefaultPolicy_OthersNone()
    {
        foreach (EvaluationRegulation regulation in ShippedRegulations.Catalog.Regulations.OfType<EvaluationRegulation>())
        {
            Assert.Equal(regulation.Quota is null ? null : QuotaPolicy.Default, regulation.QuotaPolicy);
        }
    }

    [Fact]
    public void QuotaPolicy_ProvinceChoosingTheFixedDenominator_KeepsTwoOfTenInsteadOfThree()
    {
        var variant = new LocalVariant("party-eval-qd366-fixed", "party-eval-qd366", new LocalizedText("Mẫu số cố định", "Fixed denominator"),
            new LegalDocument("HD 05-HD/TU", "Tỉnh ủy X", new LocalDate(2026, 1, 1)).Article(3), EffectivePeriod.From(new LocalDate(2026, 1, 1)),
            new Dictionary<string, ParameterValue> { ["quota.denominator"] = ParameterValue.FromChoice(nameof(QuotaDenominator.RatedGoodBeforeAllocation)) });
        RegulationCatalog catalog = ShippedRegulations.Catalog.WithVariant(variant);
        var local = catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, new LocalDate(2026, 12, 15));

        // t = 10 rated HTT on their merits, c = 10 qualify: the fixed denominator keeps ⌊10 / 5⌋ = 2, the literal reading 3.
        Assert.Equal(QuotaPolicy.FixedDenominator, local.QuotaPolicy);
        Assert.Equal(2, local.AllocateQuota(Population).FinalLevels.Count(l => l == EvaluationLevel.Excellent));
        Assert.Equal(3, local.AllocateQuota(Population, QuotaPolicy.Default).FinalLevels.Count(l => l == EvaluationLevel.Excellent));

        // The round uses each regulation's policy unless it is given one.
        EvaluationEntry[] people = [.. Population.Select(c => new EvaluationEntry(c.Id, c.Unit, c.PeerGroup, SubjectKind.PartyMember, Qualifying(c.QualifiedLevel, c.Score!.Value)))];
        Assert.Equal(2, new EvaluationRound(catalog).Run(people).CountsAfter[EvaluationOutcome.Excellent]);
        Assert.Equal(3, new EvaluationRound(catalog, RegulationSelector.InForce, QuotaPolicy.Default).Run(people).CountsAfter[EvaluationOutcome.Excellent]);
    }

    private static EvaluationInput Qualifying(EvaluationLevel level, decimal score) =>
        new EvaluationInput
        {
            Year = 2026,
            EvaluatedOn = new LocalDate(2026, 12, 15),
            Role = EvaluationRole.NonLeader,
            Tasks = new TaskCounts(10, 10, 10, level == EvaluationLevel.Excellent ? 5 : 0),
            Score = ScoreCard.FromTotal(score),
        };

    [Fact]
    public void Quota_OutstandingShareBelowTheNormalShare_IsRefused()
    {
        var variant = new LocalVariant("qd366-odd", "party-eval-qd366", new LocalizedText("Lạ", "Odd"),
            new LegalDocument("HD 06-HD/TU", "Tỉnh ủy Y", new LocalDate(2026, 1, 1)).Whole(), EffectivePeriod.From(new LocalDate(2026, 1, 1)),
            new Dictionary<string, ParameterValue>
            {
                ["quota.htxsShare"] = ParameterValue.FromShare(Share.Percent(30)),
                ["quota.outstandingShare"] = ParameterValue.FromShare(Share.Percent(25)),
            });

        // Before the parameters declared their constraints, the outstanding bound was silently raised to 30%.
        ParameterException error = Assert.Throws<ParameterException>(() => EvaluationRegulations.Get(EvaluationRegime.Qd366).WithVariant(variant));

        Assert.Equal(["quota.htxsShare", "quota.outstandingShare"], error.Keys.ToArray());
        Assert.Contains("quota.htxsShare = 30.00%, quota.outstandingShare = 25.00%", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateQuota_RegimeWithoutAUnitQuota_Throws()
    {
        EvaluationRegulation nd90 = EvaluationRegulations.Get(EvaluationRegime.Nd90Amended);

        Assert.Null(nd90.Quota);
        Assert.Throws<InvalidOperationException>(() => nd90.AllocateQuota(Population));
    }

    [Theory]
    [InlineData(SubjectKind.PartyMember, 2025, 8, 30, "QD366.Quota.HTXS")]
    [InlineData(SubjectKind.PartyMember, 2025, 8, 29, "QD124.Quota.HTXS")]
    [InlineData(SubjectKind.CivilServant, 2026, 1, 1, "ND335.Quota.HTXS")]
    [InlineData(SubjectKind.PublicEmployee, 2026, 7, 1, "ND233.Quota.HTXS")]
    [InlineData(SubjectKind.Agency, 2026, 7, 1, "ND233.Quota.UnitHTXS")]
    public void QuotaRegimeInForce_FollowsTheCatalogue(SubjectKind kind, int y, int m, int d, string code) =>
        Assert.Equal(code, QuotaRegime.InForce(ShippedRegulations.Catalog, kind, new LocalDate(y, m, d))!.CapRule.Code.Value);
}
