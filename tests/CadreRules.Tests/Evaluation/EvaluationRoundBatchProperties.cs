using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>The round's batch form against its object form: on the same people, the same regulations, decisions,
/// outcomes before and after the quota, moves, codes and allocations.</summary>
public class EvaluationRoundBatchProperties
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);

    [Property(MaxTest = 100)]
    public Property RunBatch_AnyPeople_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people => Same(Shipped, people, shuffleTables: false));

    [Property(MaxTest = 50)]
    public Property RunBatch_TablesInAnyOrderWithRepeatedNames_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people => Same(Shipped, people, shuffleTables: true));

    [Property(MaxTest = 30)]
    public Property RunBatch_UnderAProvincesVariant_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.Qd366VariantCatalogs().ToArbitrary(), Arbitraries.RoundPeople().ToArbitrary(), (catalog, people) =>
            Same(new EvaluationRound(catalog), people, shuffleTables: false));

    [Property(MaxTest = 30)]
    public Property RunBatch_OneRegulationByIdWithFixedDenominator_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople(withEarlierRegime: false).ToArbitrary(), people =>
            Same(new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.ById("party-eval-qd366"), new QuotaPolicy(QuotaDenominator.RatedGoodBeforeAllocation, QuotaRounding.HalfAwayFromZero, QuotaOrdering.ScoreThenId)), people, shuffleTables: false));

    /// <summary>The people as batch entries: tables of the distinct names (or, shuffled, with each name twice), and
    /// each entry pointing at its names.</summary>
    internal static (ImmutableArray<string> Units, ImmutableArray<string> PeerGroups, EvaluationBatchEntry[] Entries) ToBatch(EvaluationEntry[] people, bool shuffleTables)
    {
        string[] units = [.. people.Select(p => p.Unit).Distinct(StringComparer.Ordinal)];
        string[] peerGroups = [.. people.Select(p => p.PeerGroup).Distinct(StringComparer.Ordinal)];
        if (shuffleTables)
        {
            // Each name twice (the second a distinct string object), in reverse order: grouping goes by the name.
            units = [.. units.Reverse().SelectMany(u => new[] { u, new string(u.AsSpan()) })];
            peerGroups = [.. peerGroups.Reverse().SelectMany(g => new[] { new string(g.AsSpan()), g })];
        }

        EvaluationBatchEntry[] entries = [.. people.Select((p, i) => new EvaluationBatchEntry(
            p.Id,
            IndexOf(units, p.Unit, shuffleTables && i % 2 == 1),
            IndexOf(peerGroups, p.PeerGroup, shuffleTables && i % 3 == 1),
            p.SubjectKind,
            p.Input,
            p.UnitIsOutstanding))];
        return ([.. units], [.. peerGroups], entries);
    }

    private static int IndexOf(string[] names, string name, bool last) =>
        last ? Array.LastIndexOf(names, name) : Array.IndexOf(names, name);

    private static Property Same(EvaluationRound round, EvaluationEntry[] people, bool shuffleTables)
    {
        EvaluationRoundResult objects = round.Run(people);
        (ImmutableArray<string> units, ImmutableArray<string> peerGroups, EvaluationBatchEntry[] entries) = ToBatch(people, shuffleTables);
        EvaluationBatchResult batch = round.RunBatch(units, peerGroups, entries);

        bool perPerson = batch.Count == people.Length && objects.People.All(p =>
        {
            var codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
            int n = batch.CopyCodes(p.Index, codes);
            return ReferenceEquals(batch.RegulationOf(p.Index), p.Regulation)
                && batch.DecisionOf(p.Index) == p.Decision
                && batch.Before[p.Index] == p.Qualified
                && batch.After[p.Index] == p.Final
                && Equals(batch.DemotionOf(p.Index), p.Demotion)
                && codes.AsSpan(0, n).SequenceEqual(p.Codes().AsSpan());
        });
        bool regulations = batch.Regulations.Length == objects.Regulations.Length
            && batch.Regulations.Zip(objects.Regulations).All(pair => ReferenceEquals(pair.First, pair.Second));
        bool decisions = batch.Decisions.Distinct().Count() == batch.Decisions.Length;
        bool moves = batch.MovedIndices.SequenceEqual(objects.People.Where(p => p.MovedByQuota).Select(p => p.Index))
            && batch.Demotions.SequenceEqual(objects.Moved.Select(p => p.Demotion!));
        bool allocations = batch.Allocations.Length == objects.Allocations.Length
            && batch.Allocations.Zip(objects.Allocations).All(pair =>
                ReferenceEquals(pair.First.Regime, pair.Second.Regime)
                && pair.First.Policy == pair.Second.Policy
                && pair.First.Candidates.SequenceEqual(pair.Second.Candidates)
                && pair.First.FinalLevels.SequenceEqual(pair.Second.FinalLevels)
                && pair.First.Groups.SequenceEqual(pair.Second.Groups)
                && pair.First.Demotions.SequenceEqual(pair.Second.Demotions));
        bool counts = batch.CountsBefore.Equals(objects.CountsBefore) && batch.CountsAfter.Equals(objects.CountsAfter)
            && batch.MovedCount == objects.MovedCount && batch.HasUndetermined == objects.HasUndetermined;
        return perPerson.Label("each person")
            .And(regulations.Label("regulations in order of first use"))
            .And(decisions.Label("each decision stored once"))
            .And(moves.Label("moves"))
            .And(allocations.Label("allocations"))
            .And(counts.Label("counts"));
    }
}
