using System.Collections.Generic;
using System.Linq;
using CadreRules.Evaluation;
using CadreRules.People;
using CadreRules.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CadreRules.Tests.Evaluation;

public class ConsequencesProperties
{
    private static readonly DateInterval Span = new(new LocalDate(2016, 7, 1), new LocalDate(2026, 6, 30));

    private static IEnumerable<Consequence> All(IEnumerable<EvaluationRecord> records, LocalDate asOf)
    {
        EvaluationHistory history = EvaluationHistory.Of(records, EvaluationTrack.State);
        yield return Consequences.TwoConsecutiveYears(history, SubjectKind.CivilServant, asOf);
        yield return Consequences.TwoConsecutiveYears(history, SubjectKind.Cadre, asOf);
        yield return Consequences.TwoYearsWithinThree(history, asOf);
        yield return Consequences.InAppointmentTerm(history, Span, asOf);
        yield return Consequences.SalaryStepDelay(history, [], Span, asOf, false);
    }

    [Property]
    public Property AddingAKhtYear_NeverRemovesAConsequence() =>
        Prop.ForAll(Arb.Zip(Arbitraries.EvaluationHistoryWithFreeYear().ToArbitrary(), Arbitraries.ConsequenceDate().ToArbitrary()), input =>
        {
            ((EvaluationRecord[] records, int free), LocalDate asOf) = input;
            var before = All(records, asOf).ToList();
            var after = All(records.WithNotComplete(free), asOf).ToList();
            return before.Zip(after).All(p => (!p.First.Applies || p.Second.Applies) && p.Second.Months >= p.First.Months);
        });

    [Property]
    public Property RecordOrder_IsIrrelevant() =>
        Prop.ForAll(Arb.Zip(Arbitraries.ShuffledEvaluationHistory().ToArbitrary(), Arbitraries.ConsequenceDate().ToArbitrary()), input =>
        {
            ((EvaluationRecord[] records, EvaluationRecord[] shuffled), LocalDate asOf) = input;
            return All(records, asOf).Zip(All(shuffled, asOf)).All(p =>
                p.First.Status == p.Second.Status && p.First.Code == p.Second.Code && p.First.Months == p.Second.Months
                && p.First.DecidingYears.SequenceEqual(p.Second.DecidingYears));
        });

    [Property]
    public Property ConsecutivePair_ImpliesTwoWithinThree() =>
        Prop.ForAll(Arbitraries.EvaluationHistoryWithFreeYear().ToArbitrary(), input =>
        {
            EvaluationHistory history = EvaluationHistory.Of(input.Records, EvaluationTrack.State);
            return history.LatestConsecutiveNotComplete(2030) is null || history.LatestTwoNotCompleteWithinThree(2030) is not null;
        });
}
