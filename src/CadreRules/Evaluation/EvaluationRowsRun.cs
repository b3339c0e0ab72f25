using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>
/// The round over rows (<see cref="EvaluationRound.RunRows"/>): one pass classifies each row through the round's one
/// reusable input, a counting pass groups the people the quota counts by unit, and one pass per unit allocates its
/// quota from counts, ranking the qualifiers only where the quota moves someone.
/// </summary>
/// <remarks>Not thread-safe: one per run.</remarks>
internal sealed class EvaluationRowsRun
{
    private const int Failed = -1;

    private readonly EvaluationRound _round;
    private readonly ImmutableArray<string> _units;
    private readonly ImmutableArray<string> _peerGroups;
    private readonly EvaluationRowSource _rows;
    private readonly EvaluationRowFacts _facts = new();
    private readonly RegulationCache _cache;
    private readonly List<EvaluationRoundError> _errors = [];
    private int _errorCount;
    private QuotaAllocator.QualifierEntry[] _entries = new QuotaAllocator.QualifierEntry[64];
    private long[] _keys = [];
    private int[] _order = [];
    private QuotaAllocator.QualifierEntry[] _copy = [];

    private EvaluationRowsRun(EvaluationRound round, ImmutableArray<string> units, ImmutableArray<string> peerGroups, EvaluationRowSource rows)
    {
        _round = round;
        _units = units;
        _peerGroups = peerGroups;
        _rows = rows;
        _cache = new RegulationCache(round);
    }

    public static EvaluationRowsResult Run(EvaluationRound round, ImmutableArray<string> units, ImmutableArray<string> peerGroups, EvaluationRowSource rows)
    {
        EvaluationRound.CheckNames(units, nameof(units));
        EvaluationRound.CheckNames(peerGroups, nameof(peerGroups));
        CheckDistinct(units, nameof(units));
        CheckDistinct(peerGroups, nameof(peerGroups));
        ArgumentNullException.ThrowIfNull(rows);
        return new EvaluationRowsRun(round, units, peerGroups, rows).Run();
    }

