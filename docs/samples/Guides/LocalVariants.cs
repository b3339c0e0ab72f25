using System;
using System.Collections.Generic;
using System.Linq;
using CadreRules;
using CadreRules.People;
using CadreRules.Planning;
using CadreRules.Rules;
using NodaTime;

namespace Guides;

internal static class LocalVariants
{
    public static void Run()
    {
        #region variant
        // A province allows at most 2 planned candidates per seat from 2026, over QĐ 377-QĐ/TW.
        var variant = new LocalVariant(
            id: "planning-qd377-province-x",
            baseId: "planning-qd377",
            title: new LocalizedText("Quy hoạch theo QĐ 377, áp dụng tại tỉnh X", "Planning under QĐ 377 as applied in province X"),
            citation: new LegalDocument("QĐ 12-QĐ/TU", "Tỉnh ủy X", new LocalDate(2025, 12, 20)).Article(3, 1),
            period: EffectivePeriod.From(new LocalDate(2026, 1, 1)),
            overrides: new Dictionary<string, ParameterValue> { ["candidates.maximumPerTitle"] = ParameterValue.FromInteger(2) });

        RegulationCatalog provincial = ShippedRegulations.Catalog.WithVariant(variant);
        var before = provincial.InForce<PlanningRegulation>(SubjectKind.Cadre, new LocalDate(2025, 12, 31));
        var after = provincial.InForce<PlanningRegulation>(SubjectKind.Cadre, new LocalDate(2026, 1, 1));
        Console.WriteLine($"{before.Id}: {before.Parameters["candidates.maximumPerTitle"]}");   // planning-qd377: 3
        Console.WriteLine($"{after.Id}: {after.Parameters["candidates.maximumPerTitle"]}");     // planning-qd377-province-x: 2
        #endregion

        #region rules
        // The province also requires HTT or better in each of the two years before the list's, and drops the
        // political-standard rule (its own vetting replaces it). The requirement is plain C# over the family's public facts.
        Rule<PlanningCandidateFacts> twoGoodYears = Rule.Create<PlanningCandidateFacts>(
            new RuleDescriptor(
                "X.Planning.TwoGoodYears",
                new LocalizedText("Hoàn thành tốt nhiệm vụ trở lên trong hai năm liền trước", "Rated HTT or better in each of the two previous years"),
                new LegalDocument("QĐ 12-QĐ/TU", "Tỉnh ủy X", new LocalDate(2025, 12, 20)).Article(4)),
            f => f.LowestLevelIn(f.AsOf.Year - 1) <= EvaluationLevel.Good && f.LowestLevelIn(f.AsOf.Year - 2) <= EvaluationLevel.Good);

        LocalVariant withRules = variant with
        {
            RuleChanges =
            [
                RuleChange.Add(PlanningRegulation.CandidateRequirement, twoGoodYears),
                RuleChange.Remove(PlanningRegulations.Qd377.Code("PoliticalStandard")),
            ],
        };
        var local = ShippedRegulations.Catalog.WithVariant(withRules).InForce<PlanningRegulation>(SubjectKind.Cadre, new LocalDate(2026, 3, 1));
        Console.WriteLine(string.Join(", ", local.RuleChanges.Select(c => $"{c.Kind} {c.Descriptor?.Code.Value ?? c.Target}")));
        // Add X.Planning.TwoGoodYears, Remove QD377.Planning.PoliticalStandard
        #endregion
    }
}
