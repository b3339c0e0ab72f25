using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// The one implementation of an evaluation round, shared by its object form (<see cref="EvaluationRound.Run(IEnumerable{EvaluationEntry})"/>)
/// and its batch form (<see cref="EvaluationRound.RunBatch"/>): per person the identifier check, the regulation selected,
/// the role check, the classification and the outstanding-flag check; then per regulation the unit quota. The caller
/// keeps what it needs of each person (an object, or a row of columns).
/// </summary>
/// <remarks>Not thread-safe: one per run. <c>expectedPeople</c> (0 when unknown) sizes the identifier set and the first
/// quota group's candidates, so that a run whose count is known does not grow them by copying.</remarks>
internal sealed class EvaluationRoundAccumulator(EvaluationRound round, int expectedPeople)
{
    private readonly List<EvaluationRoundError> _errors = [];
    private readonly HashSet<CadreId> _seen = new(expectedPeople);
    private readonly RegulationCache _cache = new(round);
    private readonly List<QuotaGroup?> _groups = [];
    private int _errorCount;

    /// <summary>Gets the regulations resolved, in order of first use (a person's regulation index points here).</summary>
    public List<EvaluationRegulation> Regulations => _cache.Regulations;

    /// <summary>Gets whether an error has been reported (then nothing will be returned).</summary>
    public bool Failed => _errorCount > 0;

    /// <summary>Checks and classifies person <paramref name="i"/>.</summary>
    /// <returns>Whether to keep the person: false after any error (this one's or an earlier one's).</returns>
    public bool Add(int i, CadreId id, string unit, string peerGroup, SubjectKind kind, EvaluationInput input, bool unitIsOutstanding, out int regulationIndex, out EvaluationDecision decision)
    {
        regulationIndex = -1;
        decision = default;
        if (!_seen.Add(id))
        {
            Report(new EvaluationRoundError(i, id, "id", new LocalizedText($"mã '{id}' đã được dùng cho một người trước đó.", $"the identifier '{id}' is used by an earlier person.")));
            return false;
        }

        if (!_cache.TryResolve(kind, input.EvaluatedOn, out regulationIndex, out string? field, out LocalizedText? why))
        {
            Report(new EvaluationRoundError(i, id, field, why!));
            return false;
        }

        while (_groups.Count < _cache.Regulations.Count)
        {
            _groups.Add(null);
        }

        EvaluationRegulation regulation = _cache.Regulations[regulationIndex];
        if (!regulation.Supports(input.Role))
        {
            Report(RoleError(i, id, regulation, input.Role));
            return false;
        }

        try
        {
            decision = regulation.Classify(input);
        }
        catch (EvaluationInputException e)
        {
            Report(InputError(i, id, e));
            return false;
        }

        QuotaGroup? group = GroupOf(regulationIndex);
        bool candidate = group is not null && decision.HasLevel;
        if (candidate && !group!.AgreesWithFlag(unit, peerGroup, unitIsOutstanding))
        {
            // The quota reads one flag per unit and peer group (QuotaAllocator would refuse the allocation).
            Report(FlagError(i, id, unit, peerGroup, unitIsOutstanding));
            return false;
        }

        if (_errorCount > 0)
        {
            return false; // after an error nothing will be returned: keep looking for errors, keep nothing
        }

        if (candidate)
        {
            group!.Candidates.Add(new QuotaCandidate(id, unit, peerGroup, decision.Level, input.HasScore ? input.ScoreTotal : null, unitIsOutstanding));
            group.People.Add(i);
        }

        return true;
    }

