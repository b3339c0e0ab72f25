using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The unit quota of HTXS (≤ 20% of HTT, 25% for an outstanding unit) as parameters of each regime.</summary>
public sealed partial class EvaluationRegulation
{
    private static readonly LocalizedText QuotaShareText = new(
        "Số Hoàn thành xuất sắc nhiệm vụ không vượt quá tỉ lệ này của số Hoàn thành tốt nhiệm vụ trong đơn vị, nhóm có chức trách tương đồng",
        "Hoàn thành xuất sắc nhiệm vụ may not exceed this share of the Hoàn thành tốt nhiệm vụ count in a unit and peer group");

    private static readonly LocalizedText OutstandingShareText = new(
        "Tỉ lệ trên khi đơn vị được công nhận có thành tích nổi bật",
        "The same bound for a unit recognised as outstanding");

    private static readonly Parameter<Share> Qd366QuotaShare = QuotaShare(QuotaDocuments.Qd366Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Qd366OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Qd366Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Qd124QuotaShare = QuotaShare(QuotaDocuments.Qd124Quota, Confidence.News);
    private static readonly Parameter<Share> Qd132QuotaShare = QuotaShare(QuotaDocuments.Hd21Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd335QuotaShare = QuotaShare(QuotaDocuments.Nd335Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd335OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Nd335QuotaOutstanding, Confidence.Unconfirmed);
    private static readonly Parameter<Share> Nd233QuotaShare = QuotaShare(QuotaDocuments.Nd233Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd233OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Nd233QuotaOutstanding, Confidence.Confirmed);

    /// <summary>
    /// Gets the unit quota of this regime with this regulation's parameter values (<c>quota.htxsShare</c>,
    /// <c>quota.outstandingShare</c>), so a local variant that lowers the share changes the allocation; or
    /// <see langword="null"/> when the regime sets no per-unit quota (NĐ 90, whose NĐ 48 amendment compares shares
    /// with the Party instead: see <see cref="QuotaAllocator.ComparePartyShare"/>).
    /// </summary>
    public QuotaRegime? Quota { get; private init; }

    /// <summary>Applies this regulation's unit quota to a population already classified on its own merits.</summary>
    /// <param name="candidates">Each person with unit, peer group, level qualified for and score.</param>
    /// <param name="policy">The rounding, denominator and tie-break policy; <see cref="QuotaPolicy.Default"/> when null.</param>
    /// <returns>The allocation: final levels, per-group bounds, and who was moved from HTXS to HTT and why.</returns>
    /// <exception cref="InvalidOperationException">The regime sets no per-unit quota (<see cref="Quota"/> is null).</exception>
    /// <exception cref="QuotaInputException">A candidate is invalid (see <see cref="QuotaAllocator"/>).</exception>
    public QuotaAllocation AllocateQuota(ImmutableArray<QuotaCandidate> candidates, QuotaPolicy? policy = null)
    {
        QuotaRegime quota = Quota ?? throw new InvalidOperationException($"The regulation '{Id}' sets no per-unit quota of Hoàn thành xuất sắc nhiệm vụ.");
        return QuotaAllocator.Allocate(quota, candidates, policy ?? QuotaPolicy.Default);
    }

    private static IEnumerable<ParameterDefinition> QuotaSchemaOf(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd366 => [Qd366QuotaShare, Qd366OutstandingShare],
        EvaluationRegime.Qd124 => [Qd124QuotaShare],
        EvaluationRegime.Qd132 => [Qd132QuotaShare],
        EvaluationRegime.Nd335 => [Nd335QuotaShare, Nd335OutstandingShare],
        EvaluationRegime.Nd233 => [Nd233QuotaShare, Nd233OutstandingShare],
        _ => [],
    };

    // An outstanding unit's bound is a relaxation of the ordinary one, never a tightening.
    private static IEnumerable<ParameterConstraint> QuotaConstraintsOf(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd366 => [ParameterConstraint.NotGreater(Qd366QuotaShare, Qd366OutstandingShare)],
        EvaluationRegime.Nd335 => [ParameterConstraint.NotGreater(Nd335QuotaShare, Nd335OutstandingShare)],
        EvaluationRegime.Nd233 => [ParameterConstraint.NotGreater(Nd233QuotaShare, Nd233OutstandingShare)],
        _ => [],
    };

    private static QuotaRegime? BuildQuota(EvaluationRegime regime, ParameterSet parameters) => regime switch
    {
        EvaluationRegime.Qd366 => Shares(QuotaRegime.Qd366, parameters, Qd366QuotaShare, Qd366OutstandingShare),
        EvaluationRegime.Qd124 => Shares(QuotaRegime.Qd124, parameters, Qd124QuotaShare, null),
        EvaluationRegime.Qd132 => Shares(QuotaRegime.Qd132, parameters, Qd132QuotaShare, null),
        EvaluationRegime.Nd335 => Shares(QuotaRegime.Nd335, parameters, Nd335QuotaShare, Nd335OutstandingShare),
        EvaluationRegime.Nd233 => Shares(QuotaRegime.Nd233, parameters, Nd233QuotaShare, Nd233OutstandingShare),
        _ => null,
    };

    // The shipped clause with this regulation's shares, each cited to the document that set it.
    private static QuotaRegime Shares(QuotaRegime shipped, ParameterSet parameters, Parameter<Share> share, Parameter<Share>? outstanding) =>
        shipped.WithShares(
            parameters.Get(share),
            parameters.CitationFor(shipped.CapRule.Citation, share),
            outstanding is null ? null : parameters.Get(outstanding),
            outstanding is null ? null : parameters.CitationFor(shipped.OutstandingRule?.Citation, outstanding));

    private static Parameter<Share> QuotaShare(Citation citation, Confidence confidence) =>
        Parameter.Share("quota.htxsShare", QuotaShareText, Share.Percent(20), confidence, citation);

    private static Parameter<Share> OutstandingShare(Share value, Citation citation, Confidence confidence) =>
        Parameter.Share("quota.outstandingShare", OutstandingShareText, value, confidence, citation);
}
