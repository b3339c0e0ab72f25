using System.Collections.Generic;
using CadreRules.People;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the movements (programme) document (internal; several per file).

/// <summary>The movements document: <c>{ schemaVersion, movements: [...] }</c>.</summary>
internal sealed class MovementsJson
{
    public int? SchemaVersion { get; set; }

    public List<MovementJson?>? Movements { get; set; }
}

/// <summary>One movement of a programme: its batch and kind, the person, the dates and levels; a rotation's facts
/// (<c>comparison</c>, <c>isInPlanning</c>…) or a transfer's or secondment's (<c>bars</c>, <c>requestedByPerson</c>).</summary>
internal sealed class MovementJson
{
    public string? Batch { get; set; }

    public MovementKind? Kind { get; set; }

    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? PlannedEnd { get; set; }

    public OrganisationalLevel? FromLevel { get; set; }

    public OrganisationalLevel? ToLevel { get; set; }

    public bool? SameLocality { get; set; }

    public List<MovementBar>? Bars { get; set; }

    public bool? RequestedByPerson { get; set; }

    public PostComparison? Comparison { get; set; }

    public bool? IsInPlanning { get; set; }

    public bool? IsUnderDisciplinaryReview { get; set; }

    public bool? IsOutstanding { get; set; }

    public bool? CreatesNewTitle { get; set; }

    public RotationPurpose? Purpose { get; set; }

    public string? CompetentLevelDecision { get; set; }
}

/// <summary>Expected outcome of a <c>movement</c> case; at least one field.</summary>
internal sealed class MovementExpectedJson
{
    public MovementOutcome? Outcome { get; set; }

    public string? Regulation { get; set; }

    public LocalDate? AllowanceKeptUntil { get; set; }

    public LocalDate? LatestEnd { get; set; }

    public int? EvaluationYears { get; set; }
}
