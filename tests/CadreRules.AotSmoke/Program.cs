// A native AOT smoke test: classify one party member under the regulation in force, write the verdict as JSON with the
// library's source-generated serializer, read it back, and check the answer. Run by .ci/run after `PublishAot`.
using System;
using CadreRules;
using CadreRules.Evaluation;
using CadreRules.Rules;
using CadreRules.Serialization;
using NodaTime;

var review = new EvaluationInput(2025, new LocalDate(2025, 12, 15), EvaluationRole.NonLeader,
    new TaskCounts(total: 10, completed: 10, onTimeAndQuality: 10, exceeded: 3), score: new ScoreCard(28, 64));
var regulation = ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, review.EvaluatedOn);
Verdict<EvaluationDecision> verdict = regulation.Explain(review);
string json = CadreDocuments.WriteVerdict(verdict, Language.Vietnamese, d => d.Level.ToString());
Console.WriteLine(json);

Verdict<string> read = CadreDocuments.ReadVerdict(json);
bool ok = regulation.Classify(review).Level == CadreRules.People.EvaluationLevel.Excellent
    && read.Outcome == "Excellent"
    && read.Regulation?.Id.Value == "party-eval-qd366"
    && read.Explanation.Find("QD366.HTXS.ExceededShare")?.Status == FindingStatus.Satisfied;
if (!ok)
{
    Console.Error.WriteLine("unexpected classification or JSON round trip under native AOT");
    return 1;
}

Console.WriteLine("AOT smoke test passed: party-eval-qd366 → Excellent");
return 0;
