// The README's quick start, compiled and run by CI so that it never goes stale.
using System;
using CadreRules;
using CadreRules.Evaluation;
using CadreRules.Localization;
using CadreRules.Retirement;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

var review = new EvaluationInput
{
    Year = 2025,
    EvaluatedOn = new LocalDate(2025, 12, 15),
    Role = EvaluationRole.NonLeader,
    Tasks = new TaskCounts(total: 10, completed: 10, onTimeAndQuality: 10, exceeded: 2),
    Score = new ScoreCard(general: 28, results: 64),
};
var regulation = ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, review.EvaluatedOn);

EvaluationDecision decision = regulation.Classify(review);             // fast path: nothing is built
Console.WriteLine($"{regulation.Id}: {decision.Kind} {decision.UndeterminedReason}");
Console.Write(regulation.Explain(review).ToText(Language.English));   // every clause, with its values

var cadre = new Cadre("c-001", Sex.Male, BirthDate.OfMonth(1965, 2));
Console.WriteLine(RetirementSchedule.For(cadre).Explain().Render(Language.Vietnamese));
