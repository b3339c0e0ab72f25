using System.Collections.Generic;
using CadreRules.People;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the roster document (internal; several per file). Every property is nullable: presence and ranges are checked by
// RosterMapper with the JSON path, so that a missing field is reported by name.

/// <summary>The roster document: <c>{ schemaVersion, organisation, cadres: [...] }</c>.</summary>
internal sealed class RosterJson
{
    public int? SchemaVersion { get; set; }

    public string? Organisation { get; set; }

    public List<CadreJson?>? Cadres { get; set; }
}

/// <summary>One cadre.</summary>
internal sealed class CadreJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public Sex? Sex { get; set; }

    /// <summary><c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>: the precision of the record.</summary>
    public string? BirthDate { get; set; }

    public bool? EthnicMinority { get; set; }

    public string? HomeLocality { get; set; }

    public LocalDate? PartyAdmittedOn { get; set; }

    public List<PositionJson?>? Positions { get; set; }

    public List<DisciplineJson?>? Discipline { get; set; }

    public List<EvaluationJson?>? Evaluations { get; set; }

    public QualificationsJson? Qualifications { get; set; }
}

/// <summary>The qualifications: each part optional; a part given needs its level and date.</summary>
internal sealed class QualificationsJson
{
    public AttainmentJson<EducationLevel>? Education { get; set; }

    public AttainmentJson<PoliticalTheoryLevel>? PoliticalTheory { get; set; }

    public AttainmentJson<StateManagementLevel>? StateManagement { get; set; }
}

/// <summary>A level held and the date obtained.</summary>
/// <typeparam name="TLevel">The kind of level.</typeparam>
internal sealed class AttainmentJson<TLevel>
    where TLevel : struct, System.Enum
{
    public TLevel? Level { get; set; }

    public LocalDate? ObtainedOn { get; set; }
}

/// <summary>A post held.</summary>
internal sealed class PositionJson
{
    public string? Title { get; set; }

    public string? Unit { get; set; }

    public OrganisationalLevel? Level { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }

    public bool? Leadership { get; set; }

    public int? Rank { get; set; }
}

/// <summary>A discipline decision.</summary>
internal sealed class DisciplineJson
{
    public DisciplineForm? Form { get; set; }

    public DisciplineTrack? Track { get; set; }

    public LocalDate? DecidedOn { get; set; }

    public int? ViolationYear { get; set; }

    public bool? RelatedToPublicDuty { get; set; }

    public bool? SelfDiscovered { get; set; }
}

/// <summary>An annual evaluation; a missing or null level means "not rated".</summary>
internal sealed class EvaluationJson
{
    public int? Year { get; set; }

    public EvaluationTrack? Track { get; set; }

    public EvaluationLevel? Level { get; set; }
}
