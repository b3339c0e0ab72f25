using System.Collections.Generic;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the position-changes document (internal; several per file).

/// <summary>The position-changes document: <c>{ schemaVersion, asOf, incumbents: [...] }</c>.</summary>
internal sealed class PositionChangesJson
{
    public int? SchemaVersion { get; set; }

    public LocalDate? AsOf { get; set; }

    public List<IncumbentJson?>? Incumbents { get; set; }
}

/// <summary>One person in a listed position: the cadre, the post (its title, when the cadre holds several on the date),
/// the sector and the stated deferral grounds.</summary>
internal sealed class IncumbentJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    /// <summary>The date asked, when it is not the document's.</summary>
    public LocalDate? AsOf { get; set; }

    public string? Post { get; set; }

    public string? Sector { get; set; }

    public List<DeferralJson?>? Deferrals { get; set; }
}

/// <summary>A deferral ground (NĐ 59/2019 Điều 38).</summary>
internal sealed class DeferralJson
{
    public DeferralKind? Kind { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}

/// <summary>Expected outcome of a <c>position-change</c> case; at least one field.</summary>
internal sealed class PositionChangeExpectedJson
{
    public PositionChangeStatus? Status { get; set; }

    public int? PeriodMonths { get; set; }

    public int? MonthsInPost { get; set; }

    public LocalDate? DueOn { get; set; }

    public LocalDate? DeferredUntil { get; set; }

    public int? MonthsToRetirement { get; set; }

    public LocalDate? ExemptFrom { get; set; }
}
