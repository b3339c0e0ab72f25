using System;
using CadreRules.People;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// One movement of a programme (kế hoạch điều động, luân chuyển, biệt phái): the batch it belongs to and either a
/// rotation's facts (<see cref="Rotation"/>) or a transfer's or secondment's (<see cref="Move"/>).
/// </summary>
/// <remarks>Build one with <see cref="OfRotation"/> or <see cref="Of"/>. Immutable and thread-safe.</remarks>
public sealed class ProgrammeMovement
{
    private ProgrammeMovement(string batch, MovementKind kind, RotationCase? rotation, MovementCase? move)
    {
        ArgumentBounds.NotBlank(batch, nameof(batch));
        Batch = batch.Trim();
        Kind = kind;
        Rotation = rotation;
        Move = move;
    }

    /// <summary>Gets the batch (đợt) the movement belongs to, as the programme names it (trimmed).</summary>
    public string Batch { get; }

    /// <summary>Gets the kind of movement.</summary>
    public MovementKind Kind { get; }

    /// <summary>Gets the rotation's facts when <see cref="Kind"/> is <see cref="MovementKind.Rotation"/>, otherwise
    /// <see langword="null"/>.</summary>
    public RotationCase? Rotation { get; }

    /// <summary>Gets the transfer's or secondment's facts, otherwise <see langword="null"/>.</summary>
    public MovementCase? Move { get; }

    /// <summary>Gets the person moved.</summary>
    public Cadre Cadre => Rotation?.Cadre ?? Move!.Cadre;

    /// <summary>Gets the first day at the destination.</summary>
    public LocalDate Start => Rotation?.Start ?? Move!.Start;

    /// <summary>Gets the planned last day (inclusive): a rotation's always, a secondment's when set, a transfer's never.</summary>
    public LocalDate? PlannedEnd => Rotation?.PlannedEnd ?? Move!.PlannedEnd;

    /// <summary>Gets the levels moved between.</summary>
    public LevelPair Levels => Rotation is { } r ? new LevelPair(r.FromLevel, r.ToLevel) : new LevelPair(Move!.FromLevel, Move.ToLevel);

    /// <summary>Gets the direction.</summary>
    public RotationDirection Direction => Rotation?.Direction ?? Move!.Direction;

    /// <summary>Creates a rotation of a programme.</summary>
    /// <param name="batch">The batch's name.</param>
    /// <param name="rotation">The rotation's facts.</param>
    /// <returns>The movement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="rotation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="batch"/> is blank.</exception>
    public static ProgrammeMovement OfRotation(string batch, RotationCase rotation)
    {
        ArgumentNullException.ThrowIfNull(rotation);
        return new ProgrammeMovement(batch, MovementKind.Rotation, rotation, null);
    }

    /// <summary>Creates a transfer or a secondment of a programme.</summary>
    /// <param name="batch">The batch's name.</param>
    /// <param name="move">The facts; their kind is the movement's.</param>
    /// <returns>The movement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> or <paramref name="move"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="batch"/> is blank.</exception>
    public static ProgrammeMovement Of(string batch, MovementCase move)
    {
        ArgumentNullException.ThrowIfNull(move);
        return new ProgrammeMovement(batch, move.Kind, null, move);
    }
}
