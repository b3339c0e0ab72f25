using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace CadreRules.Rules;

/// <summary>
/// The regulations known to an application, and which one is in force for a topic and kind of subject on a date.
/// </summary>
/// <remarks>
/// Construction checks that identifiers are unique and that, for each topic and kind of subject, the versions neither
/// overlap nor leave a gap between the first start and the last end. A <see cref="LocalVariant"/> is layered with
/// <see cref="WithVariant(LocalVariant)"/>: inside its dates it replaces its base; outside them the base still applies.
/// Immutable and thread-safe.
/// </remarks>
public sealed class RegulationCatalog
{
    private readonly ImmutableDictionary<RegulationId, Regulation> _byId;
    private readonly ImmutableArray<CatalogEntry> _entries;

    private RegulationCatalog(ImmutableDictionary<RegulationId, Regulation> byId, ImmutableArray<CatalogEntry> entries)
    {
        _byId = byId;
        _entries = entries;
        Regulations = [.. byId.Values.OrderBy(r => r.Topic).ThenBy(r => r.Reference.Scopes[0].Period.Start).ThenBy(r => r.Id.Value, StringComparer.Ordinal)];
    }

    /// <summary>Gets the empty catalogue.</summary>
    public static RegulationCatalog Empty { get; } = new(ImmutableDictionary<RegulationId, Regulation>.Empty, []);

    /// <summary>Gets every regulation, by topic and start date.</summary>
    public ImmutableArray<Regulation> Regulations { get; }

    /// <summary>Gets the entries actually consulted by <see cref="InForce(RegulationTopic, SubjectKind, LocalDate)"/>:
    /// each regulation's kinds of subject and dates after local variants have been layered.</summary>
    public IEnumerable<(Regulation Regulation, RegulationScope Scope)> Entries => _entries.Select(e => (e.Regulation, new RegulationScope(e.Kind, e.Period)));

    /// <summary>Creates a catalogue.</summary>
    /// <param name="regulations">The regulations.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regulations"/> or one of its items is null.</exception>
    /// <exception cref="RegulationCatalogException">Two regulations share an identifier, or versions overlap or leave a gap.</exception>
    public static RegulationCatalog Create(IEnumerable<Regulation> regulations)
    {
        ArgumentNullException.ThrowIfNull(regulations);
        return Empty.AddRange(regulations);
    }

    /// <summary>Returns a catalogue with more regulations.</summary>
    /// <param name="regulations">The regulations to add.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regulations"/> or one of its items is null.</exception>
    /// <exception cref="RegulationCatalogException">An identifier is taken, or versions overlap or leave a gap.</exception>
    public RegulationCatalog AddRange(IEnumerable<Regulation> regulations)
    {
        ArgumentNullException.ThrowIfNull(regulations);
        ImmutableDictionary<RegulationId, Regulation>.Builder byId = _byId.ToBuilder();
        ImmutableArray<CatalogEntry>.Builder entries = _entries.ToBuilder();
        foreach (Regulation regulation in regulations)
        {
            ArgumentNullException.ThrowIfNull(regulation, nameof(regulations));
            if (!byId.TryAdd(regulation.Id, regulation))
            {
                throw new RegulationCatalogException(regulation.Id, $"Two regulations have the identifier '{regulation.Id}'.");
            }

            foreach (RegulationScope scope in regulation.Reference.Scopes)
            {
                entries.Add(new CatalogEntry(regulation, scope.SubjectKind, scope.Period));
            }
        }

        ImmutableArray<CatalogEntry> all = entries.ToImmutable();
        Validate(all);
        return new RegulationCatalog(byId.ToImmutable(), all);
    }

    /// <summary>Returns a catalogue in which a local variant replaces its base within the variant's dates.</summary>
    /// <param name="variant">The variant.</param>
    /// <returns>The new catalogue; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="variant"/> is null.</exception>
    /// <exception cref="RegulationNotFoundException">The base regulation is not in the catalogue.</exception>
    /// <exception cref="RegulationCatalogException">The variant's identifier is taken.</exception>
    /// <exception cref="InputOutOfRangeException">The variant's dates are not within its base's
    /// (<see cref="Regulation.Period"/>); the field is <c>period.start</c> or <c>period.end</c>.</exception>
    /// <exception cref="ParameterException">An override is unknown, of the wrong kind, or out of bounds.</exception>
    public RegulationCatalog WithVariant(LocalVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        Regulation baseRegulation = Get(variant.BaseId);
        if (_byId.ContainsKey(variant.Id))
        {
            throw new RegulationCatalogException(variant.Id, $"The identifier '{variant.Id}' of the local variant is already in the catalogue.");
        }

        Regulation derived = baseRegulation.WithVariant(variant);
        ImmutableArray<CatalogEntry>.Builder entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        foreach (CatalogEntry entry in _entries)
        {
            if (!ReferenceEquals(entry.Regulation, baseRegulation) || !entry.Period.Overlaps(variant.Period))
            {
                entries.Add(entry);
                continue;
            }

            // Keep the parts of the base's period before and after the variant's.
            if (entry.Period.Start < variant.Period.Start)
            {
                entries.Add(entry with { Period = new EffectivePeriod(entry.Period.Start, variant.Period.Start.PlusDays(-1)) });
            }

            if (variant.Period.End is { } variantEnd && (entry.Period.End is null || entry.Period.End.Value > variantEnd))
            {
                entries.Add(entry with { Period = new EffectivePeriod(variantEnd.PlusDays(1), entry.Period.End) });
            }
        }

        foreach (RegulationScope scope in derived.Reference.Scopes)
        {
            entries.Add(new CatalogEntry(derived, scope.SubjectKind, scope.Period));
        }

        ImmutableArray<CatalogEntry> all = entries.ToImmutable();
        Validate(all);
        return new RegulationCatalog(_byId.Add(derived.Id, derived), all);
    }

