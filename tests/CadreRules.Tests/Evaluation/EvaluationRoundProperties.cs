using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>The evaluation round against its definition (classify each person, then each regulation's unit quota) and
/// its guarantees: order and splitting by unit do not matter, the counts add up.</summary>
public class EvaluationRoundProperties
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);

    [Property(MaxTest = 100)]
    public Property Run_AnyPeople_EqualsClassifyingEachThenAllocatingEachRegulation() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            EvaluationRoundResult result = Shipped.Run(people);
            var model = Model(ShippedRegulations.Catalog, people);
            bool people1 = result.People.Length == people.Length
                && result.People.Select((p, i) => p.Index == i
                    && p.Id == people[i].Id
                    && ReferenceEquals(p.Regulation, model[i].Regulation)
                    && p.Decision == model[i].Decision
                    && p.Final == model[i].Final
                    && Same(p.Demotion, model[i].Demotion)).All(x => x);
            bool regulations = result.Regulations.SequenceEqual(model.Select(m => m.Regulation).Distinct(ReferenceEqualityComparer.Instance).Cast<EvaluationRegulation>());
            QuotaAllocation[] expected = [.. result.Regulations.Select(r => model.FirstOrDefault(m => ReferenceEquals(m.Regulation, r) && m.Allocation is not null).Allocation).OfType<QuotaAllocation>()];
            bool allocations = result.Allocations.Length == expected.Length
                && result.Allocations.Zip(expected).All(pair => pair.First.Groups.SequenceEqual(pair.Second.Groups) && pair.First.Candidates.SequenceEqual(pair.Second.Candidates));
            return people1.Label("people").And(regulations.Label("regulations in order of first use")).And(allocations.Label("allocations in order of first use"));
        });

    [Property(MaxTest = 100)]
    public Property Run_ShuffledPeople_GivesEachPersonTheSameResult() =>
        Prop.ForAll(Arbitraries.ShuffledRoundPeople().ToArbitrary(), pair =>
        {
            EvaluationRoundResult a = Shipped.Run(pair.People);
            EvaluationRoundResult b = Shipped.Run(pair.Shuffled);
            return ById(a.People).SequenceEqual(ById(b.People))
                && a.CountsBefore.Equals(b.CountsBefore)
                && a.CountsAfter.Equals(b.CountsAfter)
                && a.MovedCount == b.MovedCount
                && a.Allocations.SelectMany(x => x.Groups).OrderBy(g => g.Rule.Code.Value, System.StringComparer.Ordinal).ThenBy(g => g.Unit, System.StringComparer.Ordinal).ThenBy(g => g.PeerGroup, System.StringComparer.Ordinal)
                    .SequenceEqual(b.Allocations.SelectMany(x => x.Groups).OrderBy(g => g.Rule.Code.Value, System.StringComparer.Ordinal).ThenBy(g => g.Unit, System.StringComparer.Ordinal).ThenBy(g => g.PeerGroup, System.StringComparer.Ordinal));
        });

    [Property(MaxTest = 50)]
    public Property Run_EachUnitSeparately_GivesEachPersonTheSameResult() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            EvaluationRoundResult whole = Shipped.Run(people);
            IEnumerable<EvaluationRoundPerson> parts = people.GroupBy(p => p.Unit).SelectMany(unit => Shipped.Run(unit).People);
            return ById(whole.People).SequenceEqual(ById(parts));
        });

    [Property(MaxTest = 100)]
    public Property Run_AnyPeople_CountsAddUpAndDifferOnlyByTheMoves() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            EvaluationRoundResult result = Shipped.Run(people);
            EvaluationOutcomeCounts before = result.CountsBefore, after = result.CountsAfter;
            int moved = result.MovedCount;
            return before.Total == people.Length
                && after.Total == people.Length
                && moved == result.Moved.Count()
                && moved == result.Allocations.Sum(a => a.Demotions.Length)
                && result.Moved.All(p => p.Qualified == EvaluationOutcome.Excellent && p.Final == EvaluationOutcome.Good && p.Codes().Contains(p.Demotion!.Code))
                && after[EvaluationOutcome.Excellent] == before[EvaluationOutcome.Excellent] - moved
                && after[EvaluationOutcome.Good] == before[EvaluationOutcome.Good] + moved
                && EvaluationOutcomeCounts.Outcomes.Skip(2).All(o => after[o] == before[o])
                && EvaluationOutcomeCounts.Outcomes.All(o => before[o] == result.People.Count(p => p.Qualified == o) && after[o] == result.People.Count(p => p.Final == o))
                && result.HasUndetermined == result.People.Any(p => p.Final == EvaluationOutcome.Undetermined);
        });

    [Property(MaxTest = 50)]
    public Property Run_Sheet_EqualsRunningItsEntries() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            var sheet = new EvaluationSheet(2025, people);
            return ById(Shipped.Run(sheet).People).SequenceEqual(ById(Shipped.Run(people).People));
        });

    /// <summary>The round's definition, written directly: the regulation in force for each person, Classify, then each
    /// regulation's AllocateQuota over its rated people in input order.</summary>
    private static List<(EvaluationRegulation Regulation, EvaluationDecision Decision, EvaluationOutcome Final, QuotaDemotion? Demotion, QuotaAllocation? Allocation)> Model(RegulationCatalog catalog, EvaluationEntry[] people)
    {
        EvaluationRegulation[] regulations = [.. people.Select(p => catalog.InForce<EvaluationRegulation>(p.SubjectKind, p.Input.EvaluatedOn))];
        EvaluationDecision[] decisions = [.. people.Select((p, i) => regulations[i].Classify(p.Input))];
        var allocations = new Dictionary<EvaluationRegulation, QuotaAllocation>(ReferenceEqualityComparer.Instance);
        foreach (EvaluationRegulation regulation in regulations.Distinct(ReferenceEqualityComparer.Instance).Cast<EvaluationRegulation>())
        {
            ImmutableArray<QuotaCandidate> candidates = [.. Enumerable.Range(0, people.Length)
                .Where(i => ReferenceEquals(regulations[i], regulation) && decisions[i].HasLevel)
                .Select(i => people[i].ToQuotaCandidate(decisions[i].Level))];
            if (regulation.Quota is not null && !candidates.IsEmpty)
            {
                allocations.Add(regulation, regulation.AllocateQuota(candidates));
            }
        }

        return [.. people.Select((p, i) =>
        {
            allocations.TryGetValue(regulations[i], out QuotaAllocation? allocation);
            EvaluationOutcome qualified = decisions[i].Kind switch
            {
                OutcomeKind.Level => (EvaluationOutcome)(int)decisions[i].Level,
                OutcomeKind.NotRated => EvaluationOutcome.NotRated,
                _ => EvaluationOutcome.Undetermined,
            };
            EvaluationOutcome final = allocation is not null && decisions[i].HasLevel ? (EvaluationOutcome)(int)allocation.FinalLevelOf(p.Id) : qualified;
            QuotaDemotion? demotion = allocation?.Demotions.SingleOrDefault(d => d.Candidate.Id == p.Id);
            return (regulations[i], decisions[i], final, demotion, allocation);
        })];
    }

    private static bool Same(QuotaDemotion? a, QuotaDemotion? b) =>
        (a is null && b is null) || (a is not null && b is not null && a.Candidate == b.Candidate && a.Rank == b.Rank && a.Group == b.Group);

    private static IEnumerable<(CadreId Id, RegulationId Regulation, EvaluationDecision Decision, EvaluationOutcome Qualified, EvaluationOutcome Final, int? Rank, RuleCode? Code, string Codes)> ById(IEnumerable<EvaluationRoundPerson> people) =>
        people.Select(p => (Id: p.Id, Regulation: p.Regulation.Id, p.Decision, p.Qualified, p.Final, p.Demotion?.Rank, p.Demotion?.Code, Codes: string.Join(",", p.Codes())))
            .OrderBy(p => p.Id.Value, System.StringComparer.Ordinal);
}
