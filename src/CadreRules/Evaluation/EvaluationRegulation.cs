using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Evaluation;

/// <summary>
/// One annual-classification regime (Party: QĐ 132, QĐ 124, QĐ 366; State: NĐ 90, NĐ 90 as amended by NĐ 48,
/// NĐ 335, NĐ 233) as a cited, effective-dated regulation: for each role it supports, a decision ladder of exclusions
/// (not rated), overrides to Không hoàn thành nhiệm vụ, levels and caps, built from the regulation's parameters.
/// </summary>
/// <remarks>
/// <para>Get the regulation in force with <see cref="EvaluationRegulations.For(SubjectKind, NodaTime.LocalDate)"/> or
/// <c>ShippedRegulations.Catalog.InForce&lt;EvaluationRegulation&gt;(kind, evaluatedOn)</c>. The date asked is the
/// date the evaluation is made.</para>
/// <para><see cref="Classify(EvaluationInput)"/> is the hot path: no explanation, no allocation.
/// <see cref="Explain(EvaluationInput)"/> gives the same outcome with every rule's finding, citation and values.</para>
/// <para>A <see cref="LocalVariant"/> may change its rules (<see cref="LocalVariant.RuleChanges"/>): add a rule at
/// <see cref="Exclusion"/> (not rated), <see cref="NotCompleteGround"/> (a ground for Không hoàn thành nhiệm vụ),
/// <see cref="LevelCondition(EvaluationLevel)"/> (an extra condition of a level) or <see cref="Cap(EvaluationLevel)"/>
/// (at most a level), in C# over <see cref="EvaluationInput"/> or as data over <see cref="EvaluationFacts.Catalog"/>;
/// replace any named rule of its ladders (the rule keeps its code and cites the variant), or remove one. Each change
/// applies to the ladder of every role that has the place or the rule. Without rule changes the ladders are the shipped
/// ones, so <see cref="Classify(EvaluationInput)"/> costs the same.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluationRegulation : Regulation
{
    /// <summary>The extension point of an exclusion: when the added rule holds, the subject is not rated (after the
    /// regime's own exclusions).</summary>
    public const string Exclusion = "exclusion";

    /// <summary>The extension point of a ground for Không hoàn thành nhiệm vụ: when the added rule holds, the level is
    /// KHT whatever the score (after the regime's own grounds).</summary>
    public const string NotCompleteGround = "override.KHT";

    private readonly ImmutableArray<RuleChange> _changes = [];

    private readonly RegimeRules _rules;
    private readonly DecisionLadder<EvaluationInput, EvaluationLevel>?[] _ladders;
    private readonly bool _singlePeriod;
    private readonly int _inForceFrom;
    private readonly int _inForceTo;
    private readonly int _excellentWhole;
    private readonly int _goodWhole;
    private readonly byte[]?[] _codeTraits;

    private EvaluationRegulation(EvaluationRegime regime, RegulationReference reference, ParameterSet parameters)
        : this(regime, reference, parameters, [], 0)
    {
    }

    private EvaluationRegulation(EvaluationRegime regime, RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes, int firstNew)
        : base(reference, parameters)
    {
        Regime = regime;
        _rules = DefinitionOf(regime).Build(parameters);
        if (!changes.IsEmpty)
        {
            _rules = EvaluationRuleChanges.Apply(_rules, changes, firstNew, reference.Citation, reference.Id);
            _changes = changes;
        }

        Quota = EvaluationQuotaDefinition.Build(regime, parameters);
        QuotaPolicy = EvaluationQuotaDefinition.BuildPolicy(regime, parameters);
        _ladders = [_rules.NonLeader, _rules.Leader, _rules.Collective];

        // Prepared once for Classify: the dates in force when every scope shares one period (the usual case), and the
        // high-score minima as whole points when they are whole (then the score's whole part compares exactly).
        ImmutableArray<RegulationScope> scopes = reference.Scopes;
        _singlePeriod = !scopes.IsEmpty;
        foreach (RegulationScope scope in scopes)
        {
            _singlePeriod &= scope.Period == scopes[0].Period;
        }

        if (_singlePeriod)
        {
            _inForceFrom = EvaluationInput.DateKey(scopes[0].Period.Start);
            _inForceTo = scopes[0].Period.End is { } end ? EvaluationInput.DateKey(end) : int.MaxValue;
        }

        _excellentWhole = WholePoints(_rules.ExcellentMinimum);
        _goodWhole = WholePoints(_rules.GoodMinimum);
        _codeTraits = CodeTraits();
    }

    /// <summary>Gets the regime.</summary>
    public EvaluationRegime Regime { get; }

    /// <inheritdoc />
    public override ImmutableArray<RuleChange> RuleChanges => _changes;

    /// <summary>
    /// Gets the unit quota of this regime with this regulation's parameter values (<c>quota.htxsShare</c>,
    /// <c>quota.outstandingShare</c>), so a local variant that lowers the share changes the allocation; or
    /// <see langword="null"/> when the regime sets no per-unit quota (NĐ 90, whose NĐ 48 amendment compares shares
    /// with the Party instead: see <see cref="QuotaAllocator.ComparePartyShare"/>).
    /// </summary>
    public QuotaRegime? Quota { get; private init; }

    /// <summary>
    /// Gets how this regulation reads what the quota's text leaves open, from its parameters <c>quota.denominator</c>,
    /// <c>quota.rounding</c> and <c>quota.ordering</c> (unconfirmed policies a province's variant can set; the shipped
    /// values are those of <see cref="Evaluation.QuotaPolicy.Default"/>); or <see langword="null"/> when the regime sets
    /// no per-unit quota. An <see cref="EvaluationRound"/> given no policy of its own uses each regulation's.
    /// </summary>
    public QuotaPolicy? QuotaPolicy { get; private init; }

    /// <summary>Applies this regulation's unit quota to a population already classified on its own merits.</summary>
    /// <param name="candidates">Each person with unit, peer group, level qualified for and score.</param>
    /// <param name="policy">The rounding, denominator and tie-break policy; this regulation's <see cref="QuotaPolicy"/>
    /// when null.</param>
    /// <returns>The allocation: final levels, per-group bounds, and who was moved from HTXS to HTT and why.</returns>
    /// <exception cref="InvalidOperationException">The regime sets no per-unit quota (<see cref="Quota"/> is null).</exception>
    /// <exception cref="QuotaInputException">A candidate is invalid (see <see cref="QuotaAllocator"/>).</exception>
    public QuotaAllocation AllocateQuota(ImmutableArray<QuotaCandidate> candidates, QuotaPolicy? policy = null)
    {
        QuotaRegime quota = Quota ?? throw new InvalidOperationException($"The regulation '{Id}' sets no per-unit quota of Hoàn thành xuất sắc nhiệm vụ.");
        return QuotaAllocator.Allocate(quota, candidates, policy ?? QuotaPolicy ?? Evaluation.QuotaPolicy.Default);
    }

    /// <summary>Gets the extension point of an extra condition for a level: <c>level.HTXS</c>, <c>level.HTT</c> or
    /// <c>level.HTNV</c>. The added rule joins the level's conditions (all must hold) in every ladder that has the level.</summary>
    /// <param name="level">The level (not <see cref="EvaluationLevel.NotComplete"/>: add a ground at
    /// <see cref="NotCompleteGround"/> instead).</param>
    /// <returns>The extension point's name.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="level"/> is KHT or undefined.</exception>
    public static string LevelCondition(EvaluationLevel level) => level == EvaluationLevel.NotComplete
        ? throw new InputOutOfRangeException(nameof(level), level, "Không hoàn thành nhiệm vụ has no conditions to add to; add a ground at 'override.KHT' instead.")
        : "level." + EvaluationLevelNames.Abbreviation(level);

    /// <summary>Gets the extension point of a cap: <c>cap.HTT</c>, <c>cap.HTNV</c> or <c>cap.KHT</c>. When the added rule
    /// holds, the level reached is lowered to at most this one (in every ladder that has it as a rung).</summary>
    /// <param name="maximum">The highest level left (not <see cref="EvaluationLevel.Excellent"/>).</param>
    /// <returns>The extension point's name.</returns>
    /// <exception cref="InputOutOfRangeException"><paramref name="maximum"/> is HTXS or undefined.</exception>
    public static string Cap(EvaluationLevel maximum) => maximum == EvaluationLevel.Excellent
        ? throw new InputOutOfRangeException(nameof(maximum), maximum, "A cap at Hoàn thành xuất sắc nhiệm vụ lowers nothing.")
        : "cap." + EvaluationLevelNames.Abbreviation(maximum);

    /// <inheritdoc />
    public override IEnumerable<RuleDescriptor> Rules
    {
        get
        {
            var seen = new HashSet<RuleCode>();
            foreach (EvaluationRole role in Enum.GetValues<EvaluationRole>())
            {
                if (_rules.LadderFor(role) is not { } ladder)
                {
                    continue;
                }

                if (seen.Add(ladder.Descriptor.Code))
                {
                    yield return ladder.Descriptor;
                }

                foreach (LadderStep<EvaluationInput, EvaluationLevel> step in ladder.Steps)
                {
                    foreach (Rule<EvaluationInput> rule in step.Guard.Flatten())
                    {
                        if (seen.Add(rule.Code))
                        {
                            yield return rule.Descriptor;
                        }
                    }
                }
            }

            if (_rules.PolicyDescriptor is { } policy && seen.Add(policy.Code))
            {
                yield return policy;
            }

            if (_rules.GapDescriptor is { } gap && seen.Add(gap.Code))
            {
                yield return gap;
            }

            if (_rules.CollectiveGapDescriptor is { } collectiveGap && seen.Add(collectiveGap.Code))
            {
                yield return collectiveGap;
            }

            if (_rules.MitigationDescriptor is { } mitigation && seen.Add(mitigation.Code))
            {
                yield return mitigation;
            }
        }
    }

    /// <summary>Tells whether the regime has rules for a role (the State regimes here rate individuals only).</summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when <see cref="Classify(EvaluationInput)"/> accepts inputs of that role.</returns>
    public bool Supports(EvaluationRole role) => _rules.LadderFor(role) is not null;

    /// <summary>Gets the decision ladder used for a role, for documentation and coverage analysis.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="EvaluationInputException">The regime has no rules for that role.</exception>
    public DecisionLadder<EvaluationInput, EvaluationLevel> LadderFor(EvaluationRole role) =>
        _rules.LadderFor(role) ?? throw EvaluationInputException.For("role", $"quy định '{Id}' không có quy tắc cho vai trò {EvaluationRoleWords.Of(role).Vietnamese} trong thư viện này.", $"the regulation '{Id}' has no rules for the role {EvaluationRoleWords.Of(role).English} in this library.");

    /// <summary>Classifies without building an explanation (the hot path: no allocation).</summary>
    /// <param name="input">What the evaluator recorded.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">Two facts of the input disagree (<see cref="EvaluationInput.Validate"/>),
    /// the evaluation date is outside this regulation's dates, the regime has no rules for the role, or a fact it needs
    /// (the score or the grades) is missing.</exception>
    public EvaluationDecision Classify(EvaluationInput input) => DecisionOfKey(ClassifyKey(input));

    /// <summary>Classifies as <see cref="Classify(EvaluationInput)"/> does, but answers with a small integer that
    /// <see cref="DecisionOfKey"/> turns into the decision (the same decision for the same key): a round over millions of
    /// rows tells its few distinct decisions apart by it instead of comparing decisions.</summary>
    /// <returns>A key, at least 0 and below <see cref="KeyCount"/>.</returns>
    internal int ClassifyKey(EvaluationInput input)
    {
        DecisionLadder<EvaluationInput, EvaluationLevel> ladder = Check(input);
        int code = ladder.DecideCode(input);

        // What the code's decision lets the input's mitigation reason and score add (see CodeTraits).
        int traits = _codeTraits[(int)input.Role]![code + 1];
        bool mitigated = (traits & Mitigable) != 0 && input.MitigationReason is not null;
        bool policy = !mitigated && (traits & (PolicyAtGood | PolicyAtExcellent)) != 0 && input.HasScore
            && ((traits & PolicyAtExcellent) != 0
                ? ScoreAtLeast(input, _rules.ExcellentMinimum, _excellentWhole)
                : ScoreAtLeast(input, _rules.GoodMinimum, _goodWhole));

        // The ladder's code (from −1), the role that chose the ladder, and the two facts Classify adds to the ladder's answer.
        return ((((code + 1) * 3) + (int)input.Role) << 2) | (mitigated ? 2 : 0) | (policy ? 1 : 0);
    }

    /// <summary>Gets a bound on the keys of <see cref="ClassifyKey"/>.</summary>
    internal int KeyCount
    {
        get
        {
            int codes = 0;
            foreach (DecisionLadder<EvaluationInput, EvaluationLevel>? ladder in _ladders)
            {
                codes = Math.Max(codes, ladder?.CodeCount ?? 0);
            }

            return (codes + 1) * 3 * 4;
        }
    }

    /// <summary>The decision of a key <see cref="ClassifyKey"/> returned.</summary>
    internal EvaluationDecision DecisionOfKey(int key)
    {
        var role = (EvaluationRole)((key >> 2) % 3);
        int code = ((key >> 2) / 3) - 1;
        return Assemble(role, _ladders[(int)role]!.DecisionOf(code), (key & 2) != 0, (key & 1) != 0);
    }

    private EvaluationDecision Assemble(EvaluationRole role, LadderDecision<EvaluationLevel> decision, bool mitigated, bool policy)
    {
        if (mitigated)
        {
            return new EvaluationDecision(Regime, default, _rules.MitigationDescriptor!.Code, null);
        }

        RuleCode reason = default;
        if (decision.Kind == OutcomeKind.Undetermined && _rules.GapFor(role) is { } gap)
        {
            reason = gap.Code;
        }

        return new EvaluationDecision(Regime, decision, reason, policy ? _rules.Policy : null);
    }

    /// <summary>Classifies and explains: every rule of the role's ladder with its finding, citation and values, plus
    /// the policy and gap findings where they apply. The outcome is decided now; the finding tree is built when the
    /// verdict's explanation is first read.</summary>
    /// <param name="input">What the evaluator recorded.</param>
    /// <returns>The verdict; its outcome equals <see cref="Classify(EvaluationInput)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="EvaluationInputException">As for <see cref="Classify(EvaluationInput)"/>.</exception>
    public Verdict<EvaluationDecision> Explain(EvaluationInput input)
    {
        DecisionLadder<EvaluationInput, EvaluationLevel> ladder = Check(input);
        EvaluationDecision decision = Classify(input);

        // The finding tree is built when the verdict's explanation is first read (the input is immutable).
        return new Verdict<EvaluationDecision>(decision, () => BuildExplanation(ladder, input, decision), Reference);
    }

    private Finding BuildExplanation(DecisionLadder<EvaluationInput, EvaluationLevel> ladder, EvaluationInput input, EvaluationDecision decision)
    {
        Verdict<LadderDecision<EvaluationLevel>> verdict = ladder.Explain(input, Reference);
        var extra = ImmutableArray.CreateBuilder<Finding>(2);
        if (_rules.PolicyDescriptor is { } policy && _rules.Policy is { } inForce)
        {
            extra.Add(new Finding(policy.Code, policy.Text, policy.Citation,
                decision.DecidingPolicy is null ? FindingStatus.NotApplicable : FindingStatus.Satisfied,
                policy.Severity,
                [FactValue.Of("policy", EvaluationRegimeDefinition.PolicyName(inForce)), FactValue.Of("decided", decision.DecidingPolicy is not null), FactValue.Of("score", input.ScoreTotal)],
                []));
        }

        LadderDecision<EvaluationLevel> ladderDecision = verdict.Outcome;
        if (IsMitigated(input, ladderDecision))
        {
            RuleDescriptor mitigation = _rules.MitigationDescriptor!;
            extra.Add(new Finding(mitigation.Code, mitigation.Text, mitigation.Citation, FindingStatus.Satisfied, mitigation.Severity,
                [FactValue.Of("ground", ladderDecision.DecidedBy.Value), FactValue.Of("reason", input.MitigationReason!)], []));
        }
        else if (decision.Kind == OutcomeKind.Undetermined && _rules.GapFor(input.Role) is { } gap)
        {
            extra.Add(new Finding(gap.Code, gap.Text, gap.Citation, FindingStatus.Satisfied, gap.Severity,
                [FactValue.Of("role", input.Role.ToString())], []));
        }

        return verdict.Explanation.WithChildren(extra.ToImmutable());
    }

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters) =>
        new EvaluationRegulation(Regime, reference, parameters, _changes, _changes.Length);

    /// <inheritdoc />
    protected override Regulation Rebuild(RegulationReference reference, ParameterSet parameters, ImmutableArray<RuleChange> changes) =>
        new EvaluationRegulation(Regime, reference, parameters, [.. _changes, .. changes], _changes.Length);

    internal static EvaluationRegulation Create(EvaluationRegime regime, RegulationReference reference) =>
        new(regime, reference, ParameterSet.Defaults(SchemaOf(regime), ConstraintsOf(regime)));

    // The definition of each shipped regime (one small class each, over EvaluationRegimeDefinition).
    internal static EvaluationRegimeDefinition DefinitionOf(EvaluationRegime regime) => regime switch
    {
        EvaluationRegime.Qd132 => Qd132Definition.Instance,
        EvaluationRegime.Qd124 => Qd124Definition.Instance,
        EvaluationRegime.Qd366 => Qd366Definition.Instance,
        EvaluationRegime.Nd90 => Nd90Definition.Original,
        EvaluationRegime.Nd90Amended => Nd90Definition.Amended,
        EvaluationRegime.Nd335 => ScoreOnlyDefinition.Nd335,
        _ => ScoreOnlyDefinition.Nd233,
    };

    private static IEnumerable<ParameterDefinition> SchemaOf(EvaluationRegime regime) =>
        [.. DefinitionOf(regime).Schema, .. EvaluationQuotaDefinition.SchemaOf(regime)];

    private static IEnumerable<ParameterConstraint> ConstraintsOf(EvaluationRegime regime) =>
        [.. DefinitionOf(regime).Constraints, .. EvaluationQuotaDefinition.ConstraintsOf(regime)];

    // The usual case in a few comparisons (inlined into Classify); anything else, including every error, in CheckFully.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DecisionLadder<EvaluationInput, EvaluationLevel> Check(EvaluationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int on = input.EvaluatedOnKey;
        return input.IsConsistent && _singlePeriod && on >= _inForceFrom && on <= _inForceTo
            && _ladders[(int)input.Role] is { } ladder
            && (input.HasScore || !_rules.NeedsScore) && (input.HasGrades || !_rules.NeedsGrades)
            ? ladder
            : CheckFully(input);
    }

    private DecisionLadder<EvaluationInput, EvaluationLevel> CheckFully(EvaluationInput input)
    {
        input.Validate();
        bool inForce = false;
        if (_singlePeriod)
        {
            int on = input.EvaluatedOnKey;
            inForce = on >= _inForceFrom && on <= _inForceTo;
        }
        else
        {
            foreach (RegulationScope scope in Reference.Scopes)
            {
                if (scope.Period.Contains(input.EvaluatedOn.WithCalendar(CalendarSystem.Iso)))
                {
                    inForce = true;
                    break;
                }
            }
        }

        if (!inForce)
        {
            throw new EvaluationInputException($"The regulation '{Id}' is not in force on {TextFormat.Date(input.EvaluatedOn)}.", "evaluatedOn")
            {
                Text = new($"quy định '{Id}' không có hiệu lực vào {TextFormat.Date(input.EvaluatedOn)}.", $"the regulation '{Id}' is not in force on {TextFormat.Date(input.EvaluatedOn)}."),
            };
        }

        DecisionLadder<EvaluationInput, EvaluationLevel> ladder = LadderFor(input.Role);
        if (input.Role == EvaluationRole.Collective && _rules.CollectiveReadsNoFacts)
        {
            // A State regime that sets no levels for collectives reads no fact of theirs.
            return ladder;
        }

        if (_rules.NeedsScore && !input.HasScore)
        {
            throw EvaluationInputException.For("score", $"quy định '{Id}' xếp loại theo thang 100 điểm; dữ liệu không có điểm.", $"the regulation '{Id}' rates on the 100-point scale; the input has no score.");
        }

        if (_rules.NeedsGrades && !input.HasGrades)
        {
            throw EvaluationInputException.For("grades", $"quy định '{Id}' xếp loại theo mức đánh giá từng tiêu chí; dữ liệu không có các mức đó.", $"the regulation '{Id}' rates on criteria grades; the input has no grades.");
        }

        return ladder;
    }

    private bool IsMitigated(EvaluationInput input, LadderDecision<EvaluationLevel> decision) =>
        input.MitigationReason is not null && IsMitigatedClaim(input.Role, decision);

    // Whether a mitigation reason leaves this decision undetermined: a Không hoàn thành nhiệm vụ ground the regime lets
    // the competent level weigh (not the score, not the level's own rung).
    private bool IsMitigatedClaim(EvaluationRole role, LadderDecision<EvaluationLevel> decision) =>
        _rules.MitigationDescriptor is not null
        && (!_rules.MitigationLeadersOnly || role == EvaluationRole.Leader)
        && decision.Kind == OutcomeKind.Level
        && decision.Level == EvaluationLevel.NotComplete
        && decision.DecidedBy != _rules.NotMitigable
        && decision.DecidedBy != _rules.RungCodes[(int)EvaluationLevel.NotComplete];

    // The bits of CodeTraits.
    private const byte Mitigable = 1, PolicyAtGood = 2, PolicyAtExcellent = 4;

    /// <summary>
    /// Per role, per code of the role's ladder (shifted by one: index 0 is undetermined), what Classify adds to the
    /// ladder's decision: whether a mitigation reason would leave it undetermined (<see cref="Mitigable"/>), and which
    /// minimum the high-score policy compares the score with, when the policy could decide it: the HTT minimum for an
    /// undetermined outcome and for HTNV by its rung, the HTXS minimum for HTT by its rung. These depend only on the
    /// decision, so they are worked out once from the decisions themselves; a classification then reads a byte.
    /// </summary>
    private byte[]?[] CodeTraits()
    {
        var traits = new byte[]?[_ladders.Length];
        for (int role = 0; role < _ladders.Length; role++)
        {
            if (_ladders[role] is not { } ladder)
            {
                continue;
            }

            var table = new byte[ladder.CodeCount + 1];
            for (int code = -1; code < ladder.CodeCount; code++)
            {
                if (!ladder.IsCode(code))
                {
                    continue;
                }

                LadderDecision<EvaluationLevel> decision = ladder.DecisionOf(code);
                byte bits = IsMitigatedClaim((EvaluationRole)role, decision) ? Mitigable : (byte)0;
                if (_rules.Policy is not null)
                {
                    if (decision.Kind == OutcomeKind.Undetermined)
                    {
                        bits |= PolicyAtGood;
                    }
                    else if (decision.Kind == OutcomeKind.Level
                        && (decision.UncappedLevel == EvaluationLevel.Good || decision.UncappedLevel == EvaluationLevel.Complete)
                        && decision.DecidedBy == _rules.RungCodes[(int)decision.UncappedLevel])
                    {
                        bits |= decision.UncappedLevel == EvaluationLevel.Good ? PolicyAtExcellent : PolicyAtGood;
                    }
                }

                table[code + 1] = bits;
            }

            traits[role] = table;
        }

        return traits;
    }

    // total >= minimum; by the score's whole part when the minimum is a whole number (exact, see ScoreFloor).
    private static bool ScoreAtLeast(EvaluationInput input, decimal minimum, int wholeMinimum) =>
        wholeMinimum >= 0 ? input.ScoreFloor >= wholeMinimum : input.ScoreTotal >= minimum;

    // The minimum as whole points when it is a whole number between 0 and 100; otherwise -1 (compare as decimals).
    private static int WholePoints(decimal minimum) =>
        minimum >= 0m && minimum <= 100m && decimal.Truncate(minimum) == minimum ? (int)minimum : -1;

}
