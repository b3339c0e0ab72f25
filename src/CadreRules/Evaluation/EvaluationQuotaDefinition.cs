using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The unit quota of HTXS (≤ 20% of HTT, 25% for an outstanding unit) as parameters of each regime, with the
/// readings the texts leave open (denominator, rounding, order of the qualifiers) as named policy parameters; the
/// regime's own parameters are in its <see cref="EvaluationRegimeDefinition"/>.</summary>
internal static class EvaluationQuotaDefinition
{
    private static readonly LocalizedText QuotaShareText = new(
        "Số Hoàn thành xuất sắc nhiệm vụ không vượt quá tỉ lệ này của số Hoàn thành tốt nhiệm vụ trong đơn vị, nhóm có chức trách tương đồng",
        "Hoàn thành xuất sắc nhiệm vụ may not exceed this share of the Hoàn thành tốt nhiệm vụ count in a unit and peer group");

    private static readonly LocalizedText OutstandingShareText = new(
        "Tỉ lệ trên khi đơn vị được công nhận có thành tích nổi bật",
        "The same bound for a unit recognised as outstanding");

    private static readonly LocalizedText DenominatorText = new(
        "Mẫu số của tỉ lệ (văn bản không quy định): số Hoàn thành tốt nhiệm vụ sau khi phân bổ, tính cả người bị chuyển từ Hoàn thành xuất sắc nhiệm vụ xuống, hay số trước khi phân bổ",
        "The share's denominator (the text is silent): the Hoàn thành tốt nhiệm vụ count after the allocation, counting those moved down from Hoàn thành xuất sắc nhiệm vụ, or the count before it");

    private static readonly LocalizedText RoundingText = new(
        "Cách làm tròn số người được giữ Hoàn thành xuất sắc nhiệm vụ (văn bản không quy định): làm tròn xuống hay làm tròn nửa lên",
        "How the number kept at Hoàn thành xuất sắc nhiệm vụ is rounded (the text is silent): down, or halves up");

    private static readonly LocalizedText OrderingText = new(
        "Thứ tự giữ Hoàn thành xuất sắc nhiệm vụ khi quá tỉ lệ (văn bản không quy định): điểm cao trước rồi theo mã, hay chỉ theo mã",
        "Who keeps Hoàn thành xuất sắc nhiệm vụ when too many qualify (the text is silent): highest score first, then by identifier, or by identifier only");

    private static readonly QuotaPolicyParameters Qd366QuotaPolicy = new(QuotaDocuments.Qd366Quota);
    private static readonly QuotaPolicyParameters Qd124QuotaPolicy = new(QuotaDocuments.Qd124Quota);
    private static readonly QuotaPolicyParameters Qd132QuotaPolicy = new(QuotaDocuments.Hd21Quota);
    private static readonly QuotaPolicyParameters Nd335QuotaPolicy = new(QuotaDocuments.Nd335Quota);
    private static readonly QuotaPolicyParameters Nd233QuotaPolicy = new(QuotaDocuments.Nd233Quota);

