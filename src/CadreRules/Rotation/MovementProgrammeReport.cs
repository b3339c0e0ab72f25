using System.Collections.Generic;
using System.Collections.Immutable;

namespace CadreRules.Rotation;

/// <summary>
/// A programme of movements assessed: each movement's answer, and the counts a provincial report gives (by kind, by
/// direction, by levels, by batch, by outcome).
/// </summary>
/// <remarks>Each grouping counts every movement exactly once, so each grouping's counts sum to <see cref="Total"/>.
/// <see cref="ByKind"/>, <see cref="ByDirection"/> and <see cref="ByOutcome"/> list every value of their enum (zeros
/// included) in the enum's order; <see cref="ByLevels"/> lists the pairs that occur, ordered by level;
/// <see cref="ByBatch"/> lists the batches in the order they first occur. Immutable and thread-safe.</remarks>
public sealed class MovementProgrammeReport
{
    internal MovementProgrammeReport(
        ImmutableArray<MovementAnswer> answers,
        ImmutableArray<KeyValuePair<MovementKind, int>> byKind,
        ImmutableArray<KeyValuePair<RotationDirection, int>> byDirection,
        ImmutableArray<KeyValuePair<LevelPair, int>> byLevels,
        ImmutableArray<KeyValuePair<string, int>> byBatch,
        ImmutableArray<KeyValuePair<MovementOutcome, int>> byOutcome)
    {
        Answers = answers;
        ByKind = byKind;
        ByDirection = byDirection;
        ByLevels = byLevels;
        ByBatch = byBatch;
        ByOutcome = byOutcome;
    }

    /// <summary>Gets the answers, in the programme's order.</summary>
    public ImmutableArray<MovementAnswer> Answers { get; }

    /// <summary>Gets the number of movements (lượt): a person moved twice counts twice.</summary>
    public int Total => Answers.Length;

    /// <summary>Gets the count per kind.</summary>
    public ImmutableArray<KeyValuePair<MovementKind, int>> ByKind { get; }

    /// <summary>Gets the count per direction.</summary>
    public ImmutableArray<KeyValuePair<RotationDirection, int>> ByDirection { get; }

    /// <summary>Gets the count per pair of levels.</summary>
    public ImmutableArray<KeyValuePair<LevelPair, int>> ByLevels { get; }

    /// <summary>Gets the count per batch.</summary>
    public ImmutableArray<KeyValuePair<string, int>> ByBatch { get; }

    /// <summary>Gets the count per outcome.</summary>
    public ImmutableArray<KeyValuePair<MovementOutcome, int>> ByOutcome { get; }
}
