using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The result of applying a unit quota to a population: each candidate's final level (in the input order), the quota
/// of each unit and peer group, the people moved from HTXS to HTT and why, and the regime and policy used.
/// </summary>
/// <remarks>
/// Building the result creates no text; <see cref="Explain()"/> builds the finding tree on demand. Immutable and
/// thread-safe.
/// </remarks>
public sealed class QuotaAllocation
{
    internal QuotaAllocation(QuotaRegime regime, QuotaPolicy policy, ImmutableArray<QuotaCandidate> candidates, EvaluationLevel[] finalLevels, ImmutableArray<QuotaGroupResult> groups, ImmutableArray<QuotaDemotion> demotions, int[] demotedIndices)
    {
        ArgumentNullException.ThrowIfNull(demotedIndices);
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(finalLevels);
        Regime = regime;
        Policy = policy;
        Candidates = candidates;
        FinalLevels = ImmutableCollectionsMarshal.AsImmutableArray(finalLevels);
        Groups = groups;
        Demotions = demotions;
        DemotedIndices = demotedIndices;
        bool holds = true;
        foreach (QuotaGroupResult group in groups)
        {
            holds &= group.Holds;
        }

        Holds = holds;
    }

    /// <summary>Gets the regime applied.</summary>
    public QuotaRegime Regime { get; }

    /// <summary>Gets the policy applied (denominator, rounding, ordering).</summary>
    public QuotaPolicy Policy { get; }

    /// <summary>Gets the candidates, in the order given.</summary>
    public ImmutableArray<QuotaCandidate> Candidates { get; }

    /// <summary>Gets each candidate's final level, aligned with <see cref="Candidates"/>.</summary>
    public ImmutableArray<EvaluationLevel> FinalLevels { get; }

    /// <summary>Gets the quota of each unit and peer group, ordered by unit then peer group (ordinal).</summary>
    public ImmutableArray<QuotaGroupResult> Groups { get; }

    /// <summary>Gets the people moved from HTXS to HTT, ordered by unit, peer group and rank.</summary>
    public ImmutableArray<QuotaDemotion> Demotions { get; }

    /// <summary>Gets the position in <see cref="Candidates"/> of each person moved, aligned with <see cref="Demotions"/>
    /// (so a caller maps the moves back to its people without hashing identifiers).</summary>
    internal int[] DemotedIndices { get; }

    /// <summary>Gets a value indicating whether the cap holds in every group (always under floor rounding).</summary>
    public bool Holds { get; }

    /// <summary>Gets the final level of a candidate by identifier (a linear search).</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The final level.</returns>
    /// <exception cref="ArgumentException">No candidate has the identifier.</exception>
    public EvaluationLevel FinalLevelOf(CadreId id)
    {
        for (int i = 0; i < Candidates.Length; i++)
        {
            if (Candidates.ItemRef(i).Id == id)
            {
                return FinalLevels[i];
            }
        }

        throw new InvalidInputException($"No candidate '{id}' in the allocation.", nameof(id));
    }

    /// <summary>Gets the candidates with their final levels as <see cref="QuotaCandidate.QualifiedLevel"/>, for instance to
    /// compare shares with <see cref="QuotaAllocator.ComparePartyShare"/>.</summary>
    /// <returns>The candidates as finally rated, in the input order.</returns>
    public ImmutableArray<QuotaCandidate> AsRated()
    {
        var rated = new QuotaCandidate[Candidates.Length];
        for (int i = 0; i < rated.Length; i++)
        {
            ref readonly QuotaCandidate candidate = ref Candidates.ItemRef(i);
            rated[i] = candidate.QualifiedLevel == FinalLevels[i] ? candidate : candidate.WithLevel(FinalLevels[i]);
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(rated);
    }

    /// <summary>Explains the whole allocation: the policy, then each group with its moves.</summary>
    /// <returns>The root finding (satisfied when the cap holds in every group).</returns>
    public Finding Explain()
    {
        var groups = ImmutableArray.CreateBuilder<Finding>(Groups.Length);
        int next = 0;
        foreach (QuotaGroupResult group in Groups)
        {
            var moves = ImmutableArray.CreateBuilder<Finding>(group.Demoted);
            while (next < Demotions.Length && ReferenceEquals(Demotions[next].Group, group))
            {
                moves.Add(Demotions[next].Explain());
                next++;
            }

            groups.Add(group.Explain(moves.MoveToImmutable()));
        }

        return Root(groups.MoveToImmutable());
    }

    /// <summary>Explains the allocation as it concerns one person: the policy, their group and, if they were moved, why.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The root finding.</returns>
    /// <exception cref="ArgumentException">No candidate has the identifier.</exception>
    public Finding Explain(CadreId id)
    {
        for (int i = 0; i < Candidates.Length; i++)
        {
            ref readonly QuotaCandidate candidate = ref Candidates.ItemRef(i);
            if (candidate.Id != id)
            {
                continue;
            }

            foreach (QuotaGroupResult group in Groups)
            {
                if (string.Equals(group.Unit, candidate.Unit, StringComparison.Ordinal) && string.Equals(group.PeerGroup, candidate.PeerGroup, StringComparison.Ordinal))
                {
                    ImmutableArray<Finding> moves = [];
                    foreach (QuotaDemotion demotion in Demotions)
                    {
                        if (demotion.Candidate.Id == id)
                        {
                            moves = [demotion.Explain()];
                        }
                    }

                    return Root([group.Explain(moves)]);
                }
            }
        }

        throw new InvalidInputException($"No candidate '{id}' in the allocation.", nameof(id));
    }

    private Finding Root(ImmutableArray<Finding> children) => new(
        QuotaAllocator.AllocationCode,
        EvaluationMessages.Table.Get(QuotaAllocator.AllocationCode),
        Regime.CapRule.Citation,
        Holds ? FindingStatus.Satisfied : FindingStatus.NotSatisfied,
        Severity.Violation,
        [
            FactValue.Of("regime", Regime.CapRule.Code.Value),
            FactValue.Of("denominator", Policy.Denominator.ToString()),
            FactValue.Of("rounding", Policy.Rounding.ToString()),
            FactValue.Of("ordering", Policy.Ordering.ToString()),
            FactValue.Of("groups", Groups.Length),
            FactValue.Of("demoted", Demotions.Length),
        ],
        children);
}
