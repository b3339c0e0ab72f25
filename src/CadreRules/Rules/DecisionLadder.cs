using System;
using System.Collections.Generic;
using System.Collections.Immutable;

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

    // Outcome codes: -1 undetermined; [0, E) the exclusion that applied; [E, E + O) the override; from E + O, a level's
    // rank shifted left by _capBits, plus 1 + the index of the last cap that lowered it (0 when none did).
    private readonly int _capBits;
    private readonly int _levelBase;

    // The hot path (see Run): the tests of the exclusions, overrides and levels in order, padded to Unrolled entries;
    // how many there are; and the caps' tests with the end of each cap's run.
    private readonly LadderTest[] _program;
    private readonly int _programLength;
    private readonly Func<TFacts, bool>[] _capTests;
    private readonly int[] _capTestEnds;

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

        (_program, _programLength) = BuildProgram([.. _exclusions, .. _overrides, .. _levels]);
        var capTests = new List<Func<TFacts, bool>>();
        _capTestEnds = new int[_caps.Length];
        for (int i = 0; i < _caps.Length; i++)
        {
            AddTests(_caps[i].Guard, capTests);
            _capTestEnds[i] = capTests.Count;
        }

        _capTests = [.. capTests];
    }

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

    /// <summary>A ladder with the same descriptor and level names and other steps (a variant's changed rules).</summary>
    internal DecisionLadder<TFacts, TLevel> WithSteps(IEnumerable<LadderStep<TFacts, TLevel>> steps) => new(Descriptor, steps, _levelNames);

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

        return Decode(DecideCode(facts));
    }

    /// <summary>The decision as a small integer (−1 when undetermined, else below <see cref="CodeCount"/>) that
    /// <see cref="DecisionOf"/> turns into the decision: a caller classifying many facts tells decisions apart by it.</summary>
    internal int DecideCode(TFacts facts)
    {
        int step = Run(facts);
        return step < _levelBase ? step : Capped(step - _levelBase, facts);
    }

    /// <summary>Gets the number of codes <see cref="DecideCode"/> may return besides −1.</summary>
    internal int CodeCount => _levelBase + (_levels.Length << _capBits);

    /// <summary>Tells whether <see cref="DecideCode"/> can return a code (−1, or one of the steps, or a level with one of
    /// its caps or none; the cap bits leave some numbers below <see cref="CodeCount"/> unused).</summary>
    internal bool IsCode(int code) =>
        code == -1
        || (code >= 0 && code < _levelBase)
        || (code >= _levelBase && code < CodeCount && ((code - _levelBase) & ((1 << _capBits) - 1)) <= _caps.Length);

    /// <summary>The decision of a code <see cref="DecideCode"/> returned.</summary>
    internal LadderDecision<TLevel> DecisionOf(int code) => Decode(code);

    // The number of tests Run reads at their own place in its code (see Run).
    private const int Unrolled = 32;

    // Never called: pads the program of a ladder with fewer tests than Unrolled.
    private static readonly Func<TFacts, bool> Pad = static _ => false;

    /// <summary>
    /// The step that decides (an exclusion, an override or a level), or -1 when none does. The steps' guards are one
    /// program of tests, each a plain delegate (see AddTests): a test that holds and ends its guard decides its step; a
    /// test that holds inside a guard goes on to the guard's next test; a test that fails skips to the next guard.
    /// </summary>
    /// <remarks>
    /// The loop over the program is written out for its first <see cref="Unrolled"/> tests, each at its own place in
    /// the code, and then goes on as an ordinary loop. Each place then calls one delegate when one ladder is in use, so
    /// the runtime's profile-guided optimisation (on by default since .NET 8) can call the condition there directly and
    /// inline it instead of calling through the delegate; from a single call site in a loop it cannot. Where there is no
    /// such optimisation (native AOT, or <c>TieredPGO</c> turned off) every test is an ordinary delegate call, which
    /// decides the same.
    /// </remarks>
    private int Run(TFacts facts)
    {
        LadderTest[] program = _program;
        if (program.Length < Unrolled)
        {
            return -1; // never: the program is padded (this test lets the JIT drop the bounds checks below)
        }

        // The same line for each place, but for its index: a test is tried when the run has not skipped past it.
        int from = 0;
        if (from <= 0) { ref readonly LadderTest t = ref program[0]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 1) { ref readonly LadderTest t = ref program[1]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 2) { ref readonly LadderTest t = ref program[2]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 3) { ref readonly LadderTest t = ref program[3]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 4) { ref readonly LadderTest t = ref program[4]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 5) { ref readonly LadderTest t = ref program[5]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 6) { ref readonly LadderTest t = ref program[6]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 7) { ref readonly LadderTest t = ref program[7]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 8) { ref readonly LadderTest t = ref program[8]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 9) { ref readonly LadderTest t = ref program[9]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 10) { ref readonly LadderTest t = ref program[10]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 11) { ref readonly LadderTest t = ref program[11]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 12) { ref readonly LadderTest t = ref program[12]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 13) { ref readonly LadderTest t = ref program[13]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 14) { ref readonly LadderTest t = ref program[14]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 15) { ref readonly LadderTest t = ref program[15]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 16) { ref readonly LadderTest t = ref program[16]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 17) { ref readonly LadderTest t = ref program[17]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 18) { ref readonly LadderTest t = ref program[18]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 19) { ref readonly LadderTest t = ref program[19]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 20) { ref readonly LadderTest t = ref program[20]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 21) { ref readonly LadderTest t = ref program[21]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 22) { ref readonly LadderTest t = ref program[22]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 23) { ref readonly LadderTest t = ref program[23]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 24) { ref readonly LadderTest t = ref program[24]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 25) { ref readonly LadderTest t = ref program[25]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 26) { ref readonly LadderTest t = ref program[26]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 27) { ref readonly LadderTest t = ref program[27]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 28) { ref readonly LadderTest t = ref program[28]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 29) { ref readonly LadderTest t = ref program[29]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 30) { ref readonly LadderTest t = ref program[30]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }
        if (from <= 31) { ref readonly LadderTest t = ref program[31]; if (!t.Holds(facts)) { from = t.OnFail; } else if (t.Decides >= 0) { return t.Decides; } }

        for (int at = Math.Max(from, Unrolled); at < _programLength;)
        {
            ref readonly LadderTest test = ref program[at];
            if (!test.Holds(facts))
            {
                at = test.OnFail;
            }
            else if (test.Decides >= 0)
            {
                return test.Decides;
            }
            else
            {
                at++;
            }
        }

        return -1;
    }

    // The code of a level reached at a rank, after the caps: each cap above the current rank whose guard holds lowers the
    // level to its own; the last such cap is named.
    private int Capped(int rank, TFacts facts)
    {
        int finalRank = rank;
        int cappedBy = 0;
        for (int i = 0; i < _caps.Length; i++)
        {
            if (_capRanks[i] > finalRank && CapHolds(i, facts))
            {
                finalRank = _capRanks[i];
                cappedBy = i + 1;
            }
        }

        return _levelBase + ((rank << _capBits) | cappedBy);
    }

    private bool CapHolds(int cap, TFacts facts)
    {
        int end = _capTestEnds[cap];
        for (int test = cap == 0 ? 0 : _capTestEnds[cap - 1]; test < end; test++)
        {
            if (!_capTests[test](facts))
            {
                return false;
            }
        }

        return true;
    }

    // The program of the steps' guards (see Run), padded to Unrolled tests, and its length.
    private static (LadderTest[] Program, int Length) BuildProgram(LadderStep<TFacts, TLevel>[] steps)
    {
        var tests = new List<Func<TFacts, bool>>();
        var ends = new int[steps.Length];
        for (int step = 0; step < steps.Length; step++)
        {
            AddTests(steps[step].Guard, tests);
            ends[step] = tests.Count;
        }

        var program = new LadderTest[Math.Max(tests.Count, Unrolled)];
        int start = 0;
        for (int step = 0; step < steps.Length; step++)
        {
            // After the last guard there is nothing left to try: a failing test there ends the run.
            int onFail = ends[step] == tests.Count ? int.MaxValue : ends[step];
            for (int test = start; test < ends[step]; test++)
            {
                program[test] = new LadderTest(tests[test], test == ends[step] - 1 ? step : -1, onFail);
            }

            start = ends[step];
        }

        for (int test = tests.Count; test < program.Length; test++)
        {
            program[test] = new LadderTest(Pad, -1, int.MaxValue);
        }

        return (program, tests.Count);
    }

    // The tests of a guard, in order, such that the guard is satisfied exactly when every one holds, each called only
    // when those before it held (as the rule itself evaluates): a leaf's predicate; a leaf with an applicability test,
    // that test then the predicate; an all-of of leaves without applicability tests (nested ones included), their
    // predicates in order. Any other guard is one test, the rule's own Holds.
    private static void AddTests(Rule<TFacts> guard, List<Func<TFacts, bool>> tests)
    {
        if (guard is PredicateRule<TFacts> { AppliesTo: { } appliesTo } guarded)
        {
            tests.Add(appliesTo);
            tests.Add(guarded.Predicate);
            return;
        }

        int start = tests.Count;
        if (!AddConjuncts(guard, tests))
        {
            tests.RemoveRange(start, tests.Count - start);
            tests.Add(guard.Holds);
        }
    }

    private static bool AddConjuncts(Rule<TFacts> rule, List<Func<TFacts, bool>> tests)
    {
        switch (rule)
        {
            case PredicateRule<TFacts> { AppliesTo: null } leaf:
                tests.Add(leaf.Predicate);
                return true;
            case AllOfRule<TFacts> all when !all.Items.IsEmpty:
                foreach (Rule<TFacts> item in all.Items)
                {
                    if (!AddConjuncts(item, tests))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
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
            // An exclusion, an override and a cap decide when their guard holds: their findings are grounds (absent is
            // good news), a level's are conditions.
            Finding finding = step.Guard.Explain(facts);
            children.Add(step.Kind == LadderStepKind.Level ? finding : finding.WithRole(FindingRole.Ground));
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

    // One test of the program: the condition, the step it decides when it holds and ends its guard (-1 when more tests
    // of the guard follow), and the test to go on with when it fails (the next guard's first).
    private readonly struct LadderTest(Func<TFacts, bool> holds, int decides, int onFail)
    {
        public readonly Func<TFacts, bool> Holds = holds;
        public readonly int Decides = decides;
        public readonly int OnFail = onFail;
    }
}
