using System;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

/// <summary>
/// The construction checks of the evaluator's facts (CollectiveFacts, LeaderFacts, TaskCounts, CriteriaGrades): each
/// documented range is enforced at both ends, and the exception names the field (ParamName) and says what is wrong.
/// </summary>
public class EvaluationFactsValidationTests
{
    private static void AssertRejected(string field, string what, Action create)
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(create);
        Assert.Equal(field, error.ParamName);
        Assert.StartsWith($"The field {field} {what}.", error.Message, StringComparison.Ordinal);
    }

    // ---- CollectiveFacts ----

    [Fact]
    public void CollectiveFacts_NegativeMonthsSinceEstablished_IsRejectedNamingTheField() =>
        AssertRejected("collective.monthsSinceEstablished", "cannot be negative", () => _ = new CollectiveFacts(monthsSinceEstablished: -1));

    [Fact]
    public void CollectiveFacts_NegativeSubordinateUnits_IsRejectedNamingTheField() =>
        AssertRejected("collective.subordinateUnits", "cannot be negative", () => _ = new CollectiveFacts(subordinateUnits: -1));

    [Theory]
    [InlineData(3, -1)]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    public void CollectiveFacts_SubordinateUnitsDisciplinedOutsideZeroToUnits_IsRejected(int units, int disciplined) =>
        AssertRejected("collective.subordinateUnitsDisciplined", "must be between 0 and the subordinate units",
            () => _ = new CollectiveFacts(subordinateUnits: units, subordinateUnitsDisciplined: disciplined));

    [Fact]
    public void CollectiveFacts_NegativeLeadershipMembersDisciplined_IsRejectedNamingTheField() =>
        AssertRejected("collective.leadershipMembersDisciplined", "cannot be negative", () => _ = new CollectiveFacts(leadershipMembersDisciplined: -1));

    [Fact]
    public void CollectiveFacts_NegativeLeadershipMembersDegraded_IsRejectedNamingTheField() =>
        AssertRejected("collective.leadershipMembersDegraded", "cannot be negative", () => _ = new CollectiveFacts(leadershipMembersDegraded: -1));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void CollectiveFacts_TargetsAssignedOutsideZeroToFive_IsRejected(int assigned) =>
        AssertRejected("collective.socioEconomicTargetsAssigned", "must be between 0 and 5",
            () => _ = new CollectiveFacts(socioEconomicTargetsAssigned: assigned));

    [Theory]
    [InlineData(2, -1)]
    [InlineData(2, 3)]
    public void CollectiveFacts_TargetsMissedOutsideZeroToAssigned_IsRejected(int assigned, int missed) =>
        AssertRejected("collective.socioEconomicTargetsMissed", "must be between 0 and the targets assigned",
            () => _ = new CollectiveFacts(socioEconomicTargetsMissed: missed, socioEconomicTargetsAssigned: assigned));

    [Fact]
    public void CollectiveFacts_EveryCountAtItsUpperBound_IsAcceptedAndKept()
    {
        var facts = new CollectiveFacts(0, 4, 4, 2, 1, true, true, 5, 5);

        Assert.Equal(0, facts.MonthsSinceEstablished);
        Assert.Equal(4, facts.SubordinateUnits);
        Assert.Equal(4, facts.SubordinateUnitsDisciplined);
        Assert.Equal(2, facts.LeadershipMembersDisciplined);
        Assert.Equal(1, facts.LeadershipMembersDegraded);
        Assert.True(facts.LeadershipCollectiveDisciplined);
        Assert.True(facts.PersonnelWrongdoingConcluded);
        Assert.Equal(5, facts.SocioEconomicTargetsMissed);
        Assert.Equal(5, facts.SocioEconomicTargetsAssigned);
    }

    // ---- LeaderFacts ----

    private static readonly TaskCounts Tasks = TaskCounts.AllOnTime(4);

    [Fact]
    public void LeaderFacts_NegativeSubordinateUnits_IsRejectedNamingTheField() =>
        AssertRejected("leader.subordinateUnits", "cannot be negative", () => _ = new LeaderFacts(Tasks, subordinateUnits: -1));

    [Theory]
    [InlineData(3, -1)]
    [InlineData(3, 4)]
    public void LeaderFacts_UnitsAtLeastCompleteOutsideZeroToUnits_IsRejected(int units, int atLeastComplete) =>
        AssertRejected("leader.unitsAtLeastComplete", "must be between 0 and the subordinate units",
            () => _ = new LeaderFacts(Tasks, subordinateUnits: units, unitsAtLeastComplete: atLeastComplete));

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void LeaderFacts_UnitsAtLeastGoodOutsideZeroToAtLeastComplete_IsRejected(int atLeastGood) =>
        AssertRejected("leader.unitsAtLeastGood", "must be between 0 and the units rated Hoàn thành nhiệm vụ or higher",
            () => _ = new LeaderFacts(Tasks, subordinateUnits: 5, unitsAtLeastComplete: 2, unitsAtLeastGood: atLeastGood));

    [Theory]
    [InlineData(3, 2, -1)]
    [InlineData(3, 2, 2)] // only 3 - 2 = 1 unit is left below Hoàn thành nhiệm vụ
    [InlineData(3, 3, 1)]
    public void LeaderFacts_UnitsNotCompleteOutsideZeroToTheRest_IsRejected(int units, int atLeastComplete, int notComplete) =>
        AssertRejected("leader.unitsNotComplete", "must be between 0 and the units not rated Hoàn thành nhiệm vụ or higher",
            () => _ = new LeaderFacts(Tasks, subordinateUnits: units, unitsAtLeastComplete: atLeastComplete, unitsNotComplete: notComplete));

    [Fact]
    public void LeaderFacts_NegativeBallotsCast_IsRejectedNamingTheField() =>
        AssertRejected("leader.confidenceVotesCast", "cannot be negative", () => _ = new LeaderFacts(Tasks, confidenceVotesCast: -1));

    [Theory]
    [InlineData(10, -1)]
    [InlineData(10, 11)]
    public void LeaderFacts_LowConfidenceVotesOutsideZeroToCast_IsRejected(int cast, int low) =>
        AssertRejected("leader.lowConfidenceVotes", "must be between 0 and the ballots cast",
            () => _ = new LeaderFacts(Tasks, confidenceVotesCast: cast, lowConfidenceVotes: low));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void LeaderFacts_TargetsAssignedOutsideZeroToFive_IsRejected(int assigned) =>
        AssertRejected("leader.socioEconomicTargetsAssigned", "must be between 0 and 5",
            () => _ = new LeaderFacts(Tasks, socioEconomicTargetsAssigned: assigned));

    [Theory]
    [InlineData(2, -1)]
    [InlineData(2, 3)]
    public void LeaderFacts_TargetsMissedOutsideZeroToAssigned_IsRejected(int assigned, int missed) =>
        AssertRejected("leader.socioEconomicTargetsMissed", "must be between 0 and the targets assigned",
            () => _ = new LeaderFacts(Tasks, socioEconomicTargetsMissed: missed, socioEconomicTargetsAssigned: assigned));

    [Fact]
    public void LeaderFacts_UndefinedUnitLevel_IsRejectedNamingTheField()
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => _ = new LeaderFacts(Tasks, unitLevel: (EvaluationLevel)42));
        Assert.Equal("leader.unitLevel", error.ParamName);
    }

    [Fact]
    public void LeaderFacts_CountsAtTheirUpperBounds_AreAcceptedAndKept()
    {
        // 5 units: 3 at least HTNV (all 3 at least HTTNV), the other 2 KHT; 10 of 10 ballots low; 5 of 5 targets missed.
        var facts = new LeaderFacts(Tasks, 5, 3, 3, 2, 10, 10, 5, 5, true, EvaluationLevel.Good);

        Assert.Equal(Tasks, facts.UnitTasks);
        Assert.Equal(5, facts.SubordinateUnits);
        Assert.Equal(3, facts.UnitsAtLeastComplete);
        Assert.Equal(3, facts.UnitsAtLeastGood);
        Assert.Equal(2, facts.UnitsNotComplete);
        Assert.Equal(10, facts.ConfidenceVotesCast);
        Assert.Equal(10, facts.LowConfidenceVotes);
        Assert.Equal(5, facts.SocioEconomicTargetsMissed);
        Assert.Equal(5, facts.SocioEconomicTargetsAssigned);
        Assert.True(facts.CorruptionInScopeDisciplined);
        Assert.Equal(EvaluationLevel.Good, facts.UnitLevel);
    }

    // ---- TaskCounts ----

    [Theory]
    [InlineData(-1, 0, 0, 0, 0, 0, "tasks.total")]
    [InlineData(5, -1, 0, 0, 0, 0, "tasks.completed")]
    [InlineData(5, 0, -1, 0, 0, 0, "tasks.onTimeAndQuality")]
    [InlineData(5, 3, 1, -1, 0, 0, "tasks.exceeded")]
    [InlineData(5, 3, 1, 0, -1, 0, "tasks.lateOrBelowQuality")]
    [InlineData(5, 3, 1, 0, 0, -1, "tasks.failed")]
    public void TaskCounts_NegativeCount_IsRejectedNamingThatCount(int total, int completed, int onTime, int exceeded, int late, int failed, string field)
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => _ = new TaskCounts(total, completed, onTime, exceeded, late, failed));

        Assert.Equal(field, error.ParamName);
        Assert.StartsWith($"The count {field} cannot be negative (-1).", error.Message, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property(MaxTest = 2000)]
    public FsCheck.Property TaskCounts_AcceptsExactlyTheConsistentCounts() =>
        FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Arb.ToArbitrary(FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(-2, 12), 6)),
            c =>
            {
                (int total, int completed, int onTime, int exceeded, int late, int failed) = (c[0], c[1], c[2], c[3], c[4], c[5]);
                bool consistent = total >= 0 && completed >= 0 && onTime >= 0 && exceeded >= 0 && late >= 0 && failed >= 0
                    && completed <= total && onTime + late <= completed && exceeded <= completed && failed <= total - completed;
                EvaluationInputException? error = Record.Exception(() => _ = new TaskCounts(total, completed, onTime, exceeded, late, failed)) as EvaluationInputException;
                return consistent ? error is null : error is { ParamName: not null } && error.ParamName.StartsWith("tasks.", StringComparison.Ordinal);
            });

    [Fact]
    public void TaskCounts_ShareOf_IsTheExactShareOfTheTotal()
    {
        var counts = new TaskCounts(10, 8, 6, exceeded: 2, lateOrBelowQuality: 2, failed: 1);

        Assert.Equal(Share.Of(3, 10), counts.ShareOf(3));
        Assert.Equal(Share.Of(1, 1), counts.ShareOf(10));
        Assert.Equal(Share.Zero, counts.ShareOf(0));
    }

    [Fact]
    public void TaskCounts_ShareOfWithNoTasks_IsZero() =>
        Assert.Equal(Share.Zero, new TaskCounts(0, 0, 0).ShareOf(0));

    // ---- CriteriaGrades ----

    [Theory]
    [InlineData(CriterionGrade.Good, CriterionGrade.Poor, CriterionGrade.Poor)]
    [InlineData(CriterionGrade.Poor, CriterionGrade.Good, CriterionGrade.Poor)]
    [InlineData(CriterionGrade.Excellent, CriterionGrade.Average, CriterionGrade.Average)]
    [InlineData(CriterionGrade.Average, CriterionGrade.Excellent, CriterionGrade.Average)]
    [InlineData(CriterionGrade.Good, CriterionGrade.Good, CriterionGrade.Good)]
    public void CriteriaGrades_Lowest_IsTheWorseOfTheTwoGrades(CriterionGrade general, CriterionGrade results, CriterionGrade lowest) =>
        Assert.Equal(lowest, new CriteriaGrades(general, results).Lowest);

    [Fact]
    public void CriteriaGrades_UndefinedGeneralGrade_IsRejectedNamingGeneral()
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => _ = new CriteriaGrades((CriterionGrade)9, CriterionGrade.Good));
        Assert.Equal("grades.general", error.ParamName);
        Assert.Contains("Unknown grade 9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CriteriaGrades_UndefinedResultsGrade_IsRejectedNamingResults()
    {
        EvaluationInputException error = Assert.Throws<EvaluationInputException>(() => _ = new CriteriaGrades(CriterionGrade.Good, (CriterionGrade)(-1)));
        Assert.Equal("grades.results", error.ParamName);
        Assert.Contains("Unknown grade -1", error.Message, StringComparison.Ordinal);
    }
}
