using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CadreRules.Rules;

/// <summary>
/// Ordered levels with guards, preceded by exclusions and overrides and followed by caps: the shape of every
/// classification in CadreRules. When no exclusion, override or level applies, the answer is
/// <see cref="OutcomeKind.Undetermined"/>, never a silent fallback to some level.
/// </summary>
/// <typeparam name="TFacts">The facts type.</typeparam>
/// <typeparam name="TLevel">The level type; levels are declared highest first.</typeparam>
/// <remarks>
/// Order of evaluation: exclusions (first satisfied → not rated), overrides (first satisfied → its level),
/// levels from the highest (first satisfied → that level), then caps (every satisfied cap lowers the level to at most its
/// own). <see cref="Decide(TFacts)"/> builds no explanation and allocates nothing; <see cref="Explain(TFacts, RegulationReference?)"/>
/// builds the whole tree. Immutable and thread-safe.
/// </remarks>
public sealed class DecisionLadder<TFacts, TLevel>
    where TLevel : struct, Enum
{
    private readonly LadderStep<TFacts, TLevel>[] _exclusions;
    private readonly LadderStep<TFacts, TLevel>[] _overrides;
    private readonly LadderStep<TFacts, TLevel>[] _levels;
    private readonly LadderStep<TFacts, TLevel>[] _caps;
    private readonly int[] _capRanks;

    // The hot path: the guards prepared for a loop (built on the first decision, so that building a ladder compiles
    // nothing), then, after CompileAfter decisions where the runtime compiles code, the whole ladder as one method.
    private GuardPlan? _plan;
    private Func<TFacts, int>? _compiled;
    private int _decisions;
    private bool _compileTried;

    /// <summary>Creates a ladder.</summary>
    /// <param name="descriptor">The code, text and citation of the classification as a whole.</param>
    /// <param name="steps">The steps; levels in order, highest first.</param>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">There is no level step, a level appears twice, or a cap names a level that is not a rung.</exception>
    public DecisionLadder(RuleDescriptor descriptor, IEnumerable<LadderStep<TFacts, TLevel>> steps)
        : this(descriptor, steps, null)
    {
    }

    /// <summary>Creates a ladder whose explanations name its levels in both languages.</summary>
    /// <param name="descriptor">The code, text and citation of the classification as a whole.</param>
    /// <param name="steps">The steps; levels in order, highest first.</param>
    /// <param name="levelNames">The name of each level in Vietnamese and English, or <see langword="null"/> to show the
    /// enum names.</param>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">There is no level step, a level appears twice, or a cap names a level that is not a rung.</exception>
    public DecisionLadder(RuleDescriptor descriptor, IEnumerable<LadderStep<TFacts, TLevel>> steps, Func<TLevel, LocalizedText>? levelNames)
    {
        _levelNames = levelNames;
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(steps);
        Descriptor = descriptor;
        Steps = [.. steps];
        var exclusions = new List<LadderStep<TFacts, TLevel>>();
        var overrides = new List<LadderStep<TFacts, TLevel>>();
        var levels = new List<LadderStep<TFacts, TLevel>>();
        var caps = new List<LadderStep<TFacts, TLevel>>();
        foreach (LadderStep<TFacts, TLevel> step in Steps)
        {
            ArgumentNullException.ThrowIfNull(step, nameof(steps));
            (step.Kind switch
            {
                LadderStepKind.Exclusion => exclusions,
                LadderStepKind.Override => overrides,
                LadderStepKind.Level => levels,
                _ => caps,
            }).Add(step);
        }

        if (levels.Count == 0)
        {
            throw new InvalidInputException("A decision ladder needs at least one level.", nameof(steps));
        }

        var seen = new HashSet<TLevel>();
        foreach (LadderStep<TFacts, TLevel> level in levels)
        {
            if (!seen.Add(level.Level))
            {
                throw new InvalidInputException($"The level {level.Level} appears twice in the ladder.", nameof(steps));
            }
        }

        _exclusions = [.. exclusions];
        _overrides = [.. overrides];
        _levels = [.. levels];
        _caps = [.. caps];
        _capRanks = new int[_caps.Length];
        for (int i = 0; i < _caps.Length; i++)
        {
            _capRanks[i] = RankOf(_caps[i].Level);
            if (_capRanks[i] < 0)
            {
                throw new InvalidInputException($"The cap {_caps[i].Guard.Code} names the level {_caps[i].Level}, which is not a rung of the ladder.", nameof(steps));
            }
        }

        Levels = [.. levels.ConvertAll(static l => l.Level)];
        _capBits = 0;
        while ((1 << _capBits) <= _caps.Length)
        {
            _capBits++;
        }

        _levelBase = _exclusions.Length + _overrides.Length;
        if (_levelBase + ((long)_levels.Length << _capBits) > int.MaxValue)
        {
            throw new InvalidInputException("The ladder has too many steps.", nameof(steps));
        }
    }

    // Outcome codes shared by the loop and the compiled method: -1 undetermined; [0, E) the exclusion that applied;
    // [E, E + O) the override; from E + O, a level's rank shifted left by _capBits, plus 1 + the index of the last cap
    // that lowered it (0 when none did).
    private readonly int _capBits;
    private readonly int _levelBase;

    /// <summary>The number of decisions after which the ladder is compiled into one method (where the runtime can).</summary>
    internal const int CompileAfter = 1024;

    private static readonly LocalizedText NotRatedText = new("không xếp loại", "not rated");
    private static readonly LocalizedText UndeterminedText = new("chưa xác định được (cấp có thẩm quyền xem xét)", "undetermined (for the competent level to decide)");
    private readonly Func<TLevel, LocalizedText>? _levelNames;

    /// <summary>Gets the code, text and citation of the classification as a whole.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>Gets every step, in the order given.</summary>
    public ImmutableArray<LadderStep<TFacts, TLevel>> Steps { get; }

    /// <summary>Gets the levels, highest first.</summary>
    public ImmutableArray<TLevel> Levels { get; }

    /// <summary>Starts a ladder.</summary>
    /// <param name="descriptor">The code, text and citation of the classification as a whole.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public static DecisionLadderBuilder<TFacts, TLevel> CreateBuilder(RuleDescriptor descriptor) => new(descriptor);

    /// <summary>Gets the rank of a level: 0 for the highest, -1 when it is not a rung.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The rank.</returns>
    public int RankOf(TLevel level)
    {
        for (int i = 0; i < _levels.Length; i++)
        {
            if (EqualityComparer<TLevel>.Default.Equals(_levels[i].Level, level))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Decides without building an explanation (the hot path: no allocation).</summary>
    /// <param name="facts">The facts.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public LadderDecision<TLevel> Decide(TFacts facts)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        Func<TFacts, int>? compiled = _compiled;
        return Decode(compiled is not null ? compiled(facts) : Loop(facts));
    }

    /// <summary>Gets whether the ladder runs as one compiled method (see <see cref="Compile"/>).</summary>
    internal bool IsCompiled => _compiled is not null;

    /// <summary>Compiles the ladder into one method now, where the runtime compiles code; otherwise keeps the loop.</summary>
    /// <returns><see langword="true"/> when the ladder runs compiled.</returns>
    internal bool Compile()
    {
        _compileTried = true;
        if (_compiled is null && RuntimeFeature.IsDynamicCodeCompiled && LadderCompiler.TryCompile(this) is { } compiled)
        {
            Interlocked.CompareExchange(ref _compiled, compiled, null);
        }

        return _compiled is not null;
    }

    private LadderDecision<TLevel> Decode(int code)
    {
        if (code < 0)
        {
            return default;
        }

        if (code < _exclusions.Length)
        {
            return new LadderDecision<TLevel>(OutcomeKind.NotRated, default, _exclusions[code].Guard.Code, default, default);
        }

        if (code < _levelBase)
        {
            LadderStep<TFacts, TLevel> forced = _overrides[code - _exclusions.Length];
            return new LadderDecision<TLevel>(OutcomeKind.Level, forced.Level, forced.Guard.Code, default, forced.Level);
        }

        code -= _levelBase;
        LadderStep<TFacts, TLevel> level = _levels[code >> _capBits];
        int cap = (code & ((1 << _capBits) - 1)) - 1;
        return cap < 0
            ? new LadderDecision<TLevel>(OutcomeKind.Level, level.Level, level.Guard.Code, default, level.Level)
            : new LadderDecision<TLevel>(OutcomeKind.Level, _levels[_capRanks[cap]].Level, level.Guard.Code, _caps[cap].Guard.Code, level.Level);
    }

    // The loop over the prepared guards; counts the decisions and compiles the ladder after CompileAfter of them.
    private int Loop(TFacts facts)
    {
        GuardPlan plan = _plan ?? CreatePlan();
        if (!_compileTried && ++_decisions >= CompileAfter)
        {
            Compile();
        }

        LadderGuard<TFacts>[] exclusions = plan.Exclusions;
        for (int i = 0; i < exclusions.Length; i++)
        {
            if (exclusions[i].Holds(facts))
            {
                return i;
            }
        }

        LadderGuard<TFacts>[] overrides = plan.Overrides;
        for (int i = 0; i < overrides.Length; i++)
        {
            if (overrides[i].Holds(facts))
            {
                return exclusions.Length + i;
            }
        }

        LadderGuard<TFacts>[] levels = plan.Levels;
        for (int rank = 0; rank < levels.Length; rank++)
        {
            if (levels[rank].Holds(facts))
            {
                int finalRank = rank;
                int cappedBy = 0;
                LadderGuard<TFacts>[] caps = plan.Caps;
                for (int i = 0; i < caps.Length; i++)
                {
                    if (_capRanks[i] > finalRank && caps[i].Holds(facts))
                    {
                        finalRank = _capRanks[i];
                        cappedBy = i + 1;
                    }
                }

                return _levelBase + ((rank << _capBits) | cappedBy);
            }
        }

        return -1;
    }

    private GuardPlan CreatePlan()
    {
        var plan = new GuardPlan(
            Array.ConvertAll(_exclusions, static s => new LadderGuard<TFacts>(s.Guard)),
            Array.ConvertAll(_overrides, static s => new LadderGuard<TFacts>(s.Guard)),
            Array.ConvertAll(_levels, static s => new LadderGuard<TFacts>(s.Guard)),
            Array.ConvertAll(_caps, static s => new LadderGuard<TFacts>(s.Guard)));
        return Interlocked.CompareExchange(ref _plan, plan, null) ?? plan;
    }

    // What LadderCompiler needs to know of the ladder.
    internal ReadOnlySpan<LadderStep<TFacts, TLevel>> ExclusionSteps => _exclusions;

    internal ReadOnlySpan<LadderStep<TFacts, TLevel>> OverrideSteps => _overrides;

    internal ReadOnlySpan<LadderStep<TFacts, TLevel>> LevelSteps => _levels;

    internal ReadOnlySpan<LadderStep<TFacts, TLevel>> CapSteps => _caps;

    internal ReadOnlySpan<int> CapRanks => _capRanks;

    internal int CapBits => _capBits;

    internal int LevelBase => _levelBase;

    private sealed record GuardPlan(LadderGuard<TFacts>[] Exclusions, LadderGuard<TFacts>[] Overrides, LadderGuard<TFacts>[] Levels, LadderGuard<TFacts>[] Caps);

    /// <summary>Decides and explains: every step's finding under a root finding for the ladder. The outcome is decided
    /// now; the finding tree is built when the verdict's <see cref="Verdict{TOutcome}.Explanation"/> is first read, from
    /// the same facts, which must therefore not change in between (CadreRules' own facts types are immutable).</summary>
    /// <param name="facts">The facts.</param>
    /// <param name="regulation">The regulation to name in the verdict, or <see langword="null"/>.</param>
    /// <returns>The verdict; its outcome equals <see cref="Decide(TFacts)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    public Verdict<LadderDecision<TLevel>> Explain(TFacts facts, RegulationReference? regulation = null)
    {
        LadderDecision<TLevel> decision = Decide(facts);
        return new Verdict<LadderDecision<TLevel>>(decision, () => BuildExplanation(facts, decision), regulation);
    }

    // The finding tree: built when the verdict's explanation is first read, from the same (immutable) facts.
    private Finding BuildExplanation(TFacts facts, LadderDecision<TLevel> decision)
    {
        var children = ImmutableArray.CreateBuilder<Finding>(Steps.Length);
        foreach (LadderStep<TFacts, TLevel> step in Steps)
        {
            children.Add(step.Guard.Explain(facts));
        }

        var values = ImmutableArray.CreateBuilder<FactValue>(4);
        values.Add(FactValue.Of("outcome", decision.Kind switch
        {
            OutcomeKind.Level => NameOf(decision.Level),
            OutcomeKind.NotRated => NotRatedText,
            _ => UndeterminedText,
        }));
        if (!decision.DecidedBy.IsEmpty)
        {
            values.Add(FactValue.Of("decidedBy", decision.DecidedBy.Value));
        }

        if (!decision.CappedBy.IsEmpty)
        {
            values.Add(FactValue.Of("cappedBy", decision.CappedBy.Value));
            values.Add(FactValue.Of("uncappedLevel", NameOf(decision.UncappedLevel)));
        }

        FindingStatus status = decision.Kind == OutcomeKind.Undetermined ? FindingStatus.NotSatisfied : FindingStatus.Satisfied;
        return new Finding(Descriptor.Code, Descriptor.Text, Descriptor.Citation, status, Descriptor.Severity, values.ToImmutable(), children.MoveToImmutable());
    }

    /// <summary>
    /// Checks the ladder over a set of inputs: the inputs that reach the rungs (no exclusion or override applies) and
    /// satisfy no level (gaps), and those that satisfy more than one level (overlaps; the highest wins).
    /// </summary>
    /// <param name="inputs">The inputs, for example generated ones.</param>
    /// <returns>The coverage report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inputs"/> or one of its items is null.</exception>
    public LadderCoverage<TFacts, TLevel> Analyze(IEnumerable<TFacts> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var gaps = ImmutableArray.CreateBuilder<TFacts>();
        var overlaps = ImmutableArray.CreateBuilder<LadderOverlap<TFacts, TLevel>>();
        int checkedCount = 0;
        foreach (TFacts input in inputs)
        {
            checkedCount++;
            LadderDecision<TLevel> decision = Decide(input);
            if (decision.Kind == OutcomeKind.NotRated || (decision.HasLevel && IsOverride(decision.DecidedBy)))
            {
                continue;
            }

            var satisfied = ImmutableArray.CreateBuilder<TLevel>();
            foreach (LadderStep<TFacts, TLevel> level in _levels)
            {
                if (level.Guard.Evaluate(input) == FindingStatus.Satisfied)
                {
                    satisfied.Add(level.Level);
                }
            }

            if (satisfied.Count == 0)
            {
                gaps.Add(input);
            }
            else if (satisfied.Count > 1)
            {
                overlaps.Add(new LadderOverlap<TFacts, TLevel>(input, satisfied.ToImmutable()));
            }
        }

        return new LadderCoverage<TFacts, TLevel>(checkedCount, gaps.ToImmutable(), overlaps.ToImmutable());
    }

    /// <summary>Gets the name of a level in both languages: the names given to the ladder, or the enum name.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name.</returns>
    public LocalizedText NameOf(TLevel level) => _levelNames?.Invoke(level) ?? new LocalizedText(level.ToString(), level.ToString());

    private bool IsOverride(RuleCode code)
    {
        foreach (LadderStep<TFacts, TLevel> forced in _overrides)
        {
            if (forced.Guard.Code == code)
            {
                return true;
            }
        }

        return false;
    }
}
