namespace CadreRules.Documents;

/// <summary>The kinds of document the library reads, as recognised from their top-level properties (used to say that a
/// document of one kind was given where another was expected).</summary>
public enum DocumentKind
{
    /// <summary>Not recognised.</summary>
    Unknown = 0,

    /// <summary>A roster of cadres (<c>cadres</c>).</summary>
    Roster,

    /// <summary>An evaluation sheet (<c>people</c>, <c>year</c>).</summary>
    EvaluationSheet,

    /// <summary>A planning list (<c>titles</c>, <c>candidates</c>, <c>entries</c>).</summary>
    PlanningList,

    /// <summary>Rotation requests (<c>requests</c> with <c>plannedEnd</c>, <c>fromLevel</c>…).</summary>
    RotationRequests,

    /// <summary>Appointment requests (<c>requests</c> with <c>kind</c>, <c>dossierReceivedOn</c>…).</summary>
    AppointmentRequests,

    /// <summary>A local variant (<c>baseId</c>, <c>overrides</c>).</summary>
    LocalVariant,

    /// <summary>An analyst case file (<c>kind</c>, <c>facts</c>).</summary>
    CaseFile,

    /// <summary>A verdict with its explanation (<c>outcome</c>, <c>explanation</c>).</summary>
    Verdict,

    /// <summary>A catalogue listing (<c>regulations</c>).</summary>
    Catalogue,

    /// <summary>A retirement report (<c>asOf</c>, <c>cadres</c> with retirement dates).</summary>
    RetirementReport,

    /// <summary>A planning review (<c>reviewDate</c>, <c>plan</c>, <c>proposedAdditions</c>).</summary>
    PlanningReview,

    /// <summary>The holders of key posts (<c>holders</c>), for the non-local share.</summary>
    KeyPosts,

    /// <summary>People in listed positions (<c>incumbents</c>), for the periodic position change.</summary>
    PositionChanges,

    /// <summary>Candidacies for party committees (<c>candidacies</c>).</summary>
    CommitteeCandidacies,

    /// <summary>The members of a body with its structure targets (<c>members</c>).</summary>
    Body,

    /// <summary>People checked against a title's standards (<c>assessedOn</c>, <c>title</c>, <c>subjects</c>).</summary>
    TitleStandards,
    /// <summary>A programme of rotations, transfers and secondments (<c>movements</c>).</summary>
    Movements,

    /// <summary>Evaluation results across years for a person or a unit (<c>years</c>).</summary>
    EvaluationHistory,
}
