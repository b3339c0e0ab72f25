using System;
using CadreRules.Rules;
using NodaTime;

namespace CadreRules.Impact;

/// <summary>
/// One side of a rule-change comparison: a catalogue (the shipped rules, or the shipped rules with a province's variant)
/// and which of its regulations to apply (<see cref="RegulationSelector.InForce"/> by default: the one in force on each
/// subject's own date; or one chosen by id, or the one in force on a fixed date).
/// </summary>
/// <remarks>Used by the impact adapters of the rotation, appointment, planning and retirement families
/// (<c>RotationImpact</c>, <c>AppointmentImpact</c>, <c>PlanningImpact</c>, <c>RetirementImpact</c>). Immutable and
/// thread-safe.</remarks>
public sealed class ImpactSide
{
    /// <summary>Initializes a new instance of the <see cref="ImpactSide"/> class.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="selector">Which regulation to apply; default: the one in force on each subject's date.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ImpactSide(RegulationCatalog catalog, RegulationSelector selector = default)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        Selector = selector;
    }

    /// <summary>Gets the catalogue.</summary>
    public RegulationCatalog Catalog { get; }

    /// <summary>Gets which regulation to apply.</summary>
    public RegulationSelector Selector { get; }

    /// <summary>Finds the regulation this side applies to a subject.</summary>
    /// <typeparam name="TRegulation">The family's regulation type.</typeparam>
    /// <param name="topic">The topic.</param>
    /// <param name="kind">The kind of subject.</param>
    /// <param name="asOf">The subject's date (used by "in force").</param>
    /// <returns>The regulation. One chosen by id is returned whatever the date, as the family commands do (the rotation,
    /// appointment and planning regulations do not check that they are in force).</returns>
    /// <exception cref="RegulationNotFoundException">No such id, the id is about another topic or of another type, or no
    /// regulation is in force.</exception>
    public TRegulation Resolve<TRegulation>(RegulationTopic topic, SubjectKind kind, LocalDate asOf)
        where TRegulation : Regulation
    {
        Regulation regulation = Selector.Resolve(Catalog, topic, kind, asOf);
        return regulation as TRegulation
            ?? throw new RegulationNotFoundException($"'{regulation.Id}' is not a {typeof(TRegulation).Name}.");
    }

    /// <inheritdoc/>
    public override string ToString() => Selector.ToString();
}
