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

/// <summary>The round over rows against the object form: on the same people, the same regulations, decisions, outcomes
/// before and after the quota, moves (with candidate, rank and group), codes and group summaries; independent of the
/// order of the rows and of splitting them by unit; a spoiled row refused with its row and field.</summary>
public class EvaluationRoundRowsProperties
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);

    [Property(MaxTest = 100)]
    public Property RunRows_AnyPeople_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people => Same(Shipped, people));

    [Property(MaxTest = 30)]
    public Property RunRows_UnderAProvincesVariant_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.Qd366VariantCatalogs().ToArbitrary(), Arbitraries.RoundPeople().ToArbitrary(), (catalog, people) =>
            Same(new EvaluationRound(catalog), people));

    [Property(MaxTest = 30)]
    public Property RunRows_FixedDenominatorRoundingHalfUp_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople(withEarlierRegime: false).ToArbitrary(), people =>
            Same(new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.ById("party-eval-qd366"), new QuotaPolicy(QuotaDenominator.RatedGoodBeforeAllocation, QuotaRounding.HalfAwayFromZero, QuotaOrdering.ScoreThenId)), people));

    [Property(MaxTest = 30)]
    public Property RunRows_RankedByIdentifierOnly_EqualsTheObjectForm() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
            Same(new EvaluationRound(ShippedRegulations.Catalog, RegulationSelector.InForce, QuotaPolicy.Default.WithOrdering(QuotaOrdering.IdOnly)), people));

    [Property(MaxTest = 50)]
    public Property RunRows_RowsInAnyOrder_GiveEachPersonTheSameResult() =>
        Prop.ForAll(Arbitraries.ShuffledRoundPeople().ToArbitrary(), pair =>
        {
            (string[] units, string[] peerGroups) = EntryRows.Tables(pair.People);
            EvaluationRowsResult a = Shipped.RunRows([.. units], [.. peerGroups], new EntryRows(pair.People, units, peerGroups));
            EvaluationRowsResult b = Shipped.RunRows([.. units], [.. peerGroups], new EntryRows(pair.Shuffled, units, peerGroups));
            Dictionary<string, int> rowOf = pair.Shuffled.Select((p, i) => (p.Id.Value, i)).ToDictionary(x => x.Value, x => x.i);
            bool perPerson = pair.People.Select((p, i) => (i, j: rowOf[p.Id.Value])).All(x =>
                a.Before[x.i] == b.Before[x.j] && a.After[x.i] == b.After[x.j] && a.DecisionOf(x.i) == b.DecisionOf(x.j)
                && ReferenceEquals(a.RegulationOf(x.i), b.RegulationOf(x.j)) && Equals(a.DemotionOf(x.i), b.DemotionOf(x.j)));
            bool groups = GroupsByRegulation(a).SetEquals(GroupsByRegulation(b));
            return perPerson.Label("each person").And(groups.Label("groups")).And(a.CountsAfter.Equals(b.CountsAfter).Label("counts"));
        });

    [Property(MaxTest = 50)]
    public Property RunRows_SplitByUnit_GivesEachPersonTheSameResult() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            (string[] units, string[] peerGroups) = EntryRows.Tables(people);
            EvaluationRowsResult whole = Shipped.RunRows([.. units], [.. peerGroups], new EntryRows(people, units, peerGroups));
            bool same = true;
            var groups = new HashSet<(string, QuotaGroupResult)>();
            foreach (string unit in units)
            {
                int[] rows = [.. Enumerable.Range(0, people.Length).Where(i => people[i].Unit == unit)];
                EvaluationEntry[] part = [.. rows.Select(i => people[i])];
                EvaluationRowsResult result = Shipped.RunRows([.. units], [.. peerGroups], new EntryRows(part, units, peerGroups));
                same &= rows.Select((i, k) => (i, k)).All(x => whole.After[x.i] == result.After[x.k] && whole.Before[x.i] == result.Before[x.k]
                    && Equals(whole.DemotionOf(x.i), result.DemotionOf(x.k)));
                groups.UnionWith(GroupsByRegulation(result));
            }

            return same.Label("each person").And(groups.SetEquals(GroupsByRegulation(whole)).Label("groups"));
        });

    [Property(MaxTest = 100)]
    public Property RunRows_OneSpoiledRow_IsRefusedWithItsRowAndField() =>
        Prop.ForAll(
            Arbitraries.RoundPeople().Where(p => p.Length > 0).ToArbitrary(),
            Gen.Choose(0, 1000).ToArbitrary(),
            Gen.Elements(Enum.GetValues<RowFault>()).ToArbitrary(),
            (people, pick, fault) =>
            {
                int row = pick % people.Length;
                (string[] units, string[] peerGroups) = EntryRows.Tables(people);
                var e = Assert.Throws<EvaluationRoundException>(() => Shipped.RunRows([.. units], [.. peerGroups], new SpoiledRows(people, units, peerGroups, row, fault)));
                EvaluationRoundError error = Assert.Single(e.Errors);
                return (error.Index == row).Label($"row {error.Index}, not {row}")
                    .And((error.Field == SpoiledRows.FieldOf(fault)).Label($"field {error.Field}, not {SpoiledRows.FieldOf(fault)}"))
                    .And((error.Id == people[row].Id).Label("identifier"))
                    .And((e.TotalErrors == 1).Label("one error"));
            });

    private static HashSet<(string, QuotaGroupResult)> GroupsByRegulation(EvaluationRowsResult result) =>
        [.. result.Groups.Select((g, k) => (result.Regulations[result.GroupRegulations[k]].Id.Value, g))];

    [Property(MaxTest = 50)]
    public Property BothColumnForms_ReadAsColumnsResults_Agree() =>
        Prop.ForAll(Arbitraries.RoundPeople().ToArbitrary(), people =>
        {
            (ImmutableArray<string> batchUnits, ImmutableArray<string> batchPeerGroups, EvaluationBatchEntry[] entries) =
                EvaluationRoundBatchProperties.ToBatch(people, shuffleTables: false);
            (string[] units, string[] peerGroups) = EntryRows.Tables(people);
            EvaluationColumnsResult batch = Shipped.RunBatch(batchUnits, batchPeerGroups, entries);
            EvaluationColumnsResult rows = Shipped.RunRows([.. units], [.. peerGroups], new EntryRows(people, units, peerGroups));
            return (batch.Count == rows.Count
                    && Enumerable.Range(0, batch.Count).All(i => Describe(batch, i) == Describe(rows, i))
                    && batch.CountsBefore.Equals(rows.CountsBefore) && batch.CountsAfter.Equals(rows.CountsAfter)
                    && batch.MovedCount == rows.MovedCount && batch.HasUndetermined == rows.HasUndetermined)
                .Label("the same person by person through the common type");
        });

    // What a report written once over either column form reads of a person.
    private static string Describe(EvaluationColumnsResult result, int index)
    {
        var codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
        int n = result.CopyCodes(index, codes);
        QuotaDemotion? demotion = result.DemotionOf(index);
        return string.Join('|', result.RegulationOf(index).Id, result.DecisionOf(index), result.Before[index], result.After[index],
            demotion is null ? "-" : $"{demotion.Candidate.Id}#{demotion.Rank}@{demotion.Group.Unit}", string.Join(',', codes.AsSpan(0, n).ToArray()));
    }

    private static Property Same(EvaluationRound round, EvaluationEntry[] people)
    {
        EvaluationRoundResult objects = round.Run(people);
        (string[] units, string[] peerGroups) = EntryRows.Tables(people);
        var source = new EntryRows(people, units, peerGroups);
        EvaluationRowsResult rows = round.RunRows([.. units], [.. peerGroups], source);

        bool perPerson = rows.Count == people.Length && objects.People.All(p =>
        {
            var codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
            int n = rows.CopyCodes(p.Index, codes);
            return ReferenceEquals(rows.RegulationOf(p.Index), p.Regulation)
                && rows.DecisionOf(p.Index) == p.Decision
                && rows.Before[p.Index] == p.Qualified
                && rows.After[p.Index] == p.Final
                && Equals(rows.DemotionOf(p.Index), p.Demotion)
                && (rows.MoveOf(p.Index) >= 0) == p.MovedByQuota
                && codes.AsSpan(0, n).SequenceEqual(p.Codes().AsSpan());
        });
        bool explained = people.Length == 0 || rows.Explain(people.Length / 2).Outcome == rows.DecisionOf(people.Length / 2);
        bool regulations = rows.Regulations.SequenceEqual(objects.Regulations);
        bool decisions = rows.Decisions.Distinct().Count() == rows.Decisions.Length;
        bool moves = rows.MovedRows.SequenceEqual(objects.People.Where(p => p.MovedByQuota).Select(p => p.Index))
            && rows.MovedRows.Select((row, k) => rows.MovedRanks[k] == objects.People[row].Demotion!.Rank
                && rows.Groups[rows.MovedGroups[k]] == objects.People[row].Demotion!.Group).All(x => x);
        ImmutableArray<QuotaGroupResult> expectedGroups = [.. objects.Allocations.SelectMany(a => a.Groups)];
        bool groups = rows.Groups.SequenceEqual(expectedGroups)
            && rows.GroupRegulations.Select(r => (object?)rows.Regulations[r].Quota).SequenceEqual(
                objects.Allocations.SelectMany(a => a.Groups.Select(_ => (object?)a.Regime)), ReferenceEqualityComparer.Instance);
        bool counts = rows.CountsBefore.Equals(objects.CountsBefore) && rows.CountsAfter.Equals(objects.CountsAfter)
            && rows.MovedCount == objects.MovedCount && rows.HasUndetermined == objects.HasUndetermined;
        return perPerson.Label("each person")
            .And(explained.Label("explanation on demand"))
            .And(regulations.Label("regulations in order of first use"))
            .And(decisions.Label("each decision stored once"))
            .And(moves.Label("moves, ranks, groups"))
            .And(groups.Label("group summaries in the allocations' order"))
            .And(counts.Label("counts"));
    }
}
