using System;
using System.Collections.Immutable;

namespace CadreRules.Rules;

/// <summary>
/// What names a regulation: its identifier, title, topic, the document it rests on, the kinds of subject and dates it
/// covers, and, for a local variant, the regulation it derives from.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RegulationReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="title">The title.</param>
    /// <param name="topic">The topic.</param>
    /// <param name="citation">The main document (and guidance) it rests on.</param>
    /// <param name="scopes">The kinds of subject and dates covered; at least one.</param>
    /// <param name="derivedFrom">The base regulation of a local variant, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or <paramref name="scopes"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="citation"/> is null.</exception>
    public RegulationReference(RegulationId id, LocalizedText title, RegulationTopic topic, Citation citation, ImmutableArray<RegulationScope> scopes, RegulationId? derivedFrom = null)
    {
        if (id.IsEmpty)
        {
            throw new InvalidInputException("A regulation needs an identifier.", nameof(id));
        }

        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(citation);
        if (scopes.IsDefaultOrEmpty)
        {
            throw new InvalidInputException("A regulation applies to at least one kind of subject.", nameof(scopes));
        }

        Id = id;
        Title = title;
        Topic = topic;
        Citation = citation;
        Scopes = scopes;
        DerivedFrom = derivedFrom;
    }

    /// <summary>Gets the identifier.</summary>
    public RegulationId Id { get; }

    /// <summary>Gets the title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the topic.</summary>
    public RegulationTopic Topic { get; }

    /// <summary>Gets the main document it rests on.</summary>
    public Citation Citation { get; }

    /// <summary>Gets the kinds of subject and dates covered.</summary>
    public ImmutableArray<RegulationScope> Scopes { get; }

    /// <summary>Gets the base regulation of a local variant, or <see langword="null"/>.</summary>
    public RegulationId? DerivedFrom { get; }

    /// <summary>Tells whether the regulation applies to a kind of subject on a date.</summary>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when a scope covers them.</returns>
    public bool AppliesTo(SubjectKind kind, NodaTime.LocalDate date)
    {
        foreach (RegulationScope scope in Scopes)
        {
            if (scope.SubjectKind == kind && scope.Period.Contains(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks equality, comparing the scopes by value.</summary>
    /// <param name="other">The other reference.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RegulationReference? other) =>
        other is not null && Id == other.Id && Title == other.Title && Topic == other.Topic && Citation == other.Citation
        && DerivedFrom == other.DerivedFrom && Scopes.AsSpan().SequenceEqual(other.Scopes.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Topic, Citation);
}
