using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The HTXS quota clause of one evaluation regime: the cap as a share of the HTT count (20%), the raised cap for a unit
/// recognised as outstanding where the regime allows it (25%), and, for unit populations under NĐ 233, the limit for a
/// parent with few subordinate units. Each part carries its rule code and citation.
/// </summary>
/// <remarks>
/// <para>The shipped regimes are <see cref="Qd366"/>, <see cref="Qd124"/>, <see cref="Qd132"/>, <see cref="Nd335"/>,
/// <see cref="Nd233"/> and <see cref="Nd233Units"/>. A province's variant is data: build a regime with other shares
/// through <see cref="QuotaRegime(RuleDescriptor, Share)"/> and the <c>With…</c> methods.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class QuotaRegime
{
    /// <summary>Creates a regime with a single cap.</summary>
    /// <param name="capRule">The cap's code, text and citation.</param>
    /// <param name="cap">The cap as a share of the HTT count, e.g. <c>Share.Percent(20)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="capRule"/> is null.</exception>
    public QuotaRegime(RuleDescriptor capRule, Share cap)
    {
        ArgumentNullException.ThrowIfNull(capRule);
        CapRule = capRule;
        Cap = cap;
    }

    private QuotaRegime(QuotaRegime source)
    {
        CapRule = source.CapRule;
        Cap = source.Cap;
        OutstandingRule = source.OutstandingRule;
        OutstandingCap = source.OutstandingCap;
        SmallGroupRule = source.SmallGroupRule;
        SmallGroupFewerThan = source.SmallGroupFewerThan;
        SmallGroupMaximum = source.SmallGroupMaximum;
    }

    /// <summary>Gets the Party regime of QĐ 366-QĐ/TW (Điều 11 khoản 1 point 1.5): 20%, 25% for an outstanding unit, per
    /// group with similar roles.</summary>
    public static QuotaRegime Qd366 { get; } = new QuotaRegime(EvaluationMessages.Table.Describe("QD366.Quota.HTXS", QuotaDocuments.Qd366Quota), Share.Percent(20))
        .WithOutstandingCap(EvaluationMessages.Table.Describe("QD366.Quota.HTXSOutstanding", QuotaDocuments.Qd366Quota), Share.Percent(25));

    /// <summary>Gets the Party regime of QĐ 124-QĐ/TW (Điều 12 khoản 1): 20% per group with similar roles; no 25%
    /// exception was seen. The quota sentence is known from an English rendering only (<see cref="Confidence.News"/>).</summary>
    public static QuotaRegime Qd124 { get; } = new(EvaluationMessages.Table.Describe("QD124.Quota.HTXS", QuotaDocuments.Qd124Quota, confidence: Confidence.News), Share.Percent(20));

    /// <summary>Gets the Party regime of QĐ 132-QĐ/TW with HĐ 21-HD/BTCTW (Mục II.B 2.3 a): 20% in each grassroots party
    /// organisation (use the organisation as the unit and one peer group); no 25% exception.</summary>
    public static QuotaRegime Qd132 { get; } = new(EvaluationMessages.Table.Describe("HD21.Quota.HTXS", QuotaDocuments.Hd21Quota), Share.Percent(20));

    /// <summary>Gets the State regime for công chức of NĐ 335/2025 (Điều 20 khoản 5): 20% per agency and group with similar
    /// tasks; the 25% for an outstanding unit is <see cref="Confidence.Unconfirmed"/> [U] (point b was not read in full).</summary>
    public static QuotaRegime Nd335 { get; } = new QuotaRegime(EvaluationMessages.Table.Describe("ND335.Quota.HTXS", QuotaDocuments.Nd335Quota), Share.Percent(20))
        .WithOutstandingCap(EvaluationMessages.Table.Describe("ND335.Quota.HTXSOutstanding", QuotaDocuments.Nd335QuotaOutstanding, confidence: Confidence.Unconfirmed), Share.Percent(25));

    /// <summary>Gets the State regime for viên chức of NĐ 233/2026 (Điều 12 khoản 6): 20%, 25% where the unit was
    /// recognised as HTXS, per unit and group with similar tasks.</summary>
    public static QuotaRegime Nd233 { get; } = new QuotaRegime(EvaluationMessages.Table.Describe("ND233.Quota.HTXS", QuotaDocuments.Nd233Quota), Share.Percent(20))
        .WithOutstandingCap(EvaluationMessages.Table.Describe("ND233.Quota.HTXSOutstanding", QuotaDocuments.Nd233QuotaOutstanding), Share.Percent(25));

    /// <summary>
    /// Gets the unit regime of NĐ 233/2026 Điều 7 khoản 7 for public service units (the candidates are units; their
    /// <see cref="QuotaCandidate.Unit"/> is the parent): 20%, 25% for outstanding ones, and a parent with fewer than 5
    /// subordinate units may have at most 1 unit rated HTXS.
    /// </summary>
    /// <remarks>Point c is read as replacing the share bound for a small parent (otherwise, under floor rounding, it could
    /// never allow anything): such a parent may keep one HTXS unit whatever its HTT count.</remarks>
    public static QuotaRegime Nd233Units { get; } = new QuotaRegime(EvaluationMessages.Table.Describe("ND233.Quota.UnitHTXS", QuotaDocuments.Nd233UnitQuota), Share.Percent(20))
        .WithOutstandingCap(EvaluationMessages.Table.Describe("ND233.Quota.UnitHTXSOutstanding", QuotaDocuments.Nd233UnitQuotaOutstanding), Share.Percent(25))
        .WithSmallGroupLimit(EvaluationMessages.Table.Describe("ND233.Quota.SmallParent", QuotaDocuments.Nd233UnitQuotaSmallParent), 5, 1);

    /// <summary>
    /// Gets the quota of the evaluation regulation that a catalogue has in force on a date for a kind of subject, or
    /// <see langword="null"/> when that regulation sets none (or the catalogue has no evaluation regulation then). With
    /// <see cref="ShippedRegulations.Catalog"/>: Party (members and organisations) QĐ 132/HD 21 from 08/03/2018 to
    /// 03/10/2023, QĐ 124 from 04/10/2023 to 29/08/2025, QĐ 366 from 30/08/2025; công chức NĐ 335 from 01/01/2026;
    /// viên chức NĐ 233 from 01/07/2026; public service units (<see cref="SubjectKind.Agency"/>) NĐ 233 Điều 7 khoản 7
    /// (<see cref="Nd233Units"/>) while the catalogue evaluates viên chức under NĐ 233.
    /// </summary>
    /// <remarks>The regime comes from the catalogue given, so a province's catalogue (the shipped regulations with its
    /// variant) answers with the province's shares. Before NĐ 335 and NĐ 233 the State side (NĐ 90 as amended by NĐ 48,
    /// from 15/09/2023) has no fixed share cap: its HTXS share is bounded by the Party's, which
    /// <see cref="QuotaAllocator.ComparePartyShare"/> checks.</remarks>
    /// <param name="catalog">The catalogue that selects the regulation.</param>
    /// <param name="subject">The kind of subject.</param>
    /// <param name="date">The date (the evaluation's date, not the clock).</param>
    /// <returns>The regime, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static QuotaRegime? InForce(RegulationCatalog catalog, SubjectKind subject, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return subject switch
        {
            SubjectKind.Agency => catalog.TryInForce(RegulationTopic.Evaluation, SubjectKind.PublicEmployee, date) is EvaluationRegulation { Regime: EvaluationRegime.Nd233 }
                ? Nd233Units
                : null,
            _ => (catalog.TryInForce(RegulationTopic.Evaluation, subject, date) as EvaluationRegulation)?.Quota,
        };
    }

    /// <summary>Gets the cap's code, text and citation.</summary>
    public RuleDescriptor CapRule { get; private init; }

    /// <summary>Gets the cap as a share of the HTT count.</summary>
    public Share Cap { get; private init; }

    /// <summary>Gets the raised cap's code, text and citation, or <see langword="null"/> when the regime has none.</summary>
    public RuleDescriptor? OutstandingRule { get; private init; }

    /// <summary>Gets the raised cap for a unit recognised as outstanding, or <see langword="null"/>.</summary>
    public Share? OutstandingCap { get; private init; }

    /// <summary>Gets the small-group limit's code, text and citation, or <see langword="null"/> when the regime has none.</summary>
    public RuleDescriptor? SmallGroupRule { get; private init; }

    /// <summary>Gets the group size below which the small-group limit replaces the share bound (0 when none).</summary>
    public int SmallGroupFewerThan { get; private init; }

    /// <summary>Gets the most HTXS a small group may keep.</summary>
    public int SmallGroupMaximum { get; private init; }

    /// <summary>Returns a copy with a raised cap for units recognised as outstanding.</summary>
    /// <param name="rule">The raised cap's code, text and citation.</param>
    /// <param name="cap">The raised cap, at least <see cref="Cap"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cap"/> is below <see cref="Cap"/>.</exception>
    public QuotaRegime WithOutstandingCap(RuleDescriptor rule, Share cap)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (cap < Cap)
        {
            throw new InputOutOfRangeException(nameof(cap), cap, "The raised cap is below the normal cap.");
        }

        return new QuotaRegime(this) { OutstandingRule = rule, OutstandingCap = cap };
    }

    /// <summary>Returns a copy in which a group with fewer than <paramref name="fewerThan"/> members may keep at most
    /// <paramref name="maximum"/> HTXS, whatever its HTT count.</summary>
    /// <param name="rule">The limit's code, text and citation.</param>
    /// <param name="fewerThan">The group size below which the limit applies, 1 or more.</param>
    /// <param name="maximum">The most HTXS such a group keeps, 0 or more.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fewerThan"/> is below 1 or <paramref name="maximum"/> is negative.</exception>
    public QuotaRegime WithSmallGroupLimit(RuleDescriptor rule, int fewerThan, int maximum)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentBounds.AtLeast(fewerThan, 1, nameof(fewerThan));
        ArgumentBounds.NotNegative(maximum, nameof(maximum));
        return new QuotaRegime(this) { SmallGroupRule = rule, SmallGroupFewerThan = fewerThan, SmallGroupMaximum = maximum };
    }

    /// <summary>Returns a copy with a regulation's shares and the same rules, each cited to the document that set its
    /// share (see <see cref="ParameterSet.CitationFor"/>). The parameters' constraint keeps the raised cap at or above
    /// the cap.</summary>
    /// <param name="cap">The normal cap.</param>
    /// <param name="capCitation">The citation of the normal cap.</param>
    /// <param name="outstandingCap">The raised cap for an outstanding unit, or <see langword="null"/> to keep none.</param>
    /// <param name="outstandingCitation">The citation of the raised cap.</param>
    /// <returns>The copy.</returns>
    internal QuotaRegime WithShares(Share cap, Citation? capCitation, Share? outstandingCap, Citation? outstandingCitation)
    {
        Share? raisedCap = OutstandingRule is null ? null : outstandingCap is { } raised && raised > cap ? raised : cap;
        if (cap == Cap && raisedCap == OutstandingCap && capCitation == CapRule.Citation && (OutstandingRule is null || outstandingCitation == OutstandingRule.Citation))
        {
            return this;
        }

        return new(this)
        {
            Cap = cap,
            OutstandingCap = raisedCap,
            CapRule = Cited(CapRule, capCitation),
            OutstandingRule = OutstandingRule is null ? null : Cited(OutstandingRule, outstandingCitation),
        };
    }

    private static RuleDescriptor Cited(RuleDescriptor rule, Citation? citation) =>
        citation == rule.Citation ? rule : new RuleDescriptor(rule.Code, rule.Text, citation, rule.Severity, rule.Confidence);

    /// <inheritdoc />
    public override string ToString() => CapRule.Code.Value;
}
