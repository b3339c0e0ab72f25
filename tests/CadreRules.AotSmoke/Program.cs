// A native AOT smoke test, run by .ci/run after `PublishAot`: read an evaluation document with the library's
// source-generated serializer, classify under the regulation in force, write the verdict as JSON, read it back, and
// check every answer; serialise library values with CadreHostJson.Options and read an embedded schema.
using System;
using CadreRules;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using CadreRules.Documents;

EvaluationSheet sheet = CadreDocuments.ReadEvaluations("""
    { "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-15",
      "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "role": "nonLeader",
                    "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10, "exceeded": 3 }, "score": { "general": 28, "results": 64 } } ] }
    """);
EvaluationInput review = sheet.Entries[0].Input;
var regulation = ShippedRegulations.Catalog.InForce<EvaluationRegulation>(SubjectKind.PartyMember, review.EvaluatedOn);
Verdict<EvaluationDecision> verdict = regulation.Explain(review);
string json = CadreDocuments.WriteVerdict(verdict, Language.Vietnamese, d => d.Level.ToString());
Console.WriteLine(json);

Verdict<string> read = CadreDocuments.ReadVerdict(json);
bool ok = regulation.Classify(review).Level == EvaluationLevel.Excellent
    && read.Outcome == "Excellent"
    && read.Regulation?.Id.Value == "party-eval-qd366"
    && read.Explanation.Find("QD366.HTXS.ExceededShare")?.Status == FindingStatus.Satisfied
    && CadreDocuments.ReadEvaluations(CadreDocuments.WriteEvaluations(sheet)).Entries.Length == 1;
// The State regime NĐ 335 compares decimal scores in its rules: its three band boundaries must classify as on the JIT
// (89.75 is HTT, 90 is HTXS, 49.75 is KHT).
EvaluationRegulation nd335 = EvaluationRegulations.Get(EvaluationRegime.Nd335);
foreach ((decimal score, EvaluationLevel expected) in new[] { (89.75m, EvaluationLevel.Good), (90m, EvaluationLevel.Excellent), (49.75m, EvaluationLevel.NotComplete) })
{
    var civilServant = new EvaluationInput { Year = 2026, EvaluatedOn = new NodaTime.LocalDate(2026, 12, 10), Role = EvaluationRole.NonLeader, Tasks = TaskCounts.AllOnTime(10, 3), Score = ScoreCard.FromTotal(score) };
    EvaluationDecision decision = nd335.Classify(civilServant);
    Console.WriteLine($"NĐ 335, score {score}: {decision.Level}");
    ok &= decision.Kind == OutcomeKind.Level && decision.Level == expected;
}

// The host options (CadreHostJson, through their metadata: no trim warning) write the library's values as the documents do, with no reflection under AOT.
string date = System.Text.Json.JsonSerializer.Serialize(new NodaTime.LocalDate(2025, 12, 15), CadreHostJson.TypeInfo<NodaTime.LocalDate>());
string code = System.Text.Json.JsonSerializer.Serialize(new RuleCode("QD366.HTXS"), CadreHostJson.TypeInfo<RuleCode>());
string outcome = System.Text.Json.JsonSerializer.Serialize(EvaluationOutcome.NotComplete, CadreHostJson.TypeInfo<EvaluationOutcome>());
string share = System.Text.Json.JsonSerializer.Serialize(Share.Of(2, 10), CadreHostJson.TypeInfo<Share>());
Console.WriteLine($"host JSON: {date} {code} {outcome} {share}");
ok &= date == "\"2025-12-15\"" && code == "\"QD366.HTXS\"" && outcome == "\"notComplete\"" && share == "{\"numerator\":1,\"denominator\":5}"
    && System.Text.Json.JsonSerializer.Deserialize(date, CadreHostJson.TypeInfo<NodaTime.LocalDate>()) == new NodaTime.LocalDate(2025, 12, 15)
    && System.Text.Json.JsonSerializer.Deserialize(code, CadreHostJson.TypeInfo<RuleCode>()) == new RuleCode("QD366.HTXS");

// The schemas ship inside the package as resources.
// .ci/run starts the published program from the repository's root: every schema file there is in the package.
int schemaFiles = System.IO.Directory.GetFiles(System.IO.Path.Combine("docs", "schemas"), "*.schema.json").Length;
Console.WriteLine($"schemas: {CadreSchemas.Names.Length} of {schemaFiles}");
ok &= CadreSchemas.Names.Length == schemaFiles && CadreSchemas.Read("evaluations").Contains("\"$id\"", StringComparison.Ordinal);

if (!ok)
{
    Console.Error.WriteLine("unexpected classification or JSON round trip under native AOT");
    return 1;
}

Console.WriteLine("AOT smoke test passed: party-eval-qd366 → Excellent");
return 0;