    private static readonly Parameter<Share> Qd366QuotaShare = QuotaShare(QuotaDocuments.Qd366Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Qd366OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Qd366Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Qd124QuotaShare = QuotaShare(QuotaDocuments.Qd124Quota, Confidence.News);
    private static readonly Parameter<Share> Qd132QuotaShare = QuotaShare(QuotaDocuments.Hd21Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd335QuotaShare = QuotaShare(QuotaDocuments.Nd335Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd335OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Nd335QuotaOutstanding, Confidence.Unconfirmed);
    private static readonly Parameter<Share> Nd233QuotaShare = QuotaShare(QuotaDocuments.Nd233Quota, Confidence.Confirmed);
    private static readonly Parameter<Share> Nd233OutstandingShare = OutstandingShare(Share.Percent(25), QuotaDocuments.Nd233QuotaOutstanding, Confidence.Confirmed);

    internal static IEnumerable<ParameterDefinition> SchemaOf(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd366 => [Qd366QuotaShare, Qd366OutstandingShare, .. Qd366QuotaPolicy.Schema],
        EvaluationRegime.Qd124 => [Qd124QuotaShare, .. Qd124QuotaPolicy.Schema],
        EvaluationRegime.Qd132 => [Qd132QuotaShare, .. Qd132QuotaPolicy.Schema],
        EvaluationRegime.Nd335 => [Nd335QuotaShare, Nd335OutstandingShare, .. Nd335QuotaPolicy.Schema],
        EvaluationRegime.Nd233 => [Nd233QuotaShare, Nd233OutstandingShare, .. Nd233QuotaPolicy.Schema],
        _ => [],
    };

    internal static QuotaPolicy? BuildPolicy(EvaluationRegime regime, ParameterSet parameters) => regime switch
    {
        EvaluationRegime.Qd366 => Qd366QuotaPolicy.Read(parameters),
        EvaluationRegime.Qd124 => Qd124QuotaPolicy.Read(parameters),
        EvaluationRegime.Qd132 => Qd132QuotaPolicy.Read(parameters),
        EvaluationRegime.Nd335 => Nd335QuotaPolicy.Read(parameters),
        EvaluationRegime.Nd233 => Nd233QuotaPolicy.Read(parameters),
        _ => null,
    };

    // An outstanding unit's bound is a relaxation of the ordinary one, never a tightening.
    internal static IEnumerable<ParameterConstraint> ConstraintsOf(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd366 => [ParameterConstraint.NotGreater(Qd366QuotaShare, Qd366OutstandingShare)],
        EvaluationRegime.Nd335 => [ParameterConstraint.NotGreater(Nd335QuotaShare, Nd335OutstandingShare)],
        EvaluationRegime.Nd233 => [ParameterConstraint.NotGreater(Nd233QuotaShare, Nd233OutstandingShare)],
        _ => [],
    };

    internal static QuotaRegime? Build(EvaluationRegime regime, ParameterSet parameters) => regime switch
    {
        EvaluationRegime.Qd366 => Shares(QuotaRegime.Qd366, parameters, Qd366QuotaShare, Qd366OutstandingShare, Qd366QuotaPolicy),
        EvaluationRegime.Qd124 => Shares(QuotaRegime.Qd124, parameters, Qd124QuotaShare, null, Qd124QuotaPolicy),
        EvaluationRegime.Qd132 => Shares(QuotaRegime.Qd132, parameters, Qd132QuotaShare, null, Qd132QuotaPolicy),
        EvaluationRegime.Nd335 => Shares(QuotaRegime.Nd335, parameters, Nd335QuotaShare, Nd335OutstandingShare, Nd335QuotaPolicy),
        EvaluationRegime.Nd233 => Shares(QuotaRegime.Nd233, parameters, Nd233QuotaShare, Nd233OutstandingShare, Nd233QuotaPolicy),
        _ => null,
    };

    // The shipped clause with this regulation's shares, each cited to the document that set it; the bound's clauses also
    // cite a province that changed how the bound is read (denominator, rounding, order).
    private static QuotaRegime Shares(QuotaRegime shipped, ParameterSet parameters, Parameter<Share> share, Parameter<Share>? outstanding, QuotaPolicyParameters policy) =>
        shipped.WithShares(
            parameters.Get(share),
            parameters.CitationFor(shipped.CapRule.Citation, [share, .. policy.Schema]),
            outstanding is null ? null : parameters.Get(outstanding),
            outstanding is null ? null : parameters.CitationFor(shipped.OutstandingRule?.Citation, [outstanding, .. policy.Schema]));

    private static Parameter<Share> QuotaShare(Citation citation, Confidence confidence) =>
        Parameter.Share("quota.htxsShare", QuotaShareText, Share.Percent(20), confidence, citation);

    private static Parameter<Share> OutstandingShare(Share value, Citation citation, Confidence confidence) =>
        Parameter.Share("quota.outstandingShare", OutstandingShareText, value, confidence, citation);

    /// <summary>The three policy parameters of one regime's quota, cited to that regime's quota clause.</summary>
    private sealed class QuotaPolicyParameters(Citation citation)
    {
        private readonly Parameter<QuotaDenominator> _denominator = Parameter.Choice("quota.denominator", DenominatorText, Evaluation.QuotaPolicy.Default.Denominator, Confidence.Unconfirmed, citation);
        private readonly Parameter<QuotaRounding> _rounding = Parameter.Choice("quota.rounding", RoundingText, Evaluation.QuotaPolicy.Default.Rounding, Confidence.Unconfirmed, citation);
        private readonly Parameter<QuotaOrdering> _ordering = Parameter.Choice("quota.ordering", OrderingText, Evaluation.QuotaPolicy.Default.Ordering, Confidence.Unconfirmed, citation);

        public ParameterDefinition[] Schema => [_denominator, _rounding, _ordering];

        public QuotaPolicy Read(ParameterSet parameters)
        {
            var policy = new QuotaPolicy(parameters.Get(_denominator), parameters.Get(_rounding), parameters.Get(_ordering));
            return policy == Evaluation.QuotaPolicy.Default ? Evaluation.QuotaPolicy.Default : policy;
        }
    }
}