    private EvaluationRowsResult Run()
    {
        int n = _rows.Count;
        if (n < 0)
        {
            throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"The source counts {n} rows."), "rows");
        }

        var before = new EvaluationOutcome[n];
        var regulationOf = new int[n];
        var decisionOf = new int[n];
        int units = _units.Length;
        var tally = new UnitTally[units];
        var decisions = new List<EvaluationDecision>();
        var decisionIndex = new Dictionary<EvaluationDecision, int>();
        bool[] hasQuota = [];

        // Per regulation, what each classification key (EvaluationRegulation.ClassifyKey) stands for, once met: 1 + the
        // decision's position, shifted left by 3, with its outcome (the low 3 bits); 0 for a key not met yet. A round
        // meets a few decisions, so the usual row costs an array read instead of comparing decisions.
        int[][] keyMaps = [];
        bool anyMixed = false;

        // The outcomes counted as they are decided; the qualifiers for HTXS the quota counts, in row order (what the next
        // pass needs unless a unit is of several groups).
        var counts = new int[EvaluationOutcomeCounts.OutcomeCount];
        var qualifiers = new RowList();

        // Pass 1: every row once, in order: check, select the regulation, classify; count the quota's people per unit.
        for (int i = 0; i < n; i++)
        {
            regulationOf[i] = Failed;
            if (!TryClassify(i, out int unit, out int peerGroup, out int r, out int key))
            {
                continue;
            }

            if (r >= keyMaps.Length)
            {
                // A regulation met for the first time (they are numbered in order of first use).
                int known = keyMaps.Length;
                Array.Resize(ref hasQuota, _cache.Regulations.Count);
                Array.Resize(ref keyMaps, _cache.Regulations.Count);
                for (int k = known; k < keyMaps.Length; k++)
                {
                    hasQuota[k] = _cache.Regulations[k].Quota is not null;
                    keyMaps[k] = new int[_cache.Regulations[k].KeyCount];
                }
            }

            int[] map = keyMaps[r];
            int entry = map[key];
            if (entry == 0)
            {
                EvaluationDecision decision = _cache.Regulations[r].DecisionOfKey(key);
                if (!decisionIndex.TryGetValue(decision, out int found))
                {
                    found = decisions.Count;
                    decisions.Add(decision);
                    decisionIndex.Add(decision, found);
                }

                entry = map[key] = ((found + 1) << 3) | (int)EvaluationRoundPerson.OutcomeOf(decision);
            }

            var outcome = (EvaluationOutcome)(entry & 7);
            regulationOf[i] = r;
            decisionOf[i] = (entry >> 3) - 1;
            before[i] = outcome;
            counts[(int)outcome]++;
            if (hasQuota[r] && outcome <= EvaluationOutcome.NotComplete)
            {
                anyMixed |= tally[unit].Add(r, peerGroup, _rows.UnitIsOutstanding(i), outcome);
                if (outcome == EvaluationOutcome.Excellent)
                {
                    qualifiers.Add(i);
                }
            }
        }

        // Pass 2: the allocation of each unit that is one group (one regulation, one peer group, one flag: the usual
        // case) from its counts; then, by a counting sort, the rows the next pass must see, contiguous per unit and in row
        // order: the qualifiers of such a unit where the quota moves someone, every counted row of any other unit.
        var single = new QuotaGroupResult?[units];
        var unitStart = new int[units + 1];
        int moves = 0;
        for (int u = 0; u < units; u++)
        {
            ref UnitTally t = ref tally[u];
            int needed = 0;
            if (t.State == UnitTally.OneGroup)
            {
                QuotaGroupResult result = GroupResult(u, t.Regulation, t.PeerGroup, t.Members, t.Good, t.Qualified, t.Flag);
                single[u] = result;
                needed = result.Kept < t.Qualified ? t.Qualified : 0;
                moves += t.Qualified - result.Kept;
            }
            else if (t.State == UnitTally.Mixed)
            {
                needed = t.Members;
            }

            unitStart[u + 1] = unitStart[u] + needed;
        }

        var counted = new int[unitStart[units]];
        var fill = (int[])unitStart.Clone();
        if (!anyMixed)
        {
            // Every unit is one group: only qualifiers are ranked, and pass 1 listed them.
            for (int b = 0; b < qualifiers.Blocks; b++)
            {
                foreach (int i in qualifiers.Block(b))
                {
                    int u = _rows.UnitOf(i);
                    if (fill[u] < unitStart[u + 1])
                    {
                        counted[fill[u]++] = i;
                    }
                }
            }
        }
        else
        {
            for (int i = 0; i < n; i++)
            {
                int r = regulationOf[i];
                if (r == Failed || !hasQuota[r] || before[i] > EvaluationOutcome.NotComplete)
                {
                    continue;
                }

                int u = _rows.UnitOf(i);
                if (fill[u] < unitStart[u + 1] && (tally[u].State == UnitTally.Mixed || before[i] == EvaluationOutcome.Excellent))
                {
                    counted[fill[u]++] = i;
                }
            }
        }

        qualifiers = null!;

        fill = null!;
        // Pass 3: per unit, in the ordinal order of the names (as the allocator orders its groups): the groups, and the
        // ranking where the quota moves someone. A unit of several groups is counted here row by row.
        int[] unitOrder = OrdinalOrder(_units);
        var groups = new List<(int Regulation, QuotaGroupResult Result)>[_cache.Regulations.Count];
        var demoted = new List<(int Row, int Rank, int Regulation, int Group)>(moves);
        var subgroups = new List<Subgroup>();
        for (int k = 0; k < units; k++)
        {
            int u = unitOrder[k];
            ReadOnlySpan<int> rows = counted.AsSpan(unitStart[u], unitStart[u + 1] - unitStart[u]);
            if (single[u] is { } one)
            {
                ref UnitTally t = ref tally[u];
                List<(int Regulation, QuotaGroupResult Result)> list = groups[t.Regulation] ??= [];
                if (one.Kept < t.Qualified)
                {
                    Rank(rows, new Subgroup(t.Regulation, t.PeerGroup, t.Flag ? (sbyte)1 : (sbyte)-1) { Qualified = t.Qualified }, one, list.Count, regulationOf, before, demoted);
                }

                list.Add((t.Regulation, one));
                continue;
            }

            if (rows.IsEmpty)
            {
                continue;
            }

            subgroups.Clear();
            foreach (int row in rows)
            {
                Count(row, u, regulationOf[row], before[row], subgroups);
            }

            if (subgroups.Count > 1)
            {
                subgroups.Sort((x, y) => x.Regulation != y.Regulation ? x.Regulation.CompareTo(y.Regulation) : string.CompareOrdinal(_peerGroups[x.PeerGroup], _peerGroups[y.PeerGroup]));
            }

            foreach (Subgroup s in subgroups)
            {
                QuotaGroupResult result = GroupResult(u, s.Regulation, s.PeerGroup, s.Members, s.Good, s.Qualified, s.Flag > 0);
                List<(int Regulation, QuotaGroupResult Result)> list = groups[s.Regulation] ??= [];
                if (result.Kept < s.Qualified)
                {
                    Rank(rows, s, result, list.Count, regulationOf, before, demoted);
                }

                list.Add((s.Regulation, result));
            }
        }

        if (_errorCount > 0)
        {
            _errors.Sort((x, y) => x.Index.CompareTo(y.Index));
            throw new EvaluationRoundException(_errors.GetRange(0, Math.Min(_errors.Count, EvaluationRound.MaximumErrors)), _errorCount);
        }

        // The groups of each regulation in order of first use; the moves ascending by row.
        var offsets = new int[groups.Length];
        var allGroups = new List<QuotaGroupResult>();
        var groupRegulations = new List<int>();
        for (int r = 0; r < groups.Length; r++)
        {
            offsets[r] = allGroups.Count;
            if (groups[r] is { } list)
            {
                foreach ((int regulation, QuotaGroupResult result) in list)
                {
                    allGroups.Add(result);
                    groupRegulations.Add(regulation);
                }
            }
        }

        var movedRows = new int[demoted.Count];
        var order = new int[demoted.Count];
        for (int k = 0; k < demoted.Count; k++)
        {
            movedRows[k] = demoted[k].Row;
            order[k] = k;
        }

        Array.Sort(movedRows, order);
        var ranks = new int[demoted.Count];
        var movedGroups = new int[demoted.Count];
        EvaluationOutcome[] after = (EvaluationOutcome[])before.Clone();
        for (int k = 0; k < demoted.Count; k++)
        {
            (int row, int rank, int regulation, int group) = demoted[order[k]];
            ranks[k] = rank;
            movedGroups[k] = offsets[regulation] + group;
            after[row] = EvaluationOutcome.Good;
        }

        // Every move takes a person from HTXS to HTT.
        int[] countsAfter = (int[])counts.Clone();
        countsAfter[(int)EvaluationOutcome.Excellent] -= demoted.Count;
        countsAfter[(int)EvaluationOutcome.Good] += demoted.Count;

        return new EvaluationRowsResult(
            _units, _peerGroups, [.. _cache.Regulations], regulationOf, [.. decisions], decisionOf, before, after,
            movedRows, ranks, movedGroups, [.. allGroups], [.. groupRegulations], _rows,
            new EvaluationOutcomeCounts(counts), new EvaluationOutcomeCounts(countsAfter));
    }

    private bool TryClassify(int i, out int unit, out int peerGroup, out int regulationIndex, out int key)
    {
        regulationIndex = Failed;
        key = 0;
        unit = _rows.UnitOf(i);
        peerGroup = _rows.PeerGroupOf(i);
        bool unitOutside = unchecked((uint)unit >= (uint)_units.Length);
        if (unitOutside || unchecked((uint)peerGroup >= (uint)_peerGroups.Length))
        {
            bool isUnit = unitOutside;
            int position = isUnit ? unit : peerGroup, length = isUnit ? _units.Length : _peerGroups.Length;
            Report(new EvaluationRoundError(i, _rows.IdOf(i), isUnit ? "unit" : "peerGroup", new LocalizedText(
                string.Create(CultureInfo.InvariantCulture, $"{(isUnit ? "đơn vị" : "nhóm")} ở vị trí {position} của một bảng có {length} tên."),
                string.Create(CultureInfo.InvariantCulture, $"the {(isUnit ? "unit" : "peer group")} is position {position} of a table of {length}."))));
            return false;
        }

        SubjectKind kind = _rows.SubjectKindOf(i);
        EvaluationRowFacts facts = _facts;
        facts.Reset();
        EvaluationInput input = facts.Input;
        try
        {
            _rows.ReadFacts(i, facts);
            if (facts.MissingRequired() is { } missing)
            {
                Report(new EvaluationRoundError(i, _rows.IdOf(i), missing, new LocalizedText(
                    $"dòng không ghi trường bắt buộc {missing}.",
                    $"the row does not give the required field {missing}.")));
                return false;
            }

            input.Validate();
        }
        catch (EvaluationInputException e)
        {
            Report(EvaluationRoundAccumulator.InputError(i, _rows.IdOf(i), e));
            return false;
        }

        if (!_cache.TryResolve(kind, input.EvaluatedOn, out regulationIndex, out string? field, out LocalizedText? why))
        {
            Report(new EvaluationRoundError(i, _rows.IdOf(i), field, why!));
            return false;
        }

        EvaluationRegulation regulation = _cache.Regulations[regulationIndex];
        if (!regulation.Supports(input.Role))
        {
            Report(EvaluationRoundAccumulator.RoleError(i, _rows.IdOf(i), regulation, input.Role));
            return false;
        }

        try
        {
            // A variant's rules may be its own code, which could keep the input it is given: it gets an immutable copy.
            key = regulation.ClassifyKey(regulation.RuleChanges.IsEmpty ? input : input.Snapshot());
        }
        catch (EvaluationInputException e)
        {
            Report(EvaluationRoundAccumulator.InputError(i, _rows.IdOf(i), e));
            return false;
        }

        return true;
    }

    /// <summary>Adds a person the quota counts to the group of their regulation and peer group in their unit (a unit
    /// holds few such groups: a short list), checking the outstanding flag against the group's first person.</summary>
    private void Count(int row, int unit, int regulation, EvaluationOutcome level, List<Subgroup> subgroups)
    {
        int peerGroup = _rows.PeerGroupOf(row);
        bool flag = _rows.UnitIsOutstanding(row);
        int g = 0;
        while (g < subgroups.Count && (subgroups[g].Regulation != regulation || subgroups[g].PeerGroup != peerGroup))
        {
            g++;
        }

        if (g == subgroups.Count)
        {
            subgroups.Add(new Subgroup(regulation, peerGroup, flag ? (sbyte)1 : (sbyte)-1));
        }
        else if ((subgroups[g].Flag > 0) != flag)
        {
            // The person is not counted, as in the object form: the group keeps its first flag.
            Report(EvaluationRoundAccumulator.FlagError(row, _rows.IdOf(row), _units[unit], _peerGroups[peerGroup], flag));
            return;
        }

        Subgroup s = subgroups[g];
        s.Members++;
        if (level == EvaluationOutcome.Good)
        {
            s.Good++;
        }
        else if (level == EvaluationOutcome.Excellent)
        {
            s.Qualified++;
        }
    }

    /// <summary>Ranks the qualifiers of a group the quota moves people in (score, then identifier, as
    /// <see cref="QuotaAllocator"/> ranks them) and records those below the kept ones. Only here are the scores read again,
    /// and identifiers only where scores tie at or below the last place kept (a tie above it changes neither who is
    /// moved nor the ranks reported); two equal identifiers there are an error.</summary>
    private void Rank(ReadOnlySpan<int> unitRows, Subgroup s, QuotaGroupResult result, int group, int[] regulationOf, EvaluationOutcome[] before, List<(int Row, int Rank, int Regulation, int Group)> demoted)
    {
        QuotaPolicy policy = PolicyOf(s.Regulation);
        if (_entries.Length < s.Qualified)
        {
            _entries = new QuotaAllocator.QualifierEntry[Math.Max(s.Qualified, _entries.Length * 2)];
        }

        QuotaAllocator.QualifierEntry[] entries = _entries;
        bool byScore = policy.Ordering == QuotaOrdering.ScoreThenId;
        int c = 0;
        foreach (int row in unitRows)
        {
            // The group's qualifiers (a row whose flag disagrees with the group's was reported and is not one of them).
            if (before[row] != EvaluationOutcome.Excellent || regulationOf[row] != s.Regulation || _rows.PeerGroupOf(row) != s.PeerGroup
                || _rows.UnitIsOutstanding(row) != s.Flag > 0)
            {
                continue;
            }

            decimal? score = null;
            if (byScore)
            {
                _facts.Reset();
                _rows.ReadFacts(row, _facts);
                score = _facts.Input.HasScore ? _facts.Input.ScoreTotal : null;
            }

            entries[c++] = new QuotaAllocator.QualifierEntry(score.GetValueOrDefault(), score.HasValue, string.Empty, row);
        }

        // First by score alone: as whole billionths of a point when every score is one (exact, and a sort of integers),
        // else in the allocator's order (every identifier is still empty, so it compares only the scores) ...
        Span<QuotaAllocator.QualifierEntry> ranked = entries.AsSpan(0, c);
        if (!SortByScaledScore(ranked))
        {
            ranked.Sort(default(QuotaAllocator.QualifierOrder));
        }

        // ... then each run of equal scores that reaches the places not kept, by identifier.
        int kept = result.Kept;
        for (int from = 0; from < ranked.Length;)
        {
            int to = from + 1;
            while (to < ranked.Length && ranked[to].HasScore == ranked[from].HasScore && ranked[to].Score == ranked[from].Score)
            {
                to++;
            }

            if (to - from > 1 && to > kept)
            {
                Span<QuotaAllocator.QualifierEntry> tie = ranked[from..to];
                for (int k = 0; k < tie.Length; k++)
                {
                    tie[k] = tie[k] with { Id = _rows.IdOf(tie[k].Index).Value };
                }

                tie.Sort(default(QuotaAllocator.QualifierOrder));
                for (int k = 1; k < tie.Length; k++)
                {
                    if (string.Equals(tie[k].Id, tie[k - 1].Id, StringComparison.OrdinalIgnoreCase))
                    {
                        int first = Math.Min(tie[k].Index, tie[k - 1].Index), second = Math.Max(tie[k].Index, tie[k - 1].Index);
                        Report(new EvaluationRoundError(second, new CadreId(tie[k].Id), "id", new LocalizedText(
                            string.Create(CultureInfo.InvariantCulture, $"mã '{tie[k].Id}' cũng là mã của dòng {first}, cùng điểm, được xếp hạng theo chỉ tiêu."),
                            string.Create(CultureInfo.InvariantCulture, $"the identifier '{tie[k].Id}' is also that of row {first}, with the same score, ranked against it by the quota."))));
                    }
                }
            }

            from = to;
        }

        for (int k = kept; k < ranked.Length; k++)
        {
            demoted.Add((ranked[k].Index, k + 1, s.Regulation, group));
        }
    }

    /// <summary>Sorts qualifiers by score, higher first, those without a score last, when every score is a whole
    /// number of billionths (then equal keys are equal scores, as the allocator's order sees them).</summary>
    /// <returns>Whether the qualifiers were sorted.</returns>
    private bool SortByScaledScore(Span<QuotaAllocator.QualifierEntry> ranked)
    {
        if (_keys.Length < ranked.Length)
        {
            int size = Math.Max(ranked.Length, _keys.Length * 2);
            _keys = new long[size];
            _order = new int[size];
            _copy = new QuotaAllocator.QualifierEntry[size];
        }

        Span<int> bits = stackalloc int[4];
        for (int k = 0; k < ranked.Length; k++)
        {
            long key = long.MaxValue;
            if (ranked[k].HasScore)
            {
                decimal.GetBits(ranked[k].Score, bits);
                int scale = (bits[3] >> 16) & 0xFF;
                if (bits[3] < 0 || bits[1] != 0 || bits[2] != 0 || scale > 9)
                {
                    return false;
                }

                key = -(unchecked((uint)bits[0]) * Billionths[scale]);
            }

            _keys[k] = key;
            _order[k] = k;
            _copy[k] = ranked[k];
        }

        Array.Sort(_keys, _order, 0, ranked.Length);
        for (int k = 0; k < ranked.Length; k++)
        {
            ranked[k] = _copy[_order[k]];
        }

        return true;
    }

    private static readonly long[] Billionths = [1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    private QuotaPolicy PolicyOf(int regulation) => _round.QuotaPolicy ?? _cache.Regulations[regulation].QuotaPolicy ?? QuotaPolicy.Default;

    private QuotaGroupResult GroupResult(int unit, int regulation, int peerGroup, int members, int good, int qualified, bool flagged) =>
        QuotaAllocator.GroupResult(_cache.Regulations[regulation].Quota!, PolicyOf(regulation), _units[unit], _peerGroups[peerGroup], members, good, qualified, flagged);

    private void Report(EvaluationRoundError error)
    {
        _errorCount++;
        if (_errors.Count < EvaluationRound.MaximumErrors)
        {
            _errors.Add(error);
        }
        else
        {
            // Keep the first errors by row (later passes may find errors on earlier rows).
            int latest = 0;
            for (int k = 1; k < _errors.Count; k++)
            {
                if (_errors[k].Index > _errors[latest].Index)
                {
                    latest = k;
                }
            }

            if (error.Index < _errors[latest].Index)
            {
                _errors[latest] = error;
            }
        }
    }

    private static int[] OrdinalOrder(ImmutableArray<string> names)
    {
        var order = new int[names.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        string[] keys = [.. names];
        Array.Sort(keys, order, StringComparer.Ordinal);
        return order;
    }

    private static void CheckDistinct(ImmutableArray<string> names, string parameter)
    {
        var seen = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        for (int k = 0; k < names.Length; k++)
        {
            if (!seen.TryAdd(names[k], k))
            {
                throw new InvalidInputException(string.Create(CultureInfo.InvariantCulture, $"{parameter}[{k}] repeats {parameter}[{seen[names[k]]}] ('{names[k]}'): a position is a unit or peer group, so each name is given once."), parameter);
            }
        }
    }

    /// <summary>What pass 1 learns of a unit's people counted by the quota: while they all share one regulation, peer
    /// group and outstanding flag (the usual case), their counts; otherwise only that pass 3 must count them row by row
    /// (which also reports a flag that disagrees, at the row and in the words of the object form).</summary>
    private struct UnitTally
    {
        public const byte Empty = 0, OneGroup = 1, Mixed = 2;

        public byte State;
        public bool Flag;
        public int Regulation;
        public int PeerGroup;
        public int Members;
        public int Good;
        public int Qualified;

        /// <summary>Counts a person; returns whether the unit is (now) mixed.</summary>
        public bool Add(int regulation, int peerGroup, bool flag, EvaluationOutcome level)
        {
            if (State == Empty)
            {
                State = OneGroup;
                Regulation = regulation;
                PeerGroup = peerGroup;
                Flag = flag;
            }
            else if (State == OneGroup && (Regulation != regulation || PeerGroup != peerGroup || Flag != flag))
            {
                State = Mixed;
            }

            Members++; // every counted person of the unit (for a mixed unit: how many rows pass 3 reads)
            if (State == Mixed)
            {
                return true;
            }

            if (level == EvaluationOutcome.Good)
            {
                Good++;
            }
            else if (level == EvaluationOutcome.Excellent)
            {
                Qualified++;
            }

            return false;
        }
    }

    /// <summary>Rows listed in order, in blocks (growing it copies nothing, and allocates about four bytes a row).</summary>
    private sealed class RowList
    {
        private const int BlockSize = 4096;
        private readonly List<int[]> _blocks = [];
        private int _last = BlockSize;

        public void Add(int row)
        {
            if (_last == BlockSize)
            {
                _blocks.Add(new int[BlockSize]);
                _last = 0;
            }

            _blocks[^1][_last++] = row;
        }

        /// <summary>Gets the rows of a block, in the order added.</summary>
        public ReadOnlySpan<int> Block(int block) => _blocks[block].AsSpan(0, block == _blocks.Count - 1 ? _last : BlockSize);

        /// <summary>Gets the number of blocks.</summary>
        public int Blocks => _blocks.Count;
    }

    /// <summary>The counts of one regulation's peer group within the unit being allocated.</summary>
    private sealed class Subgroup(int regulation, int peerGroup, sbyte flag)
    {
        public int Regulation { get; } = regulation;

        public int PeerGroup { get; } = peerGroup;

        public sbyte Flag { get; } = flag;

        public int Members { get; set; }

        public int Good { get; set; }

        public int Qualified { get; set; }
    }
}
