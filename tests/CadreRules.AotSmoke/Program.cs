// A native AOT smoke test: the library's answer must be the same compiled ahead of time as under the JIT.
using System;
using CadreRules;
using CadreRules.People;
using CadreRules.Retirement;
using CadreRules.Rules;
using CadreRules.Serialization;

RetirementSchedule schedule = RetirementSchedule.For(Sex.Male, BirthDate.OfMonth(1961, 1));
string text = schedule.Explain().Render(Language.Vietnamese);
Console.WriteLine(text);
const string Expected = "Tuổi nghỉ hưu 60 năm 3 tháng, đủ tuổi trong tháng 04/2021, nghỉ hưu từ hết ngày 30/04/2021";
if (text != Expected)
{
    Console.Error.WriteLine("unexpected output; expected: " + Expected);
    return 1;
}

// The source-generated JSON context under AOT: read an evaluation document and classify it.
EvaluationSheet sheet = CadreDocuments.ReadEvaluations("""
    { "schemaVersion": 1, "year": 2025, "subjectKind": "partyMember", "evaluatedOn": "2025-12-20",
      "people": [ { "id": "p1", "unit": "U", "peerGroup": "G", "role": "nonLeader",
                    "tasks": { "total": 10, "completed": 10, "onTimeAndQuality": 10, "exceeded": 3 }, "score": { "general": 30, "results": 60 } } ] }
    """);
var regulation = ShippedRegulations.Catalog.InForce<CadreRules.Evaluation.EvaluationRegulation>(SubjectKind.PartyMember, sheet.Entries[0].Input.EvaluatedOn);
EvaluationLevel level = regulation.Classify(sheet.Entries[0].Input).Level;
Console.WriteLine(regulation.Id + ": " + level);
if (level != EvaluationLevel.Excellent || CadreDocuments.ReadEvaluations(CadreDocuments.WriteEvaluations(sheet)).Entries.Length != 1)
{
    Console.Error.WriteLine("unexpected evaluation document result");
    return 1;
}

return 0;
