using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// Applies a unit quota ("HTXS không vượt quá 20% số HTT") to a population: per unit and peer group it keeps the
/// first h qualifiers for Hoàn thành xuất sắc nhiệm vụ (HTXS) in the policy's order and moves the rest to Hoàn thành
/// tốt nhiệm vụ (HTT), reporting each move and why.
/// </summary>
/// <remarks>
/// <para>Only HTXS candidates can move, and only one level down, to HTT; nobody moves up. The result does not depend on
/// the input order (groups are processed in ordinal order of unit then peer group; within a group the order is the
/// policy's). The work is linear in the population plus a sort of the qualifiers of each over-full group: arrays and
/// one dictionary of groups, no per-person allocation beyond the result.</para>
/// <para>Identifiers must be unique. Two qualifiers of one group with the same identifier and score cannot be ordered
/// and are rejected; other duplicates are not searched for, to keep the path cheap.</para>
/// <para>Thread-safe: the methods are pure.</para>
/// </remarks>
public static class QuotaAllocator
{
    internal static readonly RuleCode AllocationCode = new("Quota.Allocation");
    internal static readonly RuleCode GroupCode = new("Quota.Group");
    internal static readonly RuleCode DemotedCode = new("Quota.Demoted");

    /// <summary>Applies a regime's quota to a population with the default policy (literal denominator, floor, score then id).</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value, two qualifiers cannot be ordered, or a
    /// unit and peer group is flagged outstanding for some members only.</exception>
    public static QuotaAllocation Allocate(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates) => Allocate(regime, candidates, QuotaPolicy.Default);

    /// <summary>Applies a regime's quota to a population.</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value, two qualifiers cannot be ordered, or a
    /// unit and peer group is flagged outstanding for some members only.</exception>
    public static QuotaAllocation Allocate(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy policy) => Run(regime, candidates, policy, parallel: false);

    /// <summary>Applies a regime's quota to a population given as a sequence (copied once).</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value, two qualifiers cannot be ordered, or a
    /// unit and peer group is flagged outstanding for some members only.</exception>
    public static QuotaAllocation Allocate(QuotaRegime regime, IEnumerable<QuotaCandidate> candidates, QuotaPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Run(regime, [.. candidates], policy, parallel: false);
    }

    /// <summary>Applies a regime's quota with the groups processed in parallel; the result equals <see cref="Allocate(QuotaRegime, ImmutableArray{QuotaCandidate}, QuotaPolicy)"/>'s.</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <param name="policy">The policy, or <see langword="null"/> for <see cref="QuotaPolicy.Default"/>.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> is null.</exception>
    /// <exception cref="QuotaInputException">As for the sequential overload; the same entry is named.</exception>
    public static QuotaAllocation AllocateParallel(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy? policy = null) =>
        Run(regime, candidates, policy ?? QuotaPolicy.Default, parallel: true);

