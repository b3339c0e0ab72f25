using System.Collections.Generic;
using CadreRules.Appointment;
using CadreRules.People;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the rotation and appointment request documents (internal; several per file).

/// <summary>The rotation requests document: <c>{ schemaVersion, requests: [...] }</c>.</summary>
internal sealed class RotationRequestsJson
{
    public int? SchemaVersion { get; set; }

    public List<RotationRequestJson?>? Requests { get; set; }
}

/// <summary>One rotation (luân chuyển) request.</summary>
internal sealed class RotationRequestJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? PlannedEnd { get; set; }

    public OrganisationalLevel? FromLevel { get; set; }

    public OrganisationalLevel? ToLevel { get; set; }

    public bool? SameLocality { get; set; }

    public PostComparison? Comparison { get; set; }

    public bool? IsInPlanning { get; set; }

    public bool? IsUnderDisciplinaryReview { get; set; }

    public bool? IsOutstanding { get; set; }

    public bool? CreatesNewTitle { get; set; }

    public RotationPurpose? Purpose { get; set; }

    public string? CompetentLevelDecision { get; set; }
}

/// <summary>The appointment requests document: <c>{ schemaVersion, requests: [...] }</c>.</summary>
internal sealed class AppointmentRequestsJson
{
    public int? SchemaVersion { get; set; }

    public List<AppointmentRequestJson?>? Requests { get; set; }
}

/// <summary>One appointment (bổ nhiệm) request.</summary>
internal sealed class AppointmentRequestJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public AppointmentKind? Kind { get; set; }

    public LocalDate? DossierReceivedOn { get; set; }

    public bool? IsPlanned { get; set; }

    public PositionJson? CurrentPost { get; set; }

    public List<PositionJson?>? EquivalentPosts { get; set; }

    public bool? ForStructuralCommitteeSeat { get; set; }

    public string? TimeInPostDecision { get; set; }

    public string? AgeSpecialCaseDecision { get; set; }
}
