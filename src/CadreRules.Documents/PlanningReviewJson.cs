using System.Collections.Generic;
using NodaTime;

namespace CadreRules.Documents;

/// <summary>The planning review document: <c>{ schemaVersion, reviewDate, plan, currentFacts?, proposedAdditions? }</c>.</summary>
internal sealed class PlanningReviewJson
{
    public int? SchemaVersion { get; set; }

    public LocalDate? ReviewDate { get; set; }

    public PlanningListJson? Plan { get; set; }

    public List<PlanningCandidateJson?>? CurrentFacts { get; set; }

    public List<PlanningEntryJson?>? ProposedAdditions { get; set; }
}
