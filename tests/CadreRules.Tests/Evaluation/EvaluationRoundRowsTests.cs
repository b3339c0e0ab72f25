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

/// <summary>The round over rows: its edges, what it reads from the source, its errors and its memory.</summary>
public class EvaluationRoundRowsTests
{
    private static readonly EvaluationRound Shipped = new(ShippedRegulations.Catalog);
    private static readonly string[] Units = ["Chi bộ 1", "Chi bộ 2"];
    private static readonly string[] PeerGroups = ["đảng viên"];

    private static EvaluationEntry Member(string id, decimal score, int unit = 0, bool outstanding = false) =>
        new(new CadreId(id), Units[unit], PeerGroups[0], SubjectKind.PartyMember, EvaluationTestData.Scored(score), unitIsOutstanding: outstanding);

    private static EvaluationRowsResult Run(EvaluationEntry[] people, out EntryRows rows)
    {
        rows = new EntryRows(people, Units, PeerGroups);
        return Shipped.RunRows([.. Units], [.. PeerGroups], rows);
    }

    [Fact]
    public void RunRows_NoRows_GivesEmptyColumns()
    {
        EvaluationRowsResult result = Run([], out _);

        Assert.Equal(0, result.Count);
        Assert.Empty(result.Before);
        Assert.Empty(result.Groups);
        Assert.Empty(result.Regulations);
        Assert.Equal(0, result.MovedCount);
        Assert.Throws<InputOutOfRangeException>(() => result.DecisionOf(0));
    }