    /// <summary>Reports an error found by the caller (e.g. a unit index outside the batch's table).</summary>
    public void Report(EvaluationRoundError error)
    {
        _errorCount++;
        if (_errors.Count < EvaluationRound.MaximumErrors)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Applies the quota of each regulation that has one.</summary>
    /// <param name="moved">The people moved, ascending by their index in the input.</param>
    /// <param name="demotions">The move of each, aligned with <paramref name="moved"/>.</param>
    /// <returns>The allocations, in order of the regulations' first use.</returns>
    /// <exception cref="EvaluationRoundException">Errors were reported.</exception>
    public ImmutableArray<QuotaAllocation> Finish(out int[] moved, out QuotaDemotion[] demotions)
    {
        if (_errorCount > 0)
        {
            throw new EvaluationRoundException(_errors, _errorCount);
        }

        var allocations = ImmutableArray.CreateBuilder<QuotaAllocation>(_groups.Count);
        var movedPeople = new List<int>();
        var moves = new List<QuotaDemotion>();
        for (int r = 0; r < _groups.Count; r++)
        {
            if (_groups[r] is not { } group || group.People.Count == 0)
            {
                continue; // no quota, or nobody rated under this regulation: nothing to allocate
            }

            QuotaAllocation allocation = QuotaAllocator.AllocateUnique(Regulations[r].Quota!, group.Candidates.DrainToImmutable(), round.QuotaPolicy ?? Regulations[r].QuotaPolicy ?? QuotaPolicy.Default);
            allocations.Add(allocation);
            int[] indices = allocation.DemotedIndices;
            for (int k = 0; k < indices.Length; k++)
            {
                movedPeople.Add(group.People[indices[k]]);
                moves.Add(allocation.Demotions[k]);
            }
        }

        moved = [.. movedPeople];
        demotions = [.. moves];
        Array.Sort(moved, demotions);
        return allocations.ToImmutable();
    }

    /// <summary>The error of a person whose regulation has no rules for their role.</summary>
    internal static EvaluationRoundError RoleError(int i, CadreId id, EvaluationRegulation regulation, EvaluationRole role) =>
        new(i, id, "role", new LocalizedText(
            $"quy định '{regulation.Id}' không đánh giá vai trò {EvaluationRoleWords.Of(role).Vietnamese}.",
            $"the regulation '{regulation.Id}' does not evaluate the role '{role}'."));

    /// <summary>The error of a person whose facts the classification refused.</summary>
    internal static EvaluationRoundError InputError(int i, CadreId id, EvaluationInputException e) => e.Text is { } text
        ? new EvaluationRoundError(i, id, e.ParamName, text)
        : new EvaluationRoundError(i, id, e.ParamName, EvaluationRound.WithoutParameter(e));

    /// <summary>The error of a person whose unit's outstanding flag disagrees with an earlier person's.</summary>
    internal static EvaluationRoundError FlagError(int i, CadreId id, string unit, string peerGroup, bool unitIsOutstanding) =>
        new(i, id, "unitIsOutstanding", new LocalizedText(
            $"đơn vị '{unit}' (nhóm '{peerGroup}') được đánh dấu xuất sắc {(unitIsOutstanding ? "ở người này nhưng không ở một người trước đó" : "ở một người trước đó nhưng không ở người này")}.",
            $"the unit '{unit}' (peer group '{peerGroup}') is flagged outstanding for {(unitIsOutstanding ? "this person but not for an earlier one" : "an earlier person but not for this one")}."));

    /// <summary>The quota group of a regulation, made at the regulation's first classified person, so the allocations
    /// keep the order of first use; null when the regulation sets no quota.</summary>
    private QuotaGroup? GroupOf(int regulationIndex)
    {
        EvaluationRegulation regulation = _cache.Regulations[regulationIndex];
        if (regulation.Quota is null)
        {
            return null;
        }

        if (_groups[regulationIndex] is { } group)
        {
            return group;
        }

        bool first = !_groups.Exists(g => g is not null);
        return _groups[regulationIndex] = new QuotaGroup(first ? expectedPeople : 0);
    }

    /// <summary>The candidates of one regulation that has a quota, with the input index of each (aligned).</summary>
    private sealed class QuotaGroup(int capacity)
    {
        /// <summary>The outstanding flag of each unit and peer group, as first given.</summary>
        private readonly Dictionary<(string Unit, string PeerGroup), bool> _outstanding = [];
        private string? _lastUnit;
        private string? _lastPeerGroup;
        private bool _lastFlag;

        public ImmutableArray<QuotaCandidate>.Builder Candidates { get; } = ImmutableArray.CreateBuilder<QuotaCandidate>(capacity);

        public List<int> People { get; } = new(capacity);

        /// <summary>Whether the flag agrees with the one first given for the unit and peer group. A run of the same unit
        /// and peer group (the same name objects) with the same flag is answered without hashing.</summary>
        public bool AgreesWithFlag(string unit, string peerGroup, bool flag)
        {
            if (ReferenceEquals(unit, _lastUnit) && ReferenceEquals(peerGroup, _lastPeerGroup) && flag == _lastFlag)
            {
                return true;
            }

            if (!_outstanding.TryAdd((unit, peerGroup), flag) && _outstanding[(unit, peerGroup)] != flag)
            {
                return false;
            }

            _lastUnit = unit;
            _lastPeerGroup = peerGroup;
            _lastFlag = flag;
            return true;
        }
    }
}

/// <summary>The regulation of each (subject kind, evaluation date) met in a round, resolved once and numbered in order
/// of first use; shared by every form of the round.</summary>
internal sealed class RegulationCache(EvaluationRound round)
{
    private readonly Dictionary<(SubjectKind Kind, LocalDate Date), int> _index = [];
    private bool _hasLast;
    private SubjectKind _lastKind;
    private LocalDate _lastDate;
    private int _last;

    /// <summary>Gets the regulations resolved, in order of first use.</summary>
    public List<EvaluationRegulation> Regulations { get; } = [];

    /// <summary>Resolves the regulation of a person.</summary>
    /// <returns>Whether one applies; when not, <paramref name="why"/> says why and <paramref name="field"/> names the
    /// field to correct (null when the round's selector, not the person, is at fault).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryResolve(SubjectKind kind, LocalDate date, out int index, out string? field, out LocalizedText? why)
    {
        field = null;
        why = null;

        // People of one sheet mostly share their kind and date: the last pair answers most look-ups without hashing.
        if (_hasLast && kind == _lastKind && date == _lastDate)
        {
            index = _last;
            return true;
        }

        return TryResolveOther(kind, date, out index, out field, out why);
    }

    private bool TryResolveOther(SubjectKind kind, LocalDate date, out int index, out string? field, out LocalizedText? why)
    {
        field = null;
        why = null;
        if (!_index.TryGetValue((kind, date), out index))
        {
            EvaluationRegulation regulation;
            try
            {
                regulation = round.RegulationFor(kind, date);
            }
            catch (RegulationNotFoundException e)
            {
                field = round.Selector.Id is null && round.Selector.InForceOn is null ? "evaluatedOn" : null;
                why = new LocalizedText(
                    $"không có quy định đánh giá nào cho {SubjectKindWords.Of(kind).Vietnamese} có hiệu lực vào {TextFormat.Date(round.Selector.InForceOn ?? date)}.",
                    e.Message);
                return false;
            }

            index = Regulations.FindIndex(r => ReferenceEquals(r, regulation));
            if (index < 0)
            {
                index = Regulations.Count;
                Regulations.Add(regulation);
            }

            _index.Add((kind, date), index);
        }

        _hasLast = true;
        _lastKind = kind;
        _lastDate = date;
        _last = index;
        return true;
    }
}
