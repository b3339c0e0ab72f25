using System.Collections.Immutable;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>A person moved from HTXS to HTT by the quota, with why: the group's counts, the bound, the rule and their rank.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record QuotaDemotion
{
    internal QuotaDemotion(QuotaCandidate candidate, int rank, QuotaGroupResult group)
    {
        Candidate = candidate;
        Rank = rank;
        Group = group;
    }

    /// <summary>Gets the candidate moved (their <see cref="QuotaCandidate.QualifiedLevel"/> is HTXS).</summary>
    public QuotaCandidate Candidate { get; }

    /// <summary>Gets the candidate's rank among those who qualified in the group (1 is first), under the policy's order;
    /// it is above <see cref="QuotaGroupResult.Kept"/>.</summary>
    public int Rank { get; }

    /// <summary>Gets the group and the bound that decided the move.</summary>
    public QuotaGroupResult Group { get; }

    /// <summary>Gets the code of the rule that decided the move (the cap applied).</summary>
    public RuleCode Code => Group.Rule.Code;

    /// <summary>Gets the clause of the rule that decided the move.</summary>
    public Citation? Citation => Group.Rule.Citation;

    /// <summary>Explains the move.</summary>
    /// <returns>The finding.</returns>
    public Finding Explain() => new(
        QuotaAllocator.DemotedCode,
        EvaluationMessages.Table.Get(QuotaAllocator.DemotedCode),
        Group.Rule.Citation,
        FindingStatus.Satisfied,
        Severity.Advisory,
        [
            FactValue.Of("id", Candidate.Id.Value),
            Candidate.Score is { } s ? FactValue.Of("score", s) : FactValue.Of("score", "-"),
            FactValue.Of("rank", Rank),
            FactValue.Of("qualified", Group.Qualified),
            FactValue.Of("kept", Group.Kept),
            FactValue.Of("rule", Group.Rule.Code.Value),
        ],
        ImmutableArray<Finding>.Empty);
}
