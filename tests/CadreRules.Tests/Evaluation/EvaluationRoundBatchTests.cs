using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;
using Xunit;

namespace CadreRules.Tests.Evaluation;

/// <summary>The round's batch form: its edges, its errors and its columns.</summary>
public class EvaluationRoundBatchTests
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);
    private static readonly ImmutableArray<string> Units = ["Chi bộ 1", "Chi bộ 2"];
    private static readonly ImmutableArray<string> PeerGroups = ["đảng viên"];

    private static EvaluationBatchEntry Member(string id, decimal score, int unit = 0, LocalDate? on = null, EvaluationRole role = EvaluationRole.NonLeader, bool outstanding = false, SubjectKind kind = SubjectKind.PartyMember) =>
        new(new CadreId(id), unit, 0, kind, EvaluationTestData.Scored(score, on: on, role: role), outstanding);

    private static EvaluationBatchEntry Graded(string id, LocalDate on, SubjectKind kind = SubjectKind.PartyMember) =>
        new(new CadreId(id), 0, 0, kind, EvaluationTestData.Graded(CriterionGrade.Good, CriterionGrade.Good, on));

    [Fact]
    public void RunBatch_NoPeople_GivesEmptyColumns()
    {
        EvaluationBatchResult result = Shipped.RunBatch(Units, PeerGroups, []);

        Assert.Equal(0, result.Count);
        Assert.Empty(result.Before);
        Assert.Empty(result.After);
        Assert.Empty(result.Regulations);
        Assert.Empty(result.Decisions);
        Assert.Empty(result.Allocations);
        Assert.Equal(0, result.MovedCount);
        Assert.Equal(0, result.CountsAfter.Total);
        Assert.False(result.HasUndetermined);
        Assert.Throws<InputOutOfRangeException>(() => result.DecisionOf(0));
    }

    [Fact]
    public void RunBatch_OneUnit_KeepsOneSixthOfTheRatedAsHtxs()
    {
        // 6 HTT and 3 qualifiers in one unit: ⌊9/6⌋ = 1 kept (the highest score), 2 moved to HTT.
        EvaluationBatchEntry[] people =
        [
            .. Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)),
            Member("X-1", 95), Member("X-2", 97), Member("X-3", 96),
        ];

        EvaluationBatchResult result = Shipped.RunBatch(Units, PeerGroups, people);

        Assert.Equal([6, 8], result.MovedIndices.ToArray());
        Assert.Equal(EvaluationOutcome.Excellent, result.After[7]);
        Assert.Equal([EvaluationOutcome.Good, EvaluationOutcome.Good], result.MovedIndices.Select(i => result.After[i]));
        Assert.All(result.MovedIndices, i => Assert.Equal(EvaluationOutcome.Excellent, result.Before[i]));
        Assert.Equal([3, 2], result.Demotions.Select(d => d.Rank)); // X-1 (95) ranked third, X-3 (96) second, in input order
        Assert.Equal("X-1", result.DemotionOf(6)!.Candidate.Id.Value);
        Assert.Null(result.DemotionOf(7));
        QuotaGroupResult group = Assert.Single(Assert.Single(result.Allocations).Groups);
        Assert.Equal(("Chi bộ 1", 9, 6, 3, 1), (group.Unit, group.Members, group.RatedGood, group.Qualified, group.Kept));
        Assert.Equal("party-eval-qd366", Assert.Single(result.Regulations).Id.Value);
        Assert.All(result.RegulationIndices, r => Assert.Equal(0, r));
        Assert.Equal(2, result.Decisions.Length); // every HTT decided alike, every HTXS decided alike
        var codes = new RuleCode[EvaluationRoundPerson.MaximumCodes];
        int n = result.CopyCodes(6, codes);
        Assert.Equal(result.DemotionOf(6)!.Code, codes[n - 1]);
    }

    [Fact]
    public void RunBatch_AllUndetermined_MovesNobodyAndAllocatesNothing()
    {
        // QĐ 366: a score of 90 or more without the HTXS conditions is undetermined under the strict reading.
        EvaluationInput undetermined = EvaluationTestData.Scored(95, tasks: new TaskCounts(10, 10, 5));
        EvaluationBatchEntry[] people = [.. Enumerable.Range(0, 4).Select(i => new EvaluationBatchEntry(new CadreId("U-" + i), i % 2, 0, SubjectKind.PartyMember, undetermined))];

        EvaluationBatchResult result = Shipped.RunBatch(Units, PeerGroups, people);

        Assert.All(result.After, o => Assert.Equal(EvaluationOutcome.Undetermined, o));
        Assert.True(result.HasUndetermined);
        Assert.Equal(4, result.CountsBefore[EvaluationOutcome.Undetermined]);
        Assert.Empty(result.Allocations);
        Assert.Empty(result.MovedIndices);
        Assert.Single(result.Regulations);
        Assert.False(Assert.Single(result.Decisions).UndeterminedReason.IsEmpty);
    }

    [Fact]
    public void RunBatch_RegulationWithoutQuota_ClassifiesWithoutAllocating()
    {
        // NĐ 90 (civil servants, 2022) sets no unit quota: the people are classified and nobody is allocated.
        EvaluationBatchEntry[] people = [Graded("S-1", EvaluationTestData.Nd90Date, SubjectKind.CivilServant), Graded("S-2", EvaluationTestData.Nd90Date, SubjectKind.CivilServant)];

        EvaluationBatchResult result = Shipped.RunBatch(Units, PeerGroups, people);

        EvaluationRegulation regulation = Assert.Single(result.Regulations);
        Assert.Null(regulation.Quota);
        Assert.Empty(result.Allocations);
        Assert.Equal(result.Before.ToArray(), result.After.ToArray());
        Assert.Equal(2, result.CountsAfter.Total);
    }

    [Fact]
    public void RunBatch_BadPeople_ListsThemAllAsTheObjectFormDoes()
    {
        EvaluationBatchEntry[] people =
        [
            Member("A-1", 80),
            Member("A-1", 85),                                                                        // duplicate id
            Member("S-1", 80, on: EvaluationTestData.Nd335Date, role: EvaluationRole.Collective, kind: SubjectKind.CivilServant), // NĐ 335 agency: undetermined, not an error
            Member("OLD-1", 80, on: new LocalDate(2017, 12, 20)),                                      // before any evaluation regulation
            Graded("G-1", EvaluationTestData.Qd366Date),                                               // QĐ 366 needs a score
            Member("U-1", 80, unit: 2),                                                                // no third unit in the table
            new(new CadreId("P-1"), 0, 1, SubjectKind.PartyMember, EvaluationTestData.Scored(80)),     // no second peer group
            Member("OK-2", 95),
        ];

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.RunBatch(Units, PeerGroups, people));

        Assert.Equal(5, e.TotalErrors);
        Assert.Equal(
            [(1, "A-1", "id"), (3, "OLD-1", "evaluatedOn"), (4, "G-1", "score"), (5, "U-1", "unit"), (6, "P-1", "peerGroup")],
            e.Errors.Select(x => (x.Index, x.Id.Value, x.Field)));
        Assert.Equal("the unit is position 2 of a table of 2.", e.Errors[3].Message);
        Assert.Equal("the peer group is position 1 of a table of 1.", e.Errors[4].Message);

        // The three errors the object form can express are its own, word for word.
        EvaluationEntry[] objects = [.. people.Take(5).Select(p => new EvaluationEntry(p.Id, Units[p.Unit], PeerGroups[p.PeerGroup], p.SubjectKind, p.Input, null, p.UnitIsOutstanding))];
        EvaluationRoundException o = Assert.Throws<EvaluationRoundException>(() => Shipped.Run(objects));
        Assert.Equal(o.Errors, e.Errors.Take(3));
    }

    [Fact]
    public void RunBatch_MoreBadPeopleThanTheLimit_ListsTheFirstFiftyAndCountsTheRest()
    {
        IEnumerable<EvaluationBatchEntry> people = Enumerable.Range(0, EvaluationRound.MaximumErrors + 5)
            .Select(i => Graded("G-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), EvaluationTestData.Qd366Date))
            .Prepend(Member("OK-1", 80));

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.RunBatch(Units, PeerGroups, people));

        Assert.Equal(EvaluationRound.MaximumErrors, e.Errors.Length);
        Assert.Equal(EvaluationRound.MaximumErrors + 5, e.TotalErrors);
        Assert.Equal(Enumerable.Range(1, EvaluationRound.MaximumErrors), e.Errors.Select(x => x.Index));
    }

    [Fact]
    public void RunBatch_UnitFlaggedOutstandingForSomeMembersOnly_IsAnError()
    {
        EvaluationBatchEntry[] people = [Member("A-1", 95, outstanding: true), Member("A-2", 80), Member("B-1", 95, unit: 1)];

        EvaluationRoundException e = Assert.Throws<EvaluationRoundException>(() => Shipped.RunBatch(Units, PeerGroups, people));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((1, "A-2", "unitIsOutstanding"), (error.Index, error.Id.Value, error.Field));
    }

    [Fact]
    public void RunBatch_BadTablesOrEntries_AreRefusedAtTheDoor()
    {
        Assert.Throws<ArgumentNullException>("units", () => Shipped.RunBatch(default, PeerGroups, []));
        Assert.Throws<ArgumentNullException>("peerGroups", () => Shipped.RunBatch(Units, [null!], []));
        Assert.Throws<InvalidInputException>("units", () => Shipped.RunBatch(["Chi bộ 1", " "], PeerGroups, []));
        Assert.Throws<ArgumentNullException>("people", () => Shipped.RunBatch(Units, PeerGroups, null!));
        Assert.Throws<InvalidInputException>("people", () => Shipped.RunBatch(Units, PeerGroups, [Member("A-1", 80), default]));
        Assert.Throws<InvalidInputException>("id", () => new EvaluationBatchEntry(default, 0, 0, SubjectKind.PartyMember, EvaluationTestData.Scored(80)));
        Assert.Throws<InputOutOfRangeException>("unit", () => new EvaluationBatchEntry(new CadreId("A"), -1, 0, SubjectKind.PartyMember, EvaluationTestData.Scored(80)));
        Assert.Throws<InputOutOfRangeException>("peerGroup", () => new EvaluationBatchEntry(new CadreId("A"), 0, -1, SubjectKind.PartyMember, EvaluationTestData.Scored(80)));
        Assert.Throws<ArgumentNullException>("input", () => new EvaluationBatchEntry(new CadreId("A"), 0, 0, SubjectKind.PartyMember, null!));
    }

    [Fact]
    public void RunBatch_ManyPeople_AllocatesAFewIntegersPerPersonBeyondTheirCandidates()
    {
        // 20,000 people in 200 units, inputs made beforehand: what the round itself allocates per person (columns,
        // quota candidates and the allocation's own arrays), far below the object form's record per person.
        EvaluationInput[] inputs = [EvaluationTestData.Scored(80), EvaluationTestData.Scored(95)];
        string[] units = [.. Enumerable.Range(0, 200).Select(u => "Chi bộ " + u.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        EvaluationBatchEntry[] people = [.. Enumerable.Range(0, 20_000).Select(i => new EvaluationBatchEntry(
            new CadreId("P-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), i % 200, 0, SubjectKind.PartyMember, inputs[i % 4 == 0 ? 1 : 0]))];
        ImmutableArray<string> unitTable = [.. units];
        EvaluationEntry[] objects = [.. people.Select(p => new EvaluationEntry(p.Id, units[p.Unit], PeerGroups[0], p.SubjectKind, p.Input))];
        Shipped.RunBatch(unitTable, PeerGroups, people); // warm-up
        Shipped.Run(objects);

        long start = GC.GetAllocatedBytesForCurrentThread();
        EvaluationBatchResult batch = Shipped.RunBatch(unitTable, PeerGroups, people);
        long batchBytes = GC.GetAllocatedBytesForCurrentThread() - start;
        start = GC.GetAllocatedBytesForCurrentThread();
        EvaluationRoundResult result = Shipped.Run(objects);
        long objectBytes = GC.GetAllocatedBytesForCurrentThread() - start;

        Assert.Equal(result.MovedCount, batch.MovedCount);
        Assert.Equal(50 * 84, batch.MovedCount); // the 50 units u ≡ 0 (mod 4) hold only qualifiers: ⌊100/6⌋ = 16 kept, 84 moved
        Assert.True(batchBytes / people.Length <= 350 && batchBytes * 3 < objectBytes * 2, $"batch {batchBytes / people.Length} bytes a person, objects {objectBytes / people.Length}");
    }
}
