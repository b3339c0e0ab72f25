using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.People;

/// <summary>
/// A list of cadres (facts about people) with the name of their organisation: the content of a roster document.
/// </summary>
/// <remarks>
/// Immutable; equality is by value (organisation and the cadres in order). Cadre identifiers are unique.
/// </remarks>
public sealed class Roster : IEquatable<Roster>
{
    /// <summary>Initializes a new instance of the <see cref="Roster"/> class.</summary>
    /// <param name="cadres">The cadres, in the order to keep.</param>
    /// <param name="organisation">The organisation's name, if any (blank is taken as none).</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadres"/> is null or has a null item.</exception>
    /// <exception cref="ArgumentException">Two cadres have the same identifier.</exception>
    public Roster(IEnumerable<Cadre> cadres, string? organisation = null)
    {
        ArgumentNullException.ThrowIfNull(cadres);
        ImmutableArray<Cadre> list = [.. cadres];
        var seen = new HashSet<CadreId>();
        foreach (Cadre cadre in list)
        {
            ArgumentNullException.ThrowIfNull(cadre, nameof(cadres));
            if (!seen.Add(cadre.Id))
            {
                throw new InvalidInputException($"Two cadres have the identifier '{cadre.Id}'.", nameof(cadres));
            }
        }

        Cadres = list;
        Organisation = string.IsNullOrWhiteSpace(organisation) ? null : organisation;
    }

    /// <summary>Gets the organisation's name, or null.</summary>
    public string? Organisation { get; }

    /// <summary>Gets the cadres, in document order.</summary>
    public ImmutableArray<Cadre> Cadres { get; }

    /// <inheritdoc/>
    public bool Equals(Roster? other) =>
        other is not null && Organisation == other.Organisation && Cadres.SequenceEqual(other.Cadres);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Roster);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Organisation, Cadres.Length);

    /// <inheritdoc/>
    public override string ToString() => $"{Organisation ?? "roster"} ({Cadres.Length} cadres)";
}
