using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

/// <summary>The in-force check of the classification's fast path compares integer date keys; these pin it to the
/// calendar's own order and to the regulation's first and last days.</summary>
public class EvaluationDateCheckTests
{
    private static readonly LocalDate Epoch = new(1, 1, 1);

    [Property]
    public Property DateKey_OrdersDatesAsTheCalendarDoes() =>
        // 0001-01-01 plus 3,652,058 days is 9999-12-31, NodaTime's last date: the first date is drawn 400 days inside
        // both ends so that the second, up to 400 days away, is a date too (at the end it overflowed, now and then).
        Prop.ForAll(Gen.Choose(400, 3_652_058 - 400).ToArbitrary(), Gen.Choose(-400, 400).ToArbitrary(), (days, delta) =>
        {
            LocalDate a = Epoch.PlusDays(days);
            LocalDate b = a.PlusDays(delta);
            Assert.Equal(a.CompareTo(b) > 0 ? 1 : a.CompareTo(b) < 0 ? -1 : 0,
                EvaluationInput.DateKey(a).CompareTo(EvaluationInput.DateKey(b)) switch { > 0 => 1, < 0 => -1, _ => 0 });
        });

    [Fact]
    public void Classify_OnTheFirstAndLastDaysInForce_AndNotOneDayOutside()
    {
        int checkedBoundaries = 0;
        foreach (EvaluationRegulation regulation in EvaluationRegulations.All)
        {
            foreach (RegulationScope scope in regulation.Reference.Scopes)
            {
                EffectivePeriod period = scope.Period;
                Assert.Equal(period.Start, InForceOrThrow(regulation, period.Start));
                if (!InAnyScope(regulation, period.Start.PlusDays(-1)))
                {
                    Assert.Throws<EvaluationInputException>(() => InForceOrThrow(regulation, period.Start.PlusDays(-1)));
                    checkedBoundaries++;
                }

                if (period.End is { } end)
                {
                    Assert.Equal(end, InForceOrThrow(regulation, end));
                    if (!InAnyScope(regulation, end.PlusDays(1)))
                    {
                        Assert.Throws<EvaluationInputException>(() => InForceOrThrow(regulation, end.PlusDays(1)));
                        checkedBoundaries++;
                    }
                }
            }
        }

        Assert.True(checkedBoundaries >= EvaluationRegulations.All.Count());
    }

    [Fact]
    public void Classify_DateInAnotherCalendar_IsTheSameDay()
    {
        EvaluationRegulation qd366 = EvaluationRegulations.Get(EvaluationRegime.Qd366);
        LocalDate iso = EvaluationTestData.Qd366Date;
        LocalDate gregorian = iso.WithCalendar(CalendarSystem.Gregorian);
        Assert.Equal(qd366.Classify(EvaluationTestData.Scored(75m, on: iso)), qd366.Classify(EvaluationTestData.Scored(75m, on: gregorian)));
        LocalDate before = qd366.Reference.Scopes[0].Period.Start.PlusDays(-1).WithCalendar(CalendarSystem.Julian);
        Assert.Throws<EvaluationInputException>(() => qd366.Classify(EvaluationTestData.Scored(75m, on: before)));
    }

    private static bool InAnyScope(EvaluationRegulation regulation, LocalDate day)
    {
        foreach (RegulationScope scope in regulation.Reference.Scopes)
        {
            if (scope.Period.Contains(day))
            {
                return true;
            }
        }

        return false;
    }

    // Classifies a scored or graded input on the date; returns the date when the regulation accepts it.
    private static LocalDate InForceOrThrow(EvaluationRegulation regulation, LocalDate on)
    {
        EvaluationInput input = regulation.Regime is EvaluationRegime.Qd132 or EvaluationRegime.Qd124 or EvaluationRegime.Nd90 or EvaluationRegime.Nd90Amended
            ? EvaluationTestData.Graded(CriterionGrade.Good, CriterionGrade.Good, on)
            : EvaluationTestData.Scored(75m, on: on);
        _ = regulation.Classify(input);
        return on;
    }
}
