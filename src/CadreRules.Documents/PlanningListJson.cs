using System.Collections.Generic;
using CadreRules.People;
using CadreRules.Planning;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the planning list document (internal; several per file).

/// <summary>The planning list document: <c>{ schemaVersion, date, term, ageReferenceMonth?, titles, candidates, entries }</c>.</summary>
internal sealed class PlanningListJson
{
    public int? SchemaVersion { get; set; }

    public LocalDate? Date { get; set; }

    public PlanningTermJson? Term { get; set; }

    public YearMonth? AgeReferenceMonth { get; set; }

    public List<PlanningTitleJson?>? Titles { get; set; }

    public List<PlanningCandidateJson?>? Candidates { get; set; }

    public List<PlanningEntryJson?>? Entries { get; set; }
}

/// <summary>The term planned for.</summary>
internal sealed class PlanningTermJson
{
    public LocalDate? Start { get; set; }

    public int? Years { get; set; }
}

/// <summary>A title planned for.</summary>
internal sealed class PlanningTitleJson
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public OrganisationalLevel? Level { get; set; }

    public int? Seats { get; set; }

    public int? Rank { get; set; }

    public PlanningTitleKind? Kind { get; set; }

    public string? Group { get; set; }

    public bool? ManagedCentrally { get; set; }
}

/// <summary>A candidate: the cadre's facts, or <c>cadreRef</c> into a roster read alongside.</summary>
internal sealed class PlanningCandidateJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public int? CurrentRank { get; set; }

    public bool? AppointmentProposed { get; set; }

    public bool? FailsPoliticalStandard { get; set; }

    public bool? HasTrainingPlan { get; set; }
}

/// <summary>A candidate planned for a title.</summary>
internal sealed class PlanningEntryJson
{
    public string? CadreId { get; set; }

    public string? TitleId { get; set; }

    public PlanningTier? Tier { get; set; }
}
