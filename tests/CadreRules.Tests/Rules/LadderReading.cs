using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Tests.Rules;

/// <summary>The ladder's documented order, read from its public steps through <see cref="Rule{TFacts}.Evaluate"/>: the
/// reference for the fast path (the ladder's program of delegates).</summary>
public static class LadderReading
{
    public static LadderDecision<TLevel> StepByStep<TFacts, TLevel>(DecisionLadder<TFacts, TLevel> ladder, TFacts facts)
        where TLevel : struct, Enum
    {
        bool Holds(LadderStep<TFacts, TLevel> step) => step.Guard.Evaluate(facts) == FindingStatus.Satisfied;
        List<LadderStep<TFacts, TLevel>> Of(LadderStepKind kind) => [.. ladder.Steps.Where(s => s.Kind == kind)];
        foreach (LadderStep<TFacts, TLevel> step in Of(LadderStepKind.Exclusion).Where(Holds))
        {
            return new LadderDecision<TLevel>(OutcomeKind.NotRated, default, step.Guard.Code, default, default);
        }

        foreach (LadderStep<TFacts, TLevel> step in Of(LadderStepKind.Override).Where(Holds))
        {
            return new LadderDecision<TLevel>(OutcomeKind.Level, step.Level, step.Guard.Code, default, step.Level);
        }

        List<LadderStep<TFacts, TLevel>> levels = Of(LadderStepKind.Level);
        for (int rank = 0; rank < levels.Count; rank++)
        {
            if (Holds(levels[rank]))
            {
                int finalRank = rank;
                RuleCode cappedBy = default;
                foreach (LadderStep<TFacts, TLevel> cap in Of(LadderStepKind.Cap))
                {
                    int capRank = levels.FindIndex(l => EqualityComparer<TLevel>.Default.Equals(l.Level, cap.Level));
                    if (capRank > finalRank && Holds(cap))
                    {
                        finalRank = capRank;
                        cappedBy = cap.Guard.Code;
                    }
                }

                return new LadderDecision<TLevel>(OutcomeKind.Level, levels[finalRank].Level, levels[rank].Guard.Code, cappedBy, levels[rank].Level);
            }
        }

        return default;
    }
}
