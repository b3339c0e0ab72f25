using System;
using System.Collections.Generic;
using CadreRules.Impact;
using CadreRules.Rules;

namespace CadreRules.Evaluation;

/// <summary>The impact of a rule change on an evaluation round: the same people run by two rounds (e.g. the shipped
/// catalogue and a province's variant), compared person by person after the unit quota.</summary>
/// <remarks>Thread-safe: the methods are pure.</remarks>
public static class EvaluationImpact
{
    /// <summary>Compares two results of the same people (in the same order).</summary>
    /// <param name="before">The result before the change.</param>
    /// <param name="after">The result after the change.</param>
    /// <returns>The impact; groups are units, outcomes are after the quota.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The results are not of the same people in the same order.</exception>
    public static RuleChangeImpact<EvaluationOutcome> Compare(EvaluationRoundResult before, EvaluationRoundResult after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return RuleChangeImpact<EvaluationOutcome>.Compare(Subjects(before), Subjects(after));
    }

    /// <summary>Runs one population through two rounds and compares the results.</summary>
    /// <param name="people">The people; enumerated twice (once per round).</param>
    /// <param name="before">The round before the change.</param>
    /// <param name="after">The round after the change.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="EvaluationRoundException">Some people cannot be classified on one side.</exception>
    public static RuleChangeImpact<EvaluationOutcome> Compare(IEnumerable<EvaluationEntry> people, EvaluationRound before, EvaluationRound after)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return Compare(before.Run(people), after.Run(people));
    }

    /// <summary>Gets a round's answers as impact subjects: the unit as group, the outcome after the quota, the person's
    /// rule codes and regulation.</summary>
    /// <param name="result">The round's result.</param>
    /// <returns>The subjects, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static IEnumerable<ImpactSubject<EvaluationOutcome>> Subjects(EvaluationRoundResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Iterate(result);

        static IEnumerable<ImpactSubject<EvaluationOutcome>> Iterate(EvaluationRoundResult result)
        {
            foreach (EvaluationRoundPerson person in result.People)
            {
                yield return new ImpactSubject<EvaluationOutcome>(person.Id, person.Name, person.Unit, person.Final, person.Codes(), person.Regulation.Id);
            }
        }
    }
}
