using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>A variant's rule changes applied to an evaluation regime's ladders (every role's): rules added at an
/// extension point, named rules replaced or removed wherever they sit. See <see cref="EvaluationRegulation"/> for the
/// extension points.</summary>
internal static class EvaluationRuleChanges
{
    private static readonly EvaluationLevel[] AllLevels = [EvaluationLevel.Excellent, EvaluationLevel.Good, EvaluationLevel.Complete, EvaluationLevel.NotComplete];

    /// <summary>Applies the changes in order. A change before <paramref name="firstNew"/> comes from the base variant and
    /// was checked when it was made (its position is reported relative to the new ones).</summary>
    /// <exception cref="FactConditionException">A change cannot be applied; nothing is.</exception>
    public static RegimeRules Apply(RegimeRules rules, ImmutableArray<RuleChange> changes, int firstNew, Citation variant, RegulationId id)
    {
        var ladders = new DecisionLadder<EvaluationInput, EvaluationLevel>?[] { rules.NonLeader, rules.Leader, rules.Collective };
        var steps = new List<LadderStep<EvaluationInput, EvaluationLevel>>?[3];
        for (int role = 0; role < 3; role++)
        {
            steps[role] = ladders[role] is { } ladder ? [.. ladder.Steps] : null;
        }

        RuleCode[] fixedCodes =
        [
            .. ladders.Where(l => l is not null).Select(l => l!.Descriptor.Code),
            .. new[] { rules.PolicyDescriptor, rules.GapDescriptor, rules.CollectiveGapDescriptor, rules.MitigationDescriptor }.Where(d => d is not null).Select(d => d!.Code),
        ];

        for (int i = 0; i < changes.Length; i++)
        {
            int index = i - firstNew;
            RuleChange change = changes[i];
            switch (change.Kind)
            {
                case RuleChangeKind.Add:
                    Add(steps, change, index, variant, id, fixedCodes);
                    break;
                case RuleChangeKind.Replace:
                    Replace(steps, change, index, variant, id, fixedCodes);
                    break;
                default:
                    Remove(steps, change, index, id, fixedCodes);
                    break;
            }
        }

        DecisionLadder<EvaluationInput, EvaluationLevel>? Rebuilt(int role) => ladders[role]?.WithSteps(steps[role]!);
        return rules.WithLadders(Rebuilt(0), Rebuilt(1), Rebuilt(2));
    }

    private static void Add(List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps, RuleChange change, int index, Citation variant, RegulationId id, RuleCode[] fixedCodes)
    {
        (LadderStepKind kind, EvaluationLevel level) = Point(change.Target, index);
        RuleDescriptor given = change.Descriptor!;
        if (fixedCodes.Contains(given.Code) || Codes(steps).Contains(given.Code))
        {
            throw new FactConditionException(index, "code", RuleChangeText.CodeTaken(given.Code, id));
        }

        var descriptor = new RuleDescriptor(given.Code, given.Text, given.Citation ?? variant, given.Severity, given.Confidence);
        Rule<EvaluationInput> rule = RuleTree.Under(descriptor, change.Build(index, EvaluationFacts.Catalog, descriptor));
        bool placed = false;
        foreach (List<LadderStep<EvaluationInput, EvaluationLevel>>? ladder in steps)
        {
            if (ladder is null)
            {
                continue;
            }

            if (kind == LadderStepKind.Level)
            {
                int at = ladder.FindIndex(s => s.Kind == LadderStepKind.Level && s.Level == level);
                if (at >= 0)
                {
                    Rule<EvaluationInput> guard = ladder[at].Guard;
                    Rule<EvaluationInput> extended = guard is AllOfRule<EvaluationInput> all
                        ? new AllOfRule<EvaluationInput>(all.Descriptor, all.Items.Add(rule))
                        : new AllOfRule<EvaluationInput>(guard.Descriptor, [guard, rule]);
                    ladder[at] = new LadderStep<EvaluationInput, EvaluationLevel>(LadderStepKind.Level, level, extended);
                    placed = true;
                }

                continue;
            }

            if (kind == LadderStepKind.Cap && !ladder.Exists(s => s.Kind == LadderStepKind.Level && s.Level == level))
            {
                continue;
            }

            // After the last step of the same kind (exclusions before overrides before levels before caps).
            int after = ladder.FindLastIndex(s => s.Kind <= kind);
            ladder.Insert(after + 1, new LadderStep<EvaluationInput, EvaluationLevel>(kind, level, rule));
            placed = true;
        }

        if (!placed)
        {
            throw new FactConditionException(index, "to", RuleChangeText.NoRung(change.Target, id));
        }
    }

    private static void Replace(List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps, RuleChange change, int index, Citation variant, RegulationId id, RuleCode[] fixedCodes)
    {
        var code = new RuleCode(change.Target);
        Rule<EvaluationInput>? original = Find(steps, code);
        if (original is null || fixedCodes.Contains(code))
        {
            throw NotARule(index, change.Target, id, steps);
        }

        var descriptor = new RuleDescriptor(code, change.Descriptor?.Text ?? (change.Condition is { } written ? FactCatalog<EvaluationInput>.Describe(written) : original.Descriptor.Text), change.Descriptor?.Citation ?? variant, original.Descriptor.Severity,
            change.Descriptor?.Confidence ?? Confidence.Confirmed);
        Rule<EvaluationInput> replacement = RuleTree.Under(descriptor, change.Build(index, EvaluationFacts.Catalog, descriptor));
        foreach (List<LadderStep<EvaluationInput, EvaluationLevel>>? ladder in steps)
        {
            for (int s = 0; ladder is not null && s < ladder.Count; s++)
            {
                int hits = 0;
                Rule<EvaluationInput> guard = RuleTree.Replace(ladder[s].Guard, code, replacement, ref hits);
                if (hits > 0)
                {
                    ladder[s] = new LadderStep<EvaluationInput, EvaluationLevel>(ladder[s].Kind, ladder[s].Level, guard);
                }
            }
        }
    }

    private static void Remove(List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps, RuleChange change, int index, RegulationId id, RuleCode[] fixedCodes)
    {
        var code = new RuleCode(change.Target);
        if (Find(steps, code) is null || fixedCodes.Contains(code))
        {
            throw NotARule(index, change.Target, id, steps);
        }

        foreach (List<LadderStep<EvaluationInput, EvaluationLevel>>? ladder in steps)
        {
            for (int s = 0; ladder is not null && s < ladder.Count; s++)
            {
                int hits = 0;
                RuleCode blockedBy = default;
                Rule<EvaluationInput>? guard = RuleTree.Remove(ladder[s].Guard, code, ref hits, ref blockedBy);
                if (!blockedBy.IsEmpty)
                {
                    throw new FactConditionException(index, "code", RuleChangeText.NotRemovable(code, blockedBy));
                }

                if (hits == 0)
                {
                    continue;
                }

                if (guard is not null)
                {
                    ladder[s] = new LadderStep<EvaluationInput, EvaluationLevel>(ladder[s].Kind, ladder[s].Level, guard);
                }
                else if (ladder[s].Kind == LadderStepKind.Level && ladder.Count(x => x.Kind == LadderStepKind.Level) == 1)
                {
                    throw new FactConditionException(index, "code", RuleChangeText.LastLevel(code, id));
                }
                else
                {
                    ladder.RemoveAt(s--);
                }
            }
        }
    }

    /// <summary>The step kind and level of an extension point.</summary>
    private static (LadderStepKind Kind, EvaluationLevel Level) Point(string point, int index)
    {
        if (string.Equals(point, EvaluationRegulation.Exclusion, StringComparison.Ordinal))
        {
            return (LadderStepKind.Exclusion, default);
        }

        if (string.Equals(point, EvaluationRegulation.NotCompleteGround, StringComparison.Ordinal))
        {
            return (LadderStepKind.Override, EvaluationLevel.NotComplete);
        }

        foreach (EvaluationLevel level in AllLevels)
        {
            if (level != EvaluationLevel.NotComplete && string.Equals(point, EvaluationRegulation.LevelCondition(level), StringComparison.Ordinal))
            {
                return (LadderStepKind.Level, level);
            }

            if (level != EvaluationLevel.Excellent && string.Equals(point, EvaluationRegulation.Cap(level), StringComparison.Ordinal))
            {
                return (LadderStepKind.Cap, level);
            }
        }

        throw new FactConditionException(index, "to", RuleChangeText.NotAPlace(point, new LocalizedText("quy định đánh giá, xếp loại", "an evaluation regulation"), Points()));
    }

    /// <summary>Every extension point of an evaluation regulation.</summary>
    internal static IEnumerable<string> Points() =>
    [
        EvaluationRegulation.Exclusion, EvaluationRegulation.NotCompleteGround,
        .. AllLevels.Where(l => l != EvaluationLevel.NotComplete).Select(EvaluationRegulation.LevelCondition),
        .. AllLevels.Where(l => l != EvaluationLevel.Excellent).Select(EvaluationRegulation.Cap),
    ];

    private static FactConditionException NotARule(int index, string target, RegulationId id, List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps) =>
        new(index, "code", RuleChangeText.NotARule(target, id, Codes(steps).Select(c => c.Value)));

    private static Rule<EvaluationInput>? Find(List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps, RuleCode code) =>
        steps.Where(l => l is not null).SelectMany(l => l!).SelectMany(s => s.Guard.Flatten()).FirstOrDefault(r => r.Code == code && !EligibilityRuleChanges.IsAnonymous(r.Code));

    private static IEnumerable<RuleCode> Codes(List<LadderStep<EvaluationInput, EvaluationLevel>>?[] steps) =>
        steps.Where(l => l is not null).SelectMany(l => l!).SelectMany(s => s.Guard.Flatten()).Select(r => r.Code).Where(c => !EligibilityRuleChanges.IsAnonymous(c)).Distinct();
}
