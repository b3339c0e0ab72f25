using System.Collections.Generic;
using CadreRules.Rules;

namespace CadreRules;

/// <summary>The regulations shipped with CadreRules, as one catalogue.</summary>
/// <remarks>
/// The catalogue is checked when first used: versions of one topic for one kind of subject neither overlap nor leave
/// gaps. Layer a province's variant over it with <see cref="RegulationCatalog.WithVariant(LocalVariant)"/>.
/// Immutable and thread-safe.
/// </remarks>
public static class ShippedRegulations
{
    /// <summary>Gets the catalogue of every shipped regulation.</summary>
    public static RegulationCatalog Catalog { get; } = RegulationCatalog.Create(All());

    // One family a line.
    private static IEnumerable<Regulation> All() =>
    [
        .. Evaluation.EvaluationRegulations.All,
        .. Planning.PlanningRegulations.All,
        .. Rotation.RotationRegulations.All,
        .. Appointment.AppointmentRegulations.All,
        .. Standards.TitleStandardsRegulation.All,
        .. Composition.StructureTargetsRegulation.All,
    ];
}
