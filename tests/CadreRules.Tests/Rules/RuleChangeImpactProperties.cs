using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Impact;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Rules;

/// <summary>The rule-change impact: a population against itself is unchanged, comparing the other way round is the
/// reverse, the aggregates count the changes, and raising the HTXS threshold of QĐ 366 moves people one way only.</summary>
public class RuleChangeImpactProperties
{
    private static readonly RuleCode[] Codes = [new("A.One"), new("A.Two"), new("B.One"), new("C.Three")];

    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);

    // QĐ 366 with htxs.minScore raised to 91, 92, … 100 (built once).
    private static readonly EvaluationRound[] RaisedThreshold = [.. Enumerable.Range(91, 10).Select(t => new EvaluationRound(
        ShippedRegulations.Catalog.WithVariant(Arbitraries.Qd366Variant(("htxs.minScore", ParameterValue.FromInteger(t))))))];

    [Property(MaxTest = 200)]
    public Property Compare_AnySubjectsWithThemselves_IsEmpty() =>
        Prop.ForAll(SidesGen().ToArbitrary(), sides => IsEmptyImpact(RuleChangeImpact<EvaluationOutcome>.Compare(sides.Before, sides.Before), sides.Before.Length));

    [Property(MaxTest = 50)]
    public Property Compare_RoundResultWithItself_IsEmpty() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            EvaluationRoundResult result = Shipped.Run(people);
            return IsEmptyImpact(EvaluationImpact.Compare(result, result), people.Length)
                && IsEmptyImpact(EvaluationImpact.Compare(people, Shipped, new EvaluationRound(ShippedRegulations.Catalog)), people.Length);
        });

    [Property(MaxTest = 200)]
    public Property Compare_OtherWayRound_IsTheReverse() =>
        Prop.ForAll(SidesGen().ToArbitrary(), sides =>
        {
            RuleChangeImpact<EvaluationOutcome> forward = RuleChangeImpact<EvaluationOutcome>.Compare(sides.Before, sides.After);
            RuleChangeImpact<EvaluationOutcome> backward = RuleChangeImpact<EvaluationOutcome>.Compare(sides.After, sides.Before);
            return Describe(backward) == Describe(forward.Reverse()) && Describe(forward.Reverse().Reverse()) == Describe(forward);
        });

    [Property(MaxTest = 50)]
    public Property Compare_RoundsOtherWayRound_IsTheReverse() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), Arbitraries.Qd366VariantCatalogs().ToArbitrary(), (people, catalog) =>
        {
            EvaluationRoundResult a = Shipped.Run(people);
            EvaluationRoundResult b = new EvaluationRound(catalog).Run(people);
            return Describe(EvaluationImpact.Compare(b, a)) == Describe(EvaluationImpact.Compare(a, b).Reverse());
        });

    [Property(MaxTest = 200)]
    public Property Compare_AnySides_AggregatesCountTheSubjectsAndChanges() =>
        Prop.ForAll(SidesGen().ToArbitrary(), sides =>
        {
            (ImpactSubject<EvaluationOutcome>[] before, ImpactSubject<EvaluationOutcome>[] after) = sides;
            RuleChangeImpact<EvaluationOutcome> impact = RuleChangeImpact<EvaluationOutcome>.Compare(before, after);
            int[] changed = [.. Enumerable.Range(0, before.Length).Where(i => before[i].Outcome != after[i].Outcome
                || before[i].Regulation != after[i].Regulation || !before[i].Codes.ToHashSet().SetEquals(after[i].Codes))];
            return impact.Total == before.Length
                && impact.Changes.Select(c => c.Index).SequenceEqual(changed)
                && impact.Changes.All(c => c.Id == before[c.Index].Id && c.Before == before[c.Index].Outcome && c.After == after[c.Index].Outcome
                    && c.Removed.SequenceEqual(before[c.Index].Codes.Except(after[c.Index].Codes))
                    && c.Added.SequenceEqual(after[c.Index].Codes.Except(before[c.Index].Codes)))
                && impact.OutcomesChanged == Enumerable.Range(0, before.Length).Count(i => before[i].Outcome != after[i].Outcome)
                && impact.Transitions.Sum(t => t.Count) == before.Length
                && impact.Transitions.Where(t => t.Before != t.After).Sum(t => t.Count) == impact.OutcomesChanged
                && impact.Transitions.All(t => t.Count == Enumerable.Range(0, before.Length).Count(i => before[i].Outcome == t.Before && after[i].Outcome == t.After))
                && impact.Transitions.Select(t => (t.Before, t.After)).SequenceEqual(impact.Transitions.Select(t => (t.Before, t.After)).Order())
                && impact.Groups.Sum(g => g.Subjects) == before.Length
                && impact.Groups.Sum(g => g.Changed) == impact.Changes.Length
                && impact.Groups.Sum(g => g.OutcomesChanged) == impact.OutcomesChanged
                && impact.Groups.Select(g => g.Group).SequenceEqual(before.Select(s => s.Group).Distinct().Order(System.StringComparer.Ordinal))
                && impact.RuleCodes.All(c => c.Before == before.Count(s => s.Codes.Contains(c.Code)) && c.After == after.Count(s => s.Codes.Contains(c.Code)))
                && impact.RuleCodes.Select(c => c.Code).ToHashSet().SetEquals(before.Concat(after).SelectMany(s => s.Codes));
        });

    [Property(MaxTest = 100)]
    public Property Compare_HigherHtxsThreshold_NeverRaisesAQualifiedLevel() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), Gen.Choose(91, 100).ToArbitrary(), (people, threshold) =>
        {
            EvaluationRoundResult before = Shipped.Run(people);
            EvaluationRoundResult after = RaisedThreshold[threshold - 91].Run(people);
            RuleChangeImpact<EvaluationOutcome> impact = EvaluationImpact.Compare(before, after);
            return before.People.Zip(after.People).All(pair =>
            {
                (EvaluationRoundPerson b, EvaluationRoundPerson a) = pair;
                bool untouched = b.Regulation.Regime != EvaluationRegime.Qd366 || b.Score is not { } score || score < 90 || score >= threshold;
                return (a.Qualified != EvaluationOutcome.Excellent || b.Qualified == EvaluationOutcome.Excellent)
                    && (!a.Decision.HasLevel || !b.Decision.HasLevel || a.Decision.Level >= b.Decision.Level)
                    && (!untouched || a.Decision.Ladder == b.Decision.Ladder)
                    && (a.Qualified == b.Qualified || b.Qualified == EvaluationOutcome.Excellent || (b.Qualified == EvaluationOutcome.Undetermined && a.Qualified == EvaluationOutcome.Good));
            })
                && impact.Changes.Where(c => c.OutcomeChanged).All(c => c.After > c.Before
                    || (c.Before == EvaluationOutcome.Good && c.After == EvaluationOutcome.Excellent && before.People[c.Index].MovedByQuota)
                    || (c.Before == EvaluationOutcome.Undetermined && c.After == EvaluationOutcome.Good))
                && after.CountsBefore[EvaluationOutcome.Excellent] <= before.CountsBefore[EvaluationOutcome.Excellent];
        });

    private static bool IsEmptyImpact(RuleChangeImpact<EvaluationOutcome> impact, int total) =>
        impact.IsEmpty
        && impact.Total == total
        && impact.OutcomesChanged == 0
        && impact.Transitions.All(t => t.Before == t.After)
        && impact.Transitions.Sum(t => t.Count) == total
        && impact.Groups.All(g => g.Changed == 0 && g.OutcomesChanged == 0)
        && impact.Groups.Sum(g => g.Subjects) == total
        && impact.RuleCodes.All(c => c.Before == c.After);

    private static string Describe(RuleChangeImpact<EvaluationOutcome> impact) => string.Join(
        "\n",
        [
            string.Create(CultureInfo.InvariantCulture, $"{impact.Total} {impact.OutcomesChanged} {impact.IsEmpty}"),
            .. impact.Changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Index} {c.Id} {c.Name} {c.Group} {c.Before}>{c.After} {c.BeforeRegulation}>{c.AfterRegulation} -{string.Join(",", c.Removed)} +{string.Join(",", c.Added)} {c.OutcomeChanged}")),
            .. impact.Transitions.Select(t => t.ToString()),
            .. impact.Groups.Select(g => g.ToString()),
            .. impact.RuleCodes.Select(c => c.ToString()),
        ]);

    /// <summary>Two sides of one population: each subject's group and name are the same on both sides; the outcome,
    /// codes and regulation after are often those before.</summary>
    private static Gen<(ImpactSubject<EvaluationOutcome>[] Before, ImpactSubject<EvaluationOutcome>[] After)> SidesGen()
    {
        Gen<ImmutableArray<RuleCode>> codes = Gen.SubListOf(Codes).Select(c => c.ToImmutableArray());
        Gen<EvaluationOutcome> outcome = Gen.Elements(EvaluationOutcomeCounts.Outcomes.ToArray());
        Gen<RegulationId> regulation = Gen.Elements(new RegulationId("reg-a"), new RegulationId("reg-b"));
        Gen<(ImpactSubject<EvaluationOutcome>, ImpactSubject<EvaluationOutcome>)> pair =
            from unit in Gen.Elements("U1", "U2", "U3")
            from name in Gen.Elements<string?>("An", "Bình", null)
            from same in Gen.Elements(true, false, false)
            from o1 in outcome
            from o2 in outcome
            from c1 in codes
            from c2 in codes
            from r1 in regulation
            from r2 in regulation
            select (new ImpactSubject<EvaluationOutcome>(default, name, unit, o1, c1, r1),
                same ? new ImpactSubject<EvaluationOutcome>(default, name, unit, o1, c1, r1) : new ImpactSubject<EvaluationOutcome>(default, name, unit, o2, c2, r2));
        return
            from count in Gen.Choose(0, 30)
            from pairs in Gen.ArrayOf(pair, count)
            let before = pairs.Select((p, i) => WithId(p.Item1, i)).ToArray()
            let after = pairs.Select((p, i) => WithId(p.Item2, i)).ToArray()
            select (before, after);

        static ImpactSubject<EvaluationOutcome> WithId(ImpactSubject<EvaluationOutcome> s, int i) =>
            new(new CadreId("S" + i.ToString("D2", CultureInfo.InvariantCulture)), s.Name, s.Group, s.Outcome, s.Codes, s.Regulation);
    }
}
