using System;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>The answer for one movement of a programme (<see cref="MovementProgramme.Answer"/>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MovementAnswer
{
    internal MovementAnswer(
        ProgrammeMovement movement,
        MovementOutcome outcome,
        Regulation? regulation,
        Finding? explanation,
        MovementRegulation? terms,
        LocalDate? allowanceKeptUntil,
        LocalDate? latestEnd,
        ImmutableArray<RotationEvaluationYear> evaluationYears)
    {
        ArgumentNullException.ThrowIfNull(movement);
        Movement = movement;
        Outcome = outcome;
        Regulation = regulation;
        Explanation = explanation;
        Terms = terms;
        AllowanceKeptUntil = allowanceKeptUntil;
        LatestEnd = latestEnd;
        EvaluationYears = evaluationYears;
    }

    /// <summary>Gets the movement.</summary>
    public ProgrammeMovement Movement { get; }

    /// <summary>Gets the outcome: eligible, not eligible, or undetermined when no regulation covers it on its start date.</summary>
    public MovementOutcome Outcome { get; }

    /// <summary>Gets the regulation that decided the outcome (a <see cref="RotationRegulation"/> for a rotation, a
    /// <see cref="MovementRegulation"/> otherwise), or <see langword="null"/> when undetermined.</summary>
    public Regulation? Regulation { get; }

    /// <summary>Gets the decision's explanation tree, or <see langword="null"/> when undetermined.</summary>
    public Finding? Explanation { get; }

    /// <summary>Gets the transfer and secondment regulation in force on the start date, which gives the allowance and
    /// evaluation clauses, or <see langword="null"/> when none is (before 01/07/2025): then those answers are
    /// undetermined too.</summary>
    public MovementRegulation? Terms { get; }

    /// <summary>Gets the last day a higher leadership allowance held before is kept: 6 months after a transfer, the
    /// whole rotation; <see langword="null"/> for a secondment (the sender keeps paying) or when <see cref="Terms"/> is
    /// null.</summary>
    public LocalDate? AllowanceKeptUntil { get; }

    /// <summary>Gets, for a secondment, the last day the regulation allows; otherwise <see langword="null"/>.</summary>
    public LocalDate? LatestEnd { get; }

    /// <summary>Gets, for a rotation under <see cref="Terms"/>, the years the destination evaluates the cadre; otherwise
    /// empty.</summary>
    public ImmutableArray<RotationEvaluationYear> EvaluationYears { get; }
}
