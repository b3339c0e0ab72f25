using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>Assesses a programme of rotations, transfers and secondments against the regulations in force on each
/// movement's start date, and counts it.</summary>
/// <remarks>Nothing reads the clock: each movement is judged on its own start date. A rotation is decided by the
/// rotation regulation in force (topic <see cref="RegulationTopic.Rotation"/>), a transfer or secondment by the
/// transfer and secondment regulation in force (topic <see cref="RegulationTopic.Movement"/>); where the catalogue has
/// none, the answer is <see cref="MovementOutcome.Undetermined"/>. Thread-safe.</remarks>
public static class MovementProgramme
{
    /// <summary>Assesses and counts a programme.</summary>
    /// <param name="movements">The movements, in the programme's order.</param>
    /// <param name="catalog">The catalogue to pick regulations from (the shipped one, or one with a province's variant).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="movements"/>, an item, or <paramref name="catalog"/> is null.</exception>
    public static MovementProgrammeReport Assess(IEnumerable<ProgrammeMovement> movements, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(catalog);
        var answers = ImmutableArray.CreateBuilder<MovementAnswer>();
        foreach (ProgrammeMovement movement in movements)
        {
            ArgumentNullException.ThrowIfNull(movement, nameof(movements));
            answers.Add(Answer(movement, catalog));
        }

        ImmutableArray<MovementAnswer> all = answers.ToImmutable();
        return new MovementProgrammeReport(
            all,
            Every<MovementKind>(all, static a => a.Movement.Kind),
            Every<RotationDirection>(all, static a => a.Movement.Direction),
            [.. all.GroupBy(static a => a.Movement.Levels).OrderBy(static g => g.Key.From).ThenBy(static g => g.Key.To).Select(static g => KeyValuePair.Create(g.Key, g.Count()))],
            [.. all.GroupBy(static a => a.Movement.Batch, StringComparer.Ordinal).Select(static g => KeyValuePair.Create(g.Key, g.Count()))],
            Every<MovementOutcome>(all, static a => a.Outcome));
    }

    /// <summary>Answers one movement.</summary>
    /// <param name="movement">The movement.</param>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="movement"/> or <paramref name="catalog"/> is null.</exception>
    public static MovementAnswer Answer(ProgrammeMovement movement, RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(movement);
        ArgumentNullException.ThrowIfNull(catalog);
        var terms = catalog.TryInForce(RegulationTopic.Movement, SubjectKind.Cadre, movement.Start) as MovementRegulation;
        if (movement.Rotation is { } rotation)
        {
            ImmutableArray<RotationEvaluationYear> years = terms is null ? [] : MovementRegulation.DestinationEvaluations(rotation);
            if (catalog.TryInForce(RegulationTopic.Rotation, SubjectKind.Cadre, rotation.Start) is not RotationRegulation rules)
            {
                return new MovementAnswer(movement, MovementOutcome.Undetermined, null, null, terms, terms is null ? null : MovementRegulation.RotationAllowanceKeptUntil(rotation), null, years);
            }

            Verdict<RotationOutcome> verdict = rules.Explain(rotation);
            return new MovementAnswer(
                movement,
                verdict.Outcome == RotationOutcome.Eligible ? MovementOutcome.Eligible : MovementOutcome.NotEligible,
                rules,
                verdict.Explanation,
                terms,
                terms is null ? null : MovementRegulation.RotationAllowanceKeptUntil(rotation),
                null,
                years);
        }

        MovementCase move = movement.Move!;
        if (terms is null)
        {
            return new MovementAnswer(movement, MovementOutcome.Undetermined, null, null, null, null, null, []);
        }

        Verdict<MovementAssessment> answer = terms.Explain(move);
        return new MovementAnswer(movement, answer.Outcome.Outcome, terms, answer.Explanation, terms, answer.Outcome.AllowanceKeptUntil, answer.Outcome.LatestEnd, []);
    }

    private static ImmutableArray<KeyValuePair<TKey, int>> Every<TKey>(ImmutableArray<MovementAnswer> answers, Func<MovementAnswer, TKey> key)
        where TKey : struct, Enum
    {
        var counts = new Dictionary<TKey, int>();
        foreach (MovementAnswer answer in answers)
        {
            TKey k = key(answer);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }

        return [.. Enum.GetValues<TKey>().Select(k => KeyValuePair.Create(k, counts.GetValueOrDefault(k)))];
    }
}