    /// <summary>Gets the regulation in force for a topic and kind of subject on a date.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="date">The date asked (for an annual evaluation, the date the evaluation is made).</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="RegulationNotFoundException">No regulation covers them.</exception>
    public Regulation InForce(RegulationTopic topic, SubjectKind kind, LocalDate date) =>
        TryInForce(topic, kind, date) ?? throw new RegulationNotFoundException(
            $"No {topic} regulation for {kind} is in force on {TextFormat.Date(date)} in this catalogue.");

    /// <summary>Gets the regulation of a given type in force for a kind of subject on a date.</summary>
    /// <typeparam name="TRegulation">The regulation type, which fixes the topic.</typeparam>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="date">The date asked.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="RegulationNotFoundException">No regulation of that type covers them.</exception>
    public TRegulation InForce<TRegulation>(SubjectKind kind, LocalDate date)
        where TRegulation : Regulation
    {
        foreach (CatalogEntry entry in _entries)
        {
            if (entry.Kind == kind && entry.Regulation is TRegulation typed && entry.Period.Contains(date))
            {
                return typed;
            }
        }

        throw new RegulationNotFoundException($"No {typeof(TRegulation).Name} for {kind} is in force on {TextFormat.Date(date)} in this catalogue.");
    }

    /// <summary>Gets the regulation in force, or <see langword="null"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="date">The date asked.</param>
    /// <returns>The regulation, or <see langword="null"/> when none covers them.</returns>
    public Regulation? TryInForce(RegulationTopic topic, SubjectKind kind, LocalDate date)
    {
        foreach (CatalogEntry entry in _entries)
        {
            if (entry.Kind == kind && entry.Regulation.Topic == topic && entry.Period.Contains(date))
            {
                return entry.Regulation;
            }
        }

        return null;
    }

    /// <summary>Gets a regulation by identifier.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The regulation.</returns>
    /// <exception cref="RegulationNotFoundException">No regulation has that identifier.</exception>
    public Regulation Get(RegulationId id) =>
        _byId.TryGetValue(id, out Regulation? regulation)
            ? regulation
            : throw new RegulationNotFoundException($"No regulation '{id}' in this catalogue. Known: {string.Join(", ", Regulations.Select(r => r.Id.Value))}.");

    /// <summary>Gets a regulation by identifier, or <see langword="null"/>.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The regulation, or <see langword="null"/>.</returns>
    public Regulation? Find(RegulationId id) => _byId.GetValueOrDefault(id);

    private static void Validate(ImmutableArray<CatalogEntry> entries)
    {
        foreach (IGrouping<(RegulationTopic Topic, SubjectKind Kind), CatalogEntry> group in entries.GroupBy(e => (e.Regulation.Topic, e.Kind)))
        {
            CatalogEntry[] ordered = [.. group.OrderBy(e => e.Period.Start)];
            for (int i = 1; i < ordered.Length; i++)
            {
                CatalogEntry previous = ordered[i - 1];
                CatalogEntry next = ordered[i];
                if (previous.Period.End is null || previous.Period.End.Value >= next.Period.Start)
                {
                    throw new RegulationCatalogException(next.Regulation.Id,
                        $"'{next.Regulation.Id}' ({next.Period}) overlaps '{previous.Regulation.Id}' ({previous.Period}) for {group.Key.Topic} of {group.Key.Kind}.");
                }

                if (previous.Period.End.Value.PlusDays(1) != next.Period.Start)
                {
                    throw new RegulationCatalogException(next.Regulation.Id,
                        $"Between '{previous.Regulation.Id}' ({previous.Period}) and '{next.Regulation.Id}' ({next.Period}) no {group.Key.Topic} regulation covers {group.Key.Kind}.");
                }
            }
        }
    }

    private readonly record struct CatalogEntry(Regulation Regulation, SubjectKind Kind, EffectivePeriod Period);
}