    /// <summary>
    /// Gets the most HTXS a group may keep under a share cap: the largest h ≤ <paramref name="qualified"/> with
    /// h ≤ cap × (t + c − h) under the literal reading, or h ≤ cap × t under the fixed-denominator reading, rounded by
    /// the policy. At 20% and floor this is min(c, ⌊(t + c)/6⌋) (literal) or min(c, ⌊t/5⌋) (fixed).
    /// </summary>
    /// <param name="ratedGood">The number rated HTT on their own merits (t), 0 or more.</param>
    /// <param name="qualified">The number who qualified for HTXS (c), 0 or more.</param>
    /// <param name="cap">The cap as a share of the HTT count.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The number kept.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static int MaximumKept(int ratedGood, int qualified, Share cap, QuotaPolicy policy)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratedGood);
        ArgumentOutOfRangeException.ThrowIfNegative(qualified);
        ArgumentNullException.ThrowIfNull(policy);
        return (int)Math.Min(qualified, ShareBound(ratedGood, qualified, cap, policy));
    }

    /// <summary>
    /// Checks NĐ 48/2023's rule (NĐ 90 Điều 2 khoản 6): in each unit and peer group the share of staff rated HTXS on the
    /// State side may not exceed the share of party members rated HTXS on the Party side. Shares are exact.
    /// </summary>
    /// <param name="state">The State population as rated (the level read is <see cref="QuotaCandidate.QualifiedLevel"/>).</param>
    /// <param name="party">The Party population as rated, keyed by the same units and peer groups.</param>
    /// <returns>The comparison; a group with no rated party member is undetermined.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value.</exception>
    public static QuotaShareComparison ComparePartyShare(IEnumerable<QuotaCandidate> state, IEnumerable<QuotaCandidate> party)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(party);
        var counts = new SortedDictionary<GroupKey, long[]>(GroupKeyComparer.Instance);
        Count(state, counts, 0, nameof(state));
        Count(party, counts, 2, nameof(party));
        var groups = ImmutableArray.CreateBuilder<QuotaShareGroup>(counts.Count);
        foreach ((GroupKey key, long[] c) in counts)
        {
            groups.Add(new QuotaShareGroup(key.Unit, key.PeerGroup, c[0], c[1], c[2], c[3]));
        }

        return new QuotaShareComparison(groups.MoveToImmutable());
    }

    private static void Count(IEnumerable<QuotaCandidate> population, SortedDictionary<GroupKey, long[]> counts, int offset, string name)
    {
        int i = 0;
        foreach (QuotaCandidate candidate in population)
        {
            if (candidate.Unit is null)
            {
                throw new QuotaInputException($"{name}[{i}] is an empty candidate (no unit).", name);
            }

            var key = new GroupKey(candidate.Unit, candidate.PeerGroup);
            if (!counts.TryGetValue(key, out long[]? c))
            {
                c = new long[4];
                counts.Add(key, c);
            }

            if (candidate.QualifiedLevel == EvaluationLevel.Excellent)
            {
                c[offset]++;
            }

            c[offset + 1]++;
            i++;
        }
    }

    private static long ShareBound(long t, long c, Share cap, QuotaPolicy policy)
    {
        Int128 p = cap.Numerator;
        Int128 q = cap.Denominator;
        bool floor = policy.Rounding == QuotaRounding.Floor;
        if (policy.Denominator == QuotaDenominator.RatedGoodBeforeAllocation)
        {
            return (long)Round(p * t, q, floor);
        }

        // Largest h with h ≤ p(t + c − h)/q, i.e. h ≤ p(t + c)/(p + q); a rounding up can allow a little more.
        long h = (long)((p * (t + c)) / (p + q));
        if (!floor)
        {
            while (h < c && h + 1 <= Round(p * (t + c - h - 1), q, floor: false))
            {
                h++;
            }
        }

        return h;
    }

    private static Int128 Round(Int128 numerator, Int128 denominator, bool floor) =>
        floor ? numerator / denominator : ((2 * numerator) + denominator) / (2 * denominator);

    private static QuotaAllocation Run(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy policy, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(policy);
        if (candidates.IsDefault)
        {
            candidates = [];
        }

        int n = candidates.Length;
        var groupOf = new int[n];
        var levels = new EvaluationLevel[n];
        var index = new Dictionary<GroupKey, int>();
        var keys = new List<GroupKey>();

        // Pass 1: group ids, with a cache for runs of the same unit and peer group.
        string? lastUnit = null;
        string? lastPeer = null;
        int last = -1;
        for (int i = 0; i < n; i++)
        {
            ref readonly QuotaCandidate candidate = ref candidates.ItemRef(i);
            if (candidate.Unit is null)
            {
                throw new QuotaInputException($"candidates[{i}] is an empty candidate (no unit).", nameof(candidates));
            }

            if (!ReferenceEquals(candidate.Unit, lastUnit) || !ReferenceEquals(candidate.PeerGroup, lastPeer))
            {
                var key = new GroupKey(candidate.Unit, candidate.PeerGroup);
                if (!index.TryGetValue(key, out last))
                {
                    last = keys.Count;
                    index.Add(key, last);
                    keys.Add(key);
                }

                lastUnit = candidate.Unit;
                lastPeer = candidate.PeerGroup;
            }

            groupOf[i] = last;
            levels[i] = candidate.QualifiedLevel;
        }

        // Pass 2: counts per group and the outstanding flag.
        int groupCount = keys.Count;
        var members = new int[groupCount];
        var good = new int[groupCount];
        var qualified = new int[groupCount];
        var outstanding = new sbyte[groupCount];
        for (int i = 0; i < n; i++)
        {
            int g = groupOf[i];
            ref readonly QuotaCandidate candidate = ref candidates.ItemRef(i);
            sbyte flag = candidate.UnitIsOutstanding ? (sbyte)1 : (sbyte)-1;
            if (members[g] == 0)
            {
                outstanding[g] = flag;
            }
            else if (outstanding[g] != flag)
            {
                throw new QuotaInputException($"candidates[{i}] ('{candidate.Id}'): unit '{candidate.Unit}', group '{candidate.PeerGroup}' is flagged outstanding for some members only.", nameof(candidates));
            }

            members[g]++;
            if (candidate.QualifiedLevel == EvaluationLevel.Good)
            {
                good[g]++;
            }
            else if (candidate.QualifiedLevel == EvaluationLevel.Excellent)
            {
                qualified[g]++;
            }
        }

        // Pass 3: the qualifiers of each group, contiguous.
        var start = new int[groupCount + 1];
        for (int g = 0; g < groupCount; g++)
        {
            start[g + 1] = start[g] + qualified[g];
        }

        var excellent = new int[start[groupCount]];
        var fill = (int[])start.Clone();
        for (int i = 0; i < n; i++)
        {
            if (levels[i] == EvaluationLevel.Excellent)
            {
                excellent[fill[groupOf[i]]++] = i;
            }
        }

        // Groups in ordinal order of unit then peer group, so results never depend on the input order.
        var order = new int[groupCount];
        for (int g = 0; g < groupCount; g++)
        {
            order[g] = g;
        }

        Array.Sort(order, new GroupOrder(keys));

        var results = new QuotaGroupResult[groupCount];
        var moves = new QuotaDemotion[groupCount][];
        var errors = new QuotaInputException?[groupCount];
        var ranking = new CandidateOrder(candidates, policy.Ordering);
        void Process(int g)
        {
            try
            {
                ProcessGroup(g);
            }
            catch (QuotaInputException e)
            {
                errors[g] = e;
            }
        }

        void ProcessGroup(int g)
        {
            int t = good[g];
            int c = qualified[g];
            bool flagged = outstanding[g] > 0;
            RuleDescriptor rule;
            Share? cap;
            long bound;
            if (regime.SmallGroupRule is not null && members[g] < regime.SmallGroupFewerThan)
            {
                rule = regime.SmallGroupRule;
                cap = null;
                bound = regime.SmallGroupMaximum;
            }
            else
            {
                bool raised = flagged && regime.OutstandingCap is not null;
                rule = raised ? regime.OutstandingRule! : regime.CapRule;
                Share share = raised ? regime.OutstandingCap!.Value : regime.Cap;
                cap = share;
                bound = ShareBound(t, c, share, policy);
            }

            int kept = (int)Math.Min(c, bound);
            bool holds = cap is { } s
                ? (Int128)kept * s.Denominator <= (Int128)s.Numerator * (t + c - kept)
                : kept <= regime.SmallGroupMaximum;
            var result = new QuotaGroupResult(keys[g].Unit, keys[g].PeerGroup, members[g], t, c, kept, flagged, rule, cap, (int)Math.Min(bound, int.MaxValue), holds);
            results[g] = result;
            if (kept >= c)
            {
                moves[g] = [];
                return;
            }

            int from = start[g];
            Array.Sort(excellent, from, c, ranking);
            for (int k = from + 1; k < from + c; k++)
            {
                if (ranking.Compare(excellent[k - 1], excellent[k]) == 0)
                {
                    QuotaCandidate twin = candidates[excellent[k]];
                    throw new QuotaInputException($"candidates[{excellent[k]}]: the identifier '{twin.Id}' appears twice in unit '{twin.Unit}', group '{twin.PeerGroup}' with the same score, so the order is ambiguous.", nameof(candidates));
                }
            }

            var moved = new QuotaDemotion[c - kept];
            for (int k = kept; k < c; k++)
            {
                int person = excellent[from + k];
                levels[person] = EvaluationLevel.Good;
                moved[k - kept] = new QuotaDemotion(candidates[person], k + 1, result);
            }

            moves[g] = moved;
        }

        if (parallel)
        {
            Parallel.For(0, groupCount, Process);
        }
        else
        {
            for (int g = 0; g < groupCount; g++)
            {
                Process(order[g]);
            }
        }

        int total = 0;
        foreach (int g in order)
        {
            if (errors[g] is { } error)
            {
                throw error;
            }

            total += moves[g].Length;
        }

        var groups = ImmutableArray.CreateBuilder<QuotaGroupResult>(groupCount);
        var demotions = ImmutableArray.CreateBuilder<QuotaDemotion>(total);
        foreach (int g in order)
        {
            groups.Add(results[g]);
            demotions.AddRange(moves[g]);
        }

        return new QuotaAllocation(regime, policy, candidates, levels, groups.MoveToImmutable(), demotions.MoveToImmutable());
    }

    internal readonly record struct GroupKey(string Unit, string PeerGroup);

    private sealed class GroupKeyComparer : IComparer<GroupKey>
    {
        public static readonly GroupKeyComparer Instance = new();

        public int Compare(GroupKey x, GroupKey y)
        {
            int byUnit = string.CompareOrdinal(x.Unit, y.Unit);
            return byUnit != 0 ? byUnit : string.CompareOrdinal(x.PeerGroup, y.PeerGroup);
        }
    }

    private sealed class GroupOrder(List<GroupKey> keys) : IComparer<int>
    {
        public int Compare(int x, int y) => GroupKeyComparer.Instance.Compare(keys[x], keys[y]);
    }

    private sealed class CandidateOrder(ImmutableArray<QuotaCandidate> candidates, QuotaOrdering ordering) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            ref readonly QuotaCandidate a = ref candidates.ItemRef(x);
            ref readonly QuotaCandidate b = ref candidates.ItemRef(y);
            if (ordering == QuotaOrdering.ScoreThenId)
            {
                int byScore = (b.Score, a.Score) switch
                {
                    (null, null) => 0,
                    (null, _) => -1,
                    (_, null) => 1,
                    ({ } sb, { } sa) => sb.CompareTo(sa),
                };
                if (byScore != 0)
                {
                    return byScore;
                }
            }

            return string.CompareOrdinal(a.Id.Value, b.Id.Value);
        }
    }
}