    [Fact]
    public void RunRows_OneUnit_KeepsOneSixthAndReadsNoIdentifierWhenScoresDiffer()
    {
        // 6 HTT and 3 qualifiers in one unit: ⌊9/6⌋ = 1 kept (the highest score, 97), 2 moved to HTT.
        EvaluationEntry[] people = [.. Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)), Member("X-1", 95), Member("X-2", 97), Member("X-3", 96)];

        EvaluationRowsResult result = Run(people, out EntryRows rows);

        Assert.Equal([6, 8], result.MovedRows.ToArray());
        Assert.Equal([3, 2], result.MovedRanks.ToArray());
        Assert.Equal(EvaluationOutcome.Excellent, result.After[7]);
        Assert.Equal(0, rows.IdReads); // no tie: no identifier read
        Assert.Equal(people.Length + 3, rows.Reads); // every row once, then the three qualifiers' scores for the ranking
        QuotaGroupResult group = Assert.Single(result.Groups);
        Assert.Equal(("Chi bộ 1", 9, 6, 3, 1), (group.Unit, group.Members, group.RatedGood, group.Qualified, group.Kept));
        QuotaDemotion demotion = result.DemotionOf(6)!;
        Assert.Equal(("X-1", 95m, 3), (demotion.Candidate.Id.Value, demotion.Candidate.Score, demotion.Rank));
        Assert.Equal(1, rows.IdReads);
        Assert.Equal(result.DecisionOf(7), result.Explain(7).Outcome);
    }

    [Fact]
    public void RunRows_TieAtTheLastPlaceKept_IsBrokenByIdentifierIgnoringCase()
    {
        // 6 HTT and 3 qualifiers at 95: one kept, the first identifier in ordinal order ignoring case ("a-2").
        EvaluationEntry[] people = [.. Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)), Member("b-1", 95), Member("A-2", 95), Member("c-3", 95)];

        EvaluationRowsResult result = Run(people, out EntryRows rows);

        Assert.Equal([6, 8], result.MovedRows.ToArray());
        Assert.Equal(EvaluationOutcome.Excellent, result.After[7]);
        Assert.Equal(3, rows.IdReads);
    }

    [Fact]
    public void RunRows_EqualIdentifiersRankedAgainstEachOther_AreAnError()
    {
        EvaluationEntry[] people = [.. Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)), Member("X-1", 95), Member("x-1 ", 95), Member("X-3", 90)];

        var e = Assert.Throws<EvaluationRoundException>(() => Run(people, out _));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((7, "id"), (error.Index, error.Field));
        Assert.Contains("row 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunRows_EqualIdentifiersNeverRanked_AreNotChecked()
    {
        // The position is the identity: identifiers are read only where the quota ranks them (documented).
        EvaluationEntry[] people = [Member("X-1", 80), Member("X-1", 70, unit: 1)];

        EvaluationRowsResult result = Run(people, out EntryRows rows);

        Assert.Equal(2, result.Count);
        Assert.Equal(0, rows.IdReads);
    }

    [Fact]
    public void RunRows_FlagThatDisagreesInAUnit_IsReportedAtTheLaterRow()
    {
        EvaluationEntry[] people = [Member("A", 80, outstanding: true), Member("B", 95), Member("C", 80, unit: 1), Member("D", 80, outstanding: true)];

        var e = Assert.Throws<EvaluationRoundException>(() => Run(people, out _));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((1, "unitIsOutstanding"), (error.Index, error.Field));
    }

    [Fact]
    public void RunRows_FlagThatDisagreesInAUnitOverItsQuota_IsTheOnlyError()
    {
        // 6 HTT and 3 qualifiers, one of them flagged outstanding: that row is reported; the ranking of the others
        // still runs (so that an equal-identifier error there would be found too) and finds nothing wrong.
        EvaluationEntry[] people = [.. Enumerable.Range(0, 6).Select(i => Member("N-" + i, 80)), Member("X-1", 95), Member("X-2", 97, outstanding: true), Member("X-3", 96)];

        var e = Assert.Throws<EvaluationRoundException>(() => Run(people, out _));

        EvaluationRoundError error = Assert.Single(e.Errors);
        Assert.Equal((7, "unitIsOutstanding"), (error.Index, error.Field));
    }

    [Fact]
    public void RunRows_AVariantsOwnRule_IsGivenAnInputThatNoLaterRowChanges()
    {
        // A province's rule in C# that keeps every input it reads: with the round's reusable input it would see each
        // kept input turn into the last row's; it must be given a copy per row instead.
        var kept = new List<EvaluationInput>();
        Rule<EvaluationInput> keeping = Rule.Create<EvaluationInput>(
            new RuleDescriptor(new RuleCode("TEST.Excluded.Never"), new LocalizedText("Không bao giờ (thử)", "Never (test)"), null),
            f =>
            {
                kept.Add(f);
                return false;
            });
        var variant = new LocalVariant("party-eval-qd366-keeping", "party-eval-qd366", new LocalizedText("Biến thể thử", "Test variant"),
            new LegalDocument("HD 02-HD/TEST", "Đảng ủy thử nghiệm", new LocalDate(2025, 8, 1)).Article(1),
            EffectivePeriod.From(new LocalDate(2025, 8, 30)), new Dictionary<string, ParameterValue>())
        { RuleChanges = [RuleChange.Add(EvaluationRegulation.Exclusion, keeping)] };
        var round = new EvaluationRound(ShippedRegulations.Catalog.WithVariant(variant));
        EvaluationEntry[] people = [Member("A", 71), Member("B", 82), Member("C", 93)];

        EvaluationRowsResult result = round.RunRows([.. Units], [.. PeerGroups], new EntryRows(people, Units, PeerGroups));

        Assert.Equal([71m, 82m, 93m], kept.Take(3).Select(i => i.Score!.Value.Total));
        Assert.Equal(3, kept.Take(3).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.Equal("party-eval-qd366-keeping", result.RegulationOf(0).Id.Value);
    }

    [Fact]
    public void RunRows_NameGivenTwiceInATable_IsRefused()
    {
        var e = Assert.Throws<InvalidInputException>(() => Shipped.RunRows(["Chi bộ 1", "Chi bộ 1"], [.. PeerGroups], new EntryRows([], Units, PeerGroups)));

        Assert.Equal("units", e.ParamName);
    }

    [Fact]
    public void RunRows_SetterRefusesAValue_AsTheInputDoes()
    {
        EvaluationRowFacts? seen = null;
        var source = new FactsProbe(facts =>
        {
            seen = facts;
            Assert.Equal(12, facts.MonthsWorked);
            var e = Assert.Throws<EvaluationInputException>(() => facts.MonthsWorked = 13);
            Assert.Equal("monthsWorked", e.ParamName);
            Assert.Throws<EvaluationInputException>(() => facts.MitigationReason = " ");
            EntryRows.Write(EvaluationTestData.Scored(85), facts);
        });

        EvaluationRowsResult result = Shipped.RunRows([.. Units], [.. PeerGroups], source);

        Assert.Equal(EvaluationOutcome.Good, result.Before[0]);
        Assert.NotNull(seen);
    }

    [Fact]
    public void RunRows_200000Rows_AllocatesAFewNumbersPerRow()
    {
        // Columns as a caller keeps them: scores in quarter points and a unit per row; 2,000 units of 100 rows.
        const int count = 200_000;
        var source = new ColumnRows(count);
        ImmutableArray<string> units = [.. Enumerable.Range(0, count / 100).Select(u => "CB-" + u.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))];
        Shipped.RunRows(units, [.. PeerGroups], new ColumnRows(1_000)); // warm-up

        long start = GC.GetAllocatedBytesForCurrentThread();
        EvaluationRowsResult result = Shipped.RunRows(units, [.. PeerGroups], source);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - start;

        Assert.Equal(count, result.Count);
        Assert.True(result.MovedCount > 0);

        // The result's four columns are 10 bytes a row; the round adds a list of the qualifiers (a third of these rows),
        // those of units over their quota grouped by unit, the moves (row, rank, group) and a group summary per unit of
        // 100 rows: 21 bytes a row when written. No object per row.
        Assert.True(bytes / count <= 24, $"{bytes / count} bytes a row");
    }

    /// <summary>One row whose facts a test writes.</summary>
    private sealed class FactsProbe(Action<EvaluationRowFacts> write) : EvaluationRowSource
    {
        public override int Count => 1;

        public override int UnitOf(int row) => 0;

        public override int PeerGroupOf(int row) => 0;

        public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;

        public override CadreId IdOf(int row) => new("P");

        public override void ReadFacts(int row, EvaluationRowFacts facts) => write(facts);
    }

    /// <summary>A caller's columns: a score in quarter points (one in three qualifies for HTXS) and 100 rows a unit.</summary>
    private sealed class ColumnRows : EvaluationRowSource
    {
        private static readonly ScoreCard[] Scores = [.. Enumerable.Range(0, 401).Select(q => ScoreCard.FromTotal(q / 4m))];
        private static readonly LocalDate On = EvaluationTestData.Qd366Date;
        private readonly short[] _quarters;

        public ColumnRows(int count)
        {
            _quarters = new short[count];
            for (int i = 0; i < count; i++)
            {
                _quarters[i] = (short)(i % 3 == 0 ? 360 + (i * 7 % 40) : 300 + (i * 11 % 60));
            }
        }

        public override int Count => _quarters.Length;

        public override int UnitOf(int row) => row / 100;

        public override int PeerGroupOf(int row) => 0;

        public override SubjectKind SubjectKindOf(int row) => SubjectKind.PartyMember;

        public override CadreId IdOf(int row) => new("M-" + row.ToString(System.Globalization.CultureInfo.InvariantCulture));

        public override void ReadFacts(int row, EvaluationRowFacts facts)
        {
            facts.Year = On.Year;
            facts.EvaluatedOn = On;
            facts.Role = EvaluationRole.NonLeader;
            facts.Tasks = TaskCounts.AllOnTime(10, 4);
            facts.Score = Scores[_quarters[row]];
        }
    }
}
