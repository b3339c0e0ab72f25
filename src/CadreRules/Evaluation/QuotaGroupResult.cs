using System;
using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The quota applied to one unit and peer group: the counts on the candidates' own merits, the bound, how many kept
/// HTXS, and whether the cap holds on the final counts.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuotaGroupResult
{
    internal QuotaGroupResult(string unit, string peerGroup, int members, int ratedGood, int qualified, int kept, bool unitIsOutstanding, RuleDescriptor rule, Share? cap, int bound, bool holds)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(peerGroup);
        ArgumentNullException.ThrowIfNull(rule);
        Unit = unit;
        PeerGroup = peerGroup;
        Members = members;
        RatedGood = ratedGood;
        Qualified = qualified;
        Kept = kept;
        UnitIsOutstanding = unitIsOutstanding;
        Rule = rule;
        Cap = cap;
        Bound = bound;
        Holds = holds;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the peer group.</summary>
    public string PeerGroup { get; }

    /// <summary>Gets the number of members of the group at any level.</summary>
    public int Members { get; }

    /// <summary>Gets the number rated HTT on their own merits (t).</summary>
    public int RatedGood { get; }

    /// <summary>Gets the number who qualified for HTXS on their own merits (c).</summary>
    public int Qualified { get; }

    /// <summary>Gets the number who kept HTXS (h).</summary>
    public int Kept { get; }

    /// <summary>Gets the number moved from HTXS to HTT (c − h).</summary>
    public int Demoted => Qualified - Kept;

    /// <summary>Gets the number finally rated HTT (t + c − h).</summary>
    public int FinalGood => RatedGood + Qualified - Kept;

    /// <summary>Gets a value indicating whether the unit was flagged as recognised outstanding.</summary>
    public bool UnitIsOutstanding { get; }

    /// <summary>Gets the rule that set the bound: the normal cap, the raised cap, or the small-group limit.</summary>
    public RuleDescriptor Rule { get; }

    /// <summary>Gets the cap as a share of the HTT count, or <see langword="null"/> when the small-group limit applied.</summary>
    public Share? Cap { get; }

    /// <summary>Gets the most HTXS the rule allows under the policy used (before comparing with the number who qualified).</summary>
    public int Bound { get; }

    /// <summary>Gets a value indicating whether the cap holds on the final counts: HTXS × denominator ≤ numerator × final HTT
    /// (5 × HTXS ≤ HTT at 20%), or at most the small-group maximum. It can fail only under a rounding that rounds up.</summary>
    public bool Holds { get; }

    /// <summary>Explains the group: its counts, bound and rule.</summary>
    /// <returns>The finding (satisfied when the cap holds).</returns>
    public Finding Explain() => Explain(ImmutableArray<Finding>.Empty);

    internal Finding Explain(ImmutableArray<Finding> children)
    {
        ImmutableArray<FactValue> values =
        [
            FactValue.Of("unit", Unit),
            FactValue.Of("peerGroup", PeerGroup),
            FactValue.Of("members", Members),
            FactValue.Of("ratedGood", RatedGood),
            FactValue.Of("qualified", Qualified),
            FactValue.Of("bound", Bound),
            FactValue.Of("kept", Kept),
            FactValue.Of("demoted", Demoted),
            FactValue.Of("finalGood", FinalGood),
            FactValue.Of("outstanding", UnitIsOutstanding),
            FactValue.Of("cap", Cap is { } cap ? cap.FormatPercent(Language.English, 0) : "-"),
            FactValue.Of("rule", Rule.Code.Value),
        ];
        var rule = new Finding(Rule.Code, Rule.Text, Rule.Citation, Holds ? FindingStatus.Satisfied : FindingStatus.NotSatisfied, Rule.Severity, values, ImmutableArray<Finding>.Empty);
        return new Finding(QuotaAllocator.GroupCode, EvaluationMessages.Table.Get(QuotaAllocator.GroupCode), Rule.Citation, Holds ? FindingStatus.Satisfied : FindingStatus.NotSatisfied, Severity.Violation, values, [rule, .. children]);
    }
}
