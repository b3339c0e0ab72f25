using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
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
/// <para>Identifiers must be unique in a population, compared as <see cref="CadreId"/> compares them (trimmed,
/// ignoring case): a duplicate is a <see cref="QuotaInputException"/> naming its index and the first one's
/// (one hash-set pass, so the work stays linear).</para>
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
    /// <exception cref="QuotaInputException">A candidate is the default value, two candidates have one identifier, or a
    /// unit and peer group is flagged outstanding for some members only.</exception>
    public static QuotaAllocation Allocate(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates) => Allocate(regime, candidates, QuotaPolicy.Default);

    /// <summary>Applies a regime's quota to a population.</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regime"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value, two candidates have one identifier, or a
    /// unit and peer group is flagged outstanding for some members only.</exception>
    public static QuotaAllocation Allocate(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy policy) => Run(regime, candidates, policy, parallel: false);

    /// <summary>Applies a regime's quota to candidates whose identifiers the caller has already found unique (compared as
    /// <see cref="CadreId"/> compares them): the evaluation round checks every person's identifier once, so the
    /// allocation does not hash them again. Everything else is <see cref="Allocate(QuotaRegime, ImmutableArray{QuotaCandidate}, QuotaPolicy)"/>.</summary>
    internal static QuotaAllocation AllocateUnique(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy policy) => Run(regime, candidates, policy, parallel: false, idsChecked: true);

    /// <summary>Applies a regime's quota to a population given as a sequence (copied once).</summary>
    /// <param name="regime">The regime.</param>
    /// <param name="candidates">The population.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="QuotaInputException">A candidate is the default value, two candidates have one identifier, or a
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
        ArgumentBounds.NotNegative(ratedGood, nameof(ratedGood));
        ArgumentBounds.NotNegative(qualified, nameof(qualified));
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
    /// <exception cref="QuotaInputException">A candidate is the default value, or two candidates of one population have one identifier.</exception>
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

    private static void CheckUnique(Dictionary<CadreId, int> firstIndex, CadreId id, int i, string name)
    {
        if (!firstIndex.TryAdd(id, i))
        {
            throw new QuotaInputException(
                string.Create(CultureInfo.InvariantCulture, $"{name}[{i}]: the identifier '{id}' is already given at {name}[{firstIndex[id]}] (identifiers are compared trimmed and ignoring case)."),
                name);
        }
    }

    private static void Count(IEnumerable<QuotaCandidate> population, SortedDictionary<GroupKey, long[]> counts, int offset, string name)
    {
        var firstIndex = new Dictionary<CadreId, int>();
        int i = 0;
        foreach (QuotaCandidate candidate in population)
        {
            if (candidate.Unit is null)
            {
                throw new QuotaInputException(string.Create(CultureInfo.InvariantCulture, $"{name}[{i}] is an empty candidate (no unit)."), name);
            }

            CheckUnique(firstIndex, candidate.Id, i, name);

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

    /// <summary>The allocation of one unit and peer group from its counts: the bound that applies (the small-group rule,
    /// the cap, or the raised cap of an outstanding unit), the HTXS kept and whether the share holds. The one place the
    /// bound is computed, for the allocator and for the round over rows.</summary>
    internal static QuotaGroupResult GroupResult(QuotaRegime regime, QuotaPolicy policy, string unit, string peerGroup, int members, int t, int c, bool flagged)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(policy);
        RuleDescriptor rule;
        Share? cap;
        long bound;
        if (regime.SmallGroupRule is not null && members < regime.SmallGroupFewerThan)
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
        return new QuotaGroupResult(unit, peerGroup, members, t, c, kept, flagged, rule, cap, (int)Math.Min(bound, int.MaxValue), holds);
    }

    private static QuotaAllocation Run(QuotaRegime regime, ImmutableArray<QuotaCandidate> candidates, QuotaPolicy policy, bool parallel, bool idsChecked = false)
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
        var index = new GroupIndex();
        int capacity = 16;
        var members = new int[capacity];
        var good = new int[capacity];
        var qualified = new int[capacity];
        var outstanding = new sbyte[capacity];

        Dictionary<CadreId, int>? firstIndex = idsChecked ? null : new Dictionary<CadreId, int>(n);

        // Pass 1 (the only pass over the candidates): unique ids, group ids, counts per group and the outstanding flag.
        for (int i = 0; i < n; i++)
        {
            ref readonly QuotaCandidate candidate = ref candidates.ItemRef(i);
            if (candidate.Unit is null)
            {
                throw new QuotaInputException(string.Create(CultureInfo.InvariantCulture, $"candidates[{i}] is an empty candidate (no unit)."), nameof(candidates));
            }

            if (firstIndex is not null)
            {
                CheckUnique(firstIndex, candidate.Id, i, nameof(candidates));
            }

            int g = index.Find(candidate.Unit, candidate.PeerGroup);
            if (g == capacity)
            {
                capacity *= 2;
                Array.Resize(ref members, capacity);
                Array.Resize(ref good, capacity);
                Array.Resize(ref qualified, capacity);
                Array.Resize(ref outstanding, capacity);
            }

            groupOf[i] = g;
            EvaluationLevel level = candidate.QualifiedLevel;
            levels[i] = level;
            sbyte flag = candidate.UnitIsOutstanding ? (sbyte)1 : (sbyte)-1;
            if (members[g] == 0)
            {
                outstanding[g] = flag;
            }
            else if (outstanding[g] != flag)
            {
                throw new QuotaInputException(string.Create(CultureInfo.InvariantCulture, $"candidates[{i}] ('{candidate.Id}'): unit '{candidate.Unit}', group '{candidate.PeerGroup}' is flagged outstanding for some members only."), nameof(candidates));
            }

            members[g]++;
            if (level == EvaluationLevel.Good)
            {
                good[g]++;
            }
            else if (level == EvaluationLevel.Excellent)
            {
                qualified[g]++;
            }
        }

        List<GroupKey> keys = index.Keys;
        int groupCount = keys.Count;

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
        var movedIndices = new int[groupCount][];
        var errors = new QuotaInputException?[groupCount];
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
            int c = qualified[g];
            QuotaGroupResult result = GroupResult(regime, policy, keys[g].Unit, keys[g].PeerGroup, members[g], good[g], c, outstanding[g] > 0);
            int kept = result.Kept;
            results[g] = result;
            if (kept >= c)
            {
                moves[g] = [];
                movedIndices[g] = [];
                return;
            }

            int from = start[g];
            QualifierEntry[] rented = ArrayPool<QualifierEntry>.Shared.Rent(c);
            try
            {
                Span<QualifierEntry> entries = rented.AsSpan(0, c);
                bool byScore = policy.Ordering == QuotaOrdering.ScoreThenId;
                for (int k = 0; k < c; k++)
                {
                    int person = excellent[from + k];
                    ref readonly QuotaCandidate candidate = ref candidates.ItemRef(person);
                    decimal? score = byScore ? candidate.Score : null;
                    entries[k] = new QualifierEntry(score.GetValueOrDefault(), score.HasValue, candidate.Id.Value, person);
                }

                entries.Sort(default(QualifierOrder));

                var moved = new QuotaDemotion[c - kept];
                var movedIndex = new int[c - kept];
                for (int k = kept; k < c; k++)
                {
                    int person = entries[k].Index;
                    levels[person] = EvaluationLevel.Good;
                    moved[k - kept] = new QuotaDemotion(candidates[person], k + 1, result);
                    movedIndex[k - kept] = person;
                }

                moves[g] = moved;
                movedIndices[g] = movedIndex;
            }
            finally
            {
                ArrayPool<QualifierEntry>.Shared.Return(rented, clearArray: true);
            }
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
        var demotedIndices = new int[total];
        int next = 0;
        foreach (int g in order)
        {
            groups.Add(results[g]);
            demotions.AddRange(moves[g]);
            movedIndices[g].CopyTo(demotedIndices, next);
            next += movedIndices[g].Length;
        }

        return new QuotaAllocation(regime, policy, candidates, levels, groups.MoveToImmutable(), demotions.MoveToImmutable(), demotedIndices);
    }

    internal readonly record struct GroupKey(string Unit, string PeerGroup);

    /// <summary>Finds group ids cheaply: runs of the same unit and peer group hit a cache by reference, a unit is found in
    /// a dictionary, its first few peer groups in a short list, any further ones in a dictionary.</summary>
    private sealed class GroupIndex
    {
        private const int ShortList = 16;
        private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
        private readonly List<List<(string Peer, int Group)>> _peers = [];
        private readonly Dictionary<GroupKey, int> _overflow = [];
        private string? _lastUnit;
        private string? _lastPeer;
        private int _lastUnitIndex = -1;
        private int _lastGroup = -1;

        public List<GroupKey> Keys { get; } = [];

        public int Find(string unit, string peer)
        {
            if (ReferenceEquals(unit, _lastUnit) && ReferenceEquals(peer, _lastPeer))
            {
                return _lastGroup;
            }

            int u;
            if (ReferenceEquals(unit, _lastUnit))
            {
                u = _lastUnitIndex;
            }
            else if (!_units.TryGetValue(unit, out u))
            {
                u = _peers.Count;
                _units.Add(unit, u);
                _peers.Add([]);
            }

            List<(string Peer, int Group)> peers = _peers[u];
            int g = -1;
            for (int k = 0; k < peers.Count; k++)
            {
                if (ReferenceEquals(peers[k].Peer, peer) || string.Equals(peers[k].Peer, peer, StringComparison.Ordinal))
                {
                    g = peers[k].Group;
                    break;
                }
            }

            if (g < 0 && (peers.Count < ShortList || !_overflow.TryGetValue(new GroupKey(unit, peer), out g)))
            {
                g = Keys.Count;
                Keys.Add(new GroupKey(unit, peer));
                if (peers.Count < ShortList)
                {
                    peers.Add((peer, g));
                }
                else
                {
                    _overflow.Add(new GroupKey(unit, peer), g);
                }
            }

            _lastUnit = unit;
            _lastPeer = peer;
            _lastUnitIndex = u;
            _lastGroup = g;
            return g;
        }
    }

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

    /// <summary>A qualifier's sort key, copied out of the population so that sorting touches a small, contiguous buffer.</summary>
    internal readonly record struct QualifierEntry(decimal Score, bool HasScore, string Id, int Index);

    /// <summary>Higher score first (a missing score last), then the identifier in <see cref="CadreId"/> order (ordinal, ignoring case).</summary>
    internal readonly struct QualifierOrder : IComparer<QualifierEntry>
    {
        public int Compare(QualifierEntry x, QualifierEntry y)
        {
            if (x.HasScore != y.HasScore)
            {
                return x.HasScore ? -1 : 1;
            }

            int byScore = decimal.Compare(y.Score, x.Score);
            return byScore != 0 ? byScore : string.Compare(x.Id, y.Id, StringComparison.OrdinalIgnoreCase);
        }
    }
}
