using System;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Tests.Evaluation;

public class EvaluationHistoryTests
{
    private static readonly EvaluationLevel Kht = EvaluationLevel.NotComplete;

    private static EvaluationHistory History(params (int Year, EvaluationLevel? Level)[] records) =>
        EvaluationHistory.Of(records.Select(r => new EvaluationRecord(r.Year, EvaluationTrack.State, r.Level)), EvaluationTrack.State);

    [Fact]
    public void Of_UndefinedTrack_ThrowsNamingTrack()
    {
        ArgumentOutOfRangeException error = Assert.Throws<InputOutOfRangeException>("track", () => EvaluationHistory.Of([], (EvaluationTrack)5));
        Assert.Equal((EvaluationTrack)5, error.ActualValue);
    }

    [Fact]
    public void Of_NullItem_ThrowsNamingRecordsAndTheIndex()
    {
        EvaluationRecord?[] records =
        [
            new EvaluationRecord(2020, EvaluationTrack.Party, EvaluationLevel.Good),
            new EvaluationRecord(2021, EvaluationTrack.State, EvaluationLevel.Good),
            null,
        ];

        ArgumentNullException error = Assert.Throws<ArgumentNullException>("records", () => EvaluationHistory.Of(records!, EvaluationTrack.State));
        Assert.StartsWith("records[2] is null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsNotComplete_EveryKhtYear_IncludingTheFirst_IsTrue()
    {
        EvaluationHistory history = History((2020, Kht), (2021, EvaluationLevel.Good), (2022, Kht));

        Assert.True(history.IsNotComplete(2020));
        Assert.False(history.IsNotComplete(2021));
        Assert.True(history.IsNotComplete(2022));
        Assert.False(history.IsNotComplete(2019));
    }

    [Fact]
    public void LatestTwoNotCompleteWithinThree_SecondYearEqualToThroughYear_IsFound()
    {
        EvaluationHistory history = History((2020, Kht), (2022, Kht));

        Assert.Equal((2020, 2022), history.LatestTwoNotCompleteWithinThree(2022));
        Assert.Null(history.LatestTwoNotCompleteWithinThree(2021));
    }

    [Fact]
    public void NotCompleteYearsBetween_IncludesBothEnds()
    {
        EvaluationHistory history = History((2019, Kht), (2020, Kht), (2021, Kht), (2022, Kht), (2023, Kht));

        Assert.Equal([2020, 2021, 2022], history.NotCompleteYearsBetween(2020, 2022).ToArray());
        Assert.Empty(history.NotCompleteYearsBetween(2022, 2020));
    }

    [Fact]
    public void LatestRated_OnlyRecordIsTheFirst_IsFound()
    {
        EvaluationHistory history = History((2020, EvaluationLevel.Good));

        Assert.Equal(2020, history.LatestRated(2020)?.Year);
        Assert.Null(history.LatestRated(2019));
    }

    [Fact]
    public void LatestRated_SkipsUnratedYears()
    {
        EvaluationHistory history = History((2020, EvaluationLevel.Good), (2021, null));

        Assert.Equal(2020, history.LatestRated(2021)?.Year);
    }

    [Fact]
    public void LatestRated_RecordOfTheThroughYear_IsIncluded()
    {
        EvaluationHistory history = History((2020, EvaluationLevel.Good), (2021, Kht), (2022, EvaluationLevel.Good));

        EvaluationRecord? latest = history.LatestRated(2021);

        Assert.Equal(2021, latest?.Year);
        Assert.Equal(Kht, latest?.Level);
    }
}
