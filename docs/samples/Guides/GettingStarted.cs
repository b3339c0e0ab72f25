using System;
using CadreRules.Localization;
using CadreRules;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace Guides;

internal static class GettingStarted
{
    public static void Run()
    {
        #region classify
        // What the evaluator recorded for a party member who is not a leader, reviewed on 15/12/2025.
        var input = new EvaluationInput
        {
            Year = 2025,
            EvaluatedOn = new LocalDate(2025, 12, 15),
            Role = EvaluationRole.NonLeader,
            Tasks = new TaskCounts(total: 10, completed: 10, onTimeAndQuality: 10, exceeded: 3),
            Score = new ScoreCard(general: 28, results: 64),
        };

        // The catalogue picks the regime in force on that date (QĐ 366-QĐ/TW).
        EvaluationRegulation regulation = ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, input.EvaluatedOn);
        EvaluationDecision decision = regulation.Classify(input);        // fast: no explanation is built
        Console.WriteLine($"{regulation.Id}: {decision.Level}");         // party-eval-qd366: Excellent

        Verdict<EvaluationDecision> verdict = regulation.Explain(input);  // every rule with its clause and values
        Console.Write(verdict.ToText(Language.Vietnamese));
        #endregion
    }
}
