using System;
using CadreRules.Rules;

namespace CadreRules.Rotation;

/// <summary>The holder of a key post in one unit (a commune, ward or special zone) and their ties to it.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record KeyPostHolder
{
    /// <summary>Creates a holder.</summary>
    /// <param name="unit">The unit, e.g. the commune's name.</param>
    /// <param name="kind">The post.</param>
    /// <param name="ties">The holder's ties to the unit's locality.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="ties"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public KeyPostHolder(string unit, KeyPostKind kind, LocalityTies ties)
    {
        ArgumentBounds.NotBlank(unit, nameof(unit));
        ArgumentNullException.ThrowIfNull(ties);
        if (!Enum.IsDefined(kind))
        {
            throw new InputOutOfRangeException(nameof(kind), kind, "Unknown key post.");
        }

        Unit = unit;
        Kind = kind;
        Ties = ties;
    }

    /// <summary>Gets the unit.</summary>
    public string Unit { get; }

    /// <summary>Gets the post.</summary>
    public KeyPostKind Kind { get; }

    /// <summary>Gets the holder's ties to the locality.</summary>
    public LocalityTies Ties { get; }

    /// <summary>Gets the level of the unit (<see cref="People.OrganisationalLevel.Commune"/> unless set): a provincial
    /// party secretary is <see cref="KeyPostKind.Secretary"/> at <see cref="People.OrganisationalLevel.Provincial"/>.
    /// <see cref="RotationRegulation.MeasureNonLocalByPost(KeyPostSurvey)"/> counts each post kind at each level apart.</summary>
    /// <exception cref="InputOutOfRangeException">Set to a value that is not defined.</exception>
    public People.OrganisationalLevel Level
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new InputOutOfRangeException(nameof(Level), value, "Unknown level.");
    }

    = People.OrganisationalLevel.Commune;

    /// <summary>Gets the holder's name, for reports; <see langword="null"/> when not given. It plays no part in the
    /// measure.</summary>
    public string? Name { get; init; }

    /// <summary>Gets the day the holder took this post in this unit (held without a break since), or
    /// <see langword="null"/> when not given; <see cref="RotationRegulation.SecretaryTenure(KeyPostSurvey)"/> reads it
    /// for secretaries. A survey refuses a day after its own date.</summary>
    /// <exception cref="InputOutOfRangeException">Set to a day outside <see cref="DomainCalendar"/>.</exception>
    public NodaTime.LocalDate? InPostSince
    {
        get;
        init => field = value is { } day ? DomainCalendar.Check(day, nameof(InPostSince)) : null;
    }
}
