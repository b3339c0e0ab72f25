using System.Collections.Generic;
using CadreRules.People;
using CadreRules.Standards;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the title standards document (internal; several per file).

/// <summary>The title standards document: <c>{ schemaVersion, title, assessedOn, subjects?: [...] }</c>; without
/// <c>subjects</c>, every cadre of the roster given with it.</summary>
internal sealed class TitleStandardsJson
{
    public int? SchemaVersion { get; set; }

    public StandardsTitleJson? Title { get; set; }

    public LocalDate? AssessedOn { get; set; }

    public List<StandardsSubjectJson?>? Subjects { get; set; }
}

/// <summary>The title whose standards are checked.</summary>
internal sealed class StandardsTitleJson
{
    public string? Name { get; set; }

    public OrganisationalLevel? Level { get; set; }

    public bool? ManagedCentrally { get; set; }
}

/// <summary>One person checked: the cadre in full or <c>cadreRef</c>, and the planning purpose.</summary>
internal sealed class StandardsSubjectJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public PlanningGroup? PlanningGroup { get; set; }

    public bool? TrainingPlan { get; set; }
}

/// <summary>The facts of a <c>standards</c> case: the title, the date and one subject.</summary>
internal sealed class StandardsCaseFactsJson
{
    public StandardsTitleJson? Title { get; set; }

    public LocalDate? AssessedOn { get; set; }

    public StandardsSubjectJson? Subject { get; set; }
}

/// <summary>Expected outcome of a <c>standards</c> case: <c>outcome</c> (meets, pendingWithPlan, fails, undetermined).</summary>
internal sealed class StandardsExpectedJson
{
    public StandardsOutcome? Outcome { get; set; }

    /// <summary>The codes of the requirements expected not met (e.g. <c>Standards.PoliticalTheory</c>), in any order.</summary>
    public List<string>? NotMet { get; set; }
}
