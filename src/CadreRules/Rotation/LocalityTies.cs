using System;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>
/// A key-post holder's ties to the locality of the post: born there, raised there, and the years studied or worked
/// there. Whether the holder counts as local (người địa phương) follows from these and a provincial threshold
/// (<see cref="RotationRegulation.IsLocal(LocalityTies)"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LocalityTies
{
    /// <summary>Creates the ties.</summary>
    /// <param name="bornThere">Whether the holder was born in the locality.</param>
    /// <param name="raisedThere">Whether the holder grew up in the locality.</param>
    /// <param name="yearsStudiedOrWorkedThere">Whole years studied or worked in the locality, 0 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearsStudiedOrWorkedThere"/> is negative.</exception>
    public LocalityTies(bool bornThere, bool raisedThere, int yearsStudiedOrWorkedThere)
    {
        ArgumentBounds.NotNegative(yearsStudiedOrWorkedThere, nameof(yearsStudiedOrWorkedThere));
        BornThere = bornThere;
        RaisedThere = raisedThere;
        YearsStudiedOrWorkedThere = yearsStudiedOrWorkedThere;
    }

    /// <summary>Gets the ties of a holder with no link to the locality.</summary>
    public static LocalityTies None { get; } = new(false, false, 0);

    /// <summary>Gets a value indicating whether the holder was born in the locality.</summary>
    public bool BornThere { get; }

    /// <summary>Gets a value indicating whether the holder grew up in the locality.</summary>
    public bool RaisedThere { get; }

    /// <summary>Gets the whole years studied or worked in the locality.</summary>
    public int YearsStudiedOrWorkedThere { get; }
}
