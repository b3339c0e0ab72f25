using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The ladders of one regime, built from its parameters, and what the regulation needs around them.</summary>
internal sealed class RegimeRules
{
    public DecisionLadder<EvaluationInput, EvaluationLevel>? NonLeader { get; init; }

    public DecisionLadder<EvaluationInput, EvaluationLevel>? Leader { get; init; }

    public DecisionLadder<EvaluationInput, EvaluationLevel>? Collective { get; init; }

    public bool NeedsScore { get; init; }

    public bool NeedsGrades { get; init; }

    /// <summary>The high-score policy in force, for the regimes that have one.</summary>
    public HighScorePolicy? Policy { get; init; }

    public RuleDescriptor? PolicyDescriptor { get; init; }

    /// <summary>The lowest scores of the HTXS, HTT and HTNV bands (for the policy bookkeeping).</summary>
    public decimal ExcellentMinimum { get; init; }

    public decimal GoodMinimum { get; init; }

    /// <summary>The codes of the level rungs, indexed by <see cref="EvaluationLevel"/>.</summary>
    public RuleCode[] RungCodes { get; init; } = new RuleCode[4];

    public RuleDescriptor? GapDescriptor { get; init; }

    /// <summary>The finding given when a collective's level is undetermined, when it differs from <see cref="GapDescriptor"/>
    /// (a State regime whose text sets no levels for agencies and units, or whose article for them was not retrieved).</summary>
    public RuleDescriptor? CollectiveGapDescriptor { get; init; }

    /// <summary>Whether the collective ladder reads no fact (a regime that sets no levels for collectives): the score and
    /// grades are then not required of a collective.</summary>
    public bool CollectiveReadsNoFacts { get; init; }

    /// <summary>The gap finding for a role.</summary>
    public RuleDescriptor? GapFor(EvaluationRole role) => role == EvaluationRole.Collective && CollectiveGapDescriptor is { } collective ? collective : GapDescriptor;

    /// <summary>The finding given when a mitigation is claimed against a Không hoàn thành nhiệm vụ ground the competent level may weigh.</summary>
    public RuleDescriptor? MitigationDescriptor { get; init; }

    /// <summary>The ground that no mitigation sets aside (the score).</summary>
    public RuleCode NotMitigable { get; init; }

    /// <summary>Whether only leaders may claim a mitigation (NĐ 233: viên chức quản lý).</summary>
    public bool MitigationLeadersOnly { get; init; }

    /// <summary>The same rules with other ladders (a variant's changed rules).</summary>
    public RegimeRules WithLadders(DecisionLadder<EvaluationInput, EvaluationLevel>? nonLeader, DecisionLadder<EvaluationInput, EvaluationLevel>? leader, DecisionLadder<EvaluationInput, EvaluationLevel>? collective) => new()
    {
        NonLeader = nonLeader,
        Leader = leader,
        Collective = collective,
        NeedsScore = NeedsScore,
        NeedsGrades = NeedsGrades,
        Policy = Policy,
        PolicyDescriptor = PolicyDescriptor,
        ExcellentMinimum = ExcellentMinimum,
        GoodMinimum = GoodMinimum,
        RungCodes = RungCodes,
        GapDescriptor = GapDescriptor,
        CollectiveGapDescriptor = CollectiveGapDescriptor,
        CollectiveReadsNoFacts = CollectiveReadsNoFacts,
        MitigationDescriptor = MitigationDescriptor,
        NotMitigable = NotMitigable,
        MitigationLeadersOnly = MitigationLeadersOnly,
    };

    public DecisionLadder<EvaluationInput, EvaluationLevel>? LadderFor(EvaluationRole role) => role switch
    {
        EvaluationRole.NonLeader => NonLeader,
        EvaluationRole.Leader => Leader,
        _ => Collective,
    };
}
