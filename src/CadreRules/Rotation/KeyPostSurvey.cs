using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Rotation;

/// <summary>
/// The holders of the key posts of a set of units (the secretary and the chair of each commune of a district, say) on
/// a date: what <see cref="RotationRegulation.MeasureNonLocalShare(IEnumerable{KeyPostHolder})"/> reads, with the date
/// that picks the regulation in force and the area's name (the key-posts document's content).
/// </summary>
/// <remarks>Construction refuses the same post of the same unit twice, as the measure does. Holders are kept in the
/// order given. Immutable and thread-safe.</remarks>
public sealed class KeyPostSurvey
{
    /// <summary>Creates a survey.</summary>
    /// <param name="date">The date the holders are counted on (it picks the rotation regulation in force).</param>
    /// <param name="holders">The holders, one per key post.</param>
    /// <param name="area">The area's name (a district, a province), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="holders"/> or an item is null.</exception>
    /// <exception cref="InputOutOfRangeException"><paramref name="date"/> is outside <see cref="DomainCalendar"/>.</exception>
    /// <exception cref="InvalidInputException">The same post of the same unit appears twice, or a holder took the post
    /// after <paramref name="date"/> (the message names it).</exception>
    public KeyPostSurvey(LocalDate date, IEnumerable<KeyPostHolder> holders, string? area = null)
    {
        ArgumentNullException.ThrowIfNull(holders);
        DomainCalendar.Check(date, nameof(date));
        var seen = new HashSet<(string, KeyPostKind)>();
        var list = ImmutableArray.CreateBuilder<KeyPostHolder>();
        foreach (KeyPostHolder holder in holders)
        {
            ArgumentNullException.ThrowIfNull(holder, nameof(holders));
            if (!seen.Add((holder.Unit, holder.Kind)))
            {
                throw new InvalidInputException($"The {holder.Kind} of '{holder.Unit}' is listed twice.", nameof(holders));
            }

            if (holder.InPostSince is { } since && since > date)
            {
                throw new InvalidInputException($"The {holder.Kind} of '{holder.Unit}' took the post on {TextFormat.IsoDate(since)}, after the survey's date {TextFormat.IsoDate(date)}.", nameof(holders));
            }

            list.Add(holder);
        }

        Date = date;
        Holders = list.ToImmutable();
        Area = area;
    }

    /// <summary>Gets the date the holders are counted on.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the holders, in the order given.</summary>
    public ImmutableArray<KeyPostHolder> Holders { get; }

    /// <summary>Gets the area's name, or <see langword="null"/>.</summary>
    public string? Area { get; }
}
