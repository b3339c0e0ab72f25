using System.Collections.Generic;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the body document (internal; several per file).

/// <summary>The body document: <c>{ schemaVersion, name?, asOf, youngAge, targets?, members: [...] }</c>.</summary>
internal sealed class BodyJson
{
    public int? SchemaVersion { get; set; }

    public string? Name { get; set; }

    public LocalDate? AsOf { get; set; }

    public int? YoungAge { get; set; }

    public BodyTargetsJson? Targets { get; set; }

    public List<BodyMemberJson?>? Members { get; set; }

    public PreviousTermJson? Previous { get; set; }

    public bool? DirectiveTargets { get; set; }

    public bool? Merged { get; set; }

    /// <summary>The age-reference month of the body's term (e.g. <c>2025-07</c>), optional.</summary>
    public YearMonth? TermReferenceMonth { get; set; }
}

/// <summary>The same body's figures in the previous term: its size and the counts known.</summary>
internal sealed class PreviousTermJson
{
    public string? Name { get; set; }

    public int? Total { get; set; }

    public int? Women { get; set; }

    public int? Young { get; set; }

    public int? EthnicMinority { get; set; }
}

/// <summary>The least shares the body should have, each optional.</summary>
internal sealed class BodyTargetsJson
{
    public ShareJson? Women { get; set; }

    public ShareJson? Young { get; set; }

    public ShareJson? EthnicMinority { get; set; }
}

/// <summary>A member: the cadre's facts or <c>cadreRef</c> into a roster read alongside.</summary>
internal sealed class BodyMemberJson
{
    public CadreJson? Cadre { get; set; }

    public string? CadreRef { get; set; }

    public bool? StandingCommittee { get; set; }

    public bool? FirstTime { get; set; }
}

/// <summary>Expected outcome of a <c>composition</c> case; at least one field.</summary>
internal sealed class CompositionExpectedJson
{
    public int? Total { get; set; }

    public CompositionMeasureJson? Women { get; set; }

    public CompositionMeasureJson? Young { get; set; }

    public CompositionMeasureJson? EthnicMinority { get; set; }

    public DirectiveExpectedJson? Directive { get; set; }

    public ShareExpectedJson? FirstTime { get; set; }

    public ShareExpectedJson? ReElected { get; set; }

    public ShareExpectedJson? UniversityOrHigher { get; set; }

    public ShareExpectedJson? PoliticalTheoryAdvanced { get; set; }

    public ShareExpectedJson? PoliticalTheoryIntermediateOrHigher { get; set; }
}

/// <summary>One count over the whole body or roster in a case; every field optional, at least one.</summary>
internal sealed class ShareExpectedJson
{
    public int? Count { get; set; }

    /// <summary>As printed in Vietnamese at the precision written: <c>90,2%</c> compares at one decimal, <c>91%</c> at
    /// none (an article's rounded figure); <c>—</c> for an empty body.</summary>
    public string? Share { get; set; }
}

/// <summary>The facts of a <c>statistics</c> case: the date and the young age; the cadres are the case's roster.</summary>
internal sealed class StatisticsFactsJson
{
    public LocalDate? AsOf { get; set; }

    public int? YoungAge { get; set; }
}

/// <summary>Expected outcome of a <c>statistics</c> case; at least one field.</summary>
internal sealed class StatisticsExpectedJson
{
    public int? Total { get; set; }

    public ShareExpectedJson? Women { get; set; }

    public ShareExpectedJson? Young { get; set; }

    public ShareExpectedJson? EthnicMinority { get; set; }

    public ShareExpectedJson? UniversityOrHigher { get; set; }

    public ShareExpectedJson? PoliticalTheoryAdvanced { get; set; }

    public ShareExpectedJson? PoliticalTheoryIntermediateOrHigher { get; set; }

    public int? EducationUnrecorded { get; set; }

    public int? PoliticalTheoryUnrecorded { get; set; }
}

/// <summary>One measure of a <c>composition</c> case; every field optional, at least one.</summary>
internal sealed class CompositionMeasureJson
{
    public int? Count { get; set; }

    /// <summary>As printed in Vietnamese, e.g. <c>41,5%</c> (<c>—</c> for an empty body).</summary>
    public string? Share { get; set; }

    public bool? MeetsTarget { get; set; }

    public long? Shortfall { get; set; }

    /// <summary>The change from the previous term in percentage points, as the Vietnamese text prints it
    /// (<c>+11,2 điểm phần trăm</c>, <c>—</c> when it does not exist).</summary>
    public string? PointsChange { get; set; }

    /// <summary>The relative change from the previous term, as the Vietnamese text prints it (<c>+37,1%</c>, <c>—</c>).</summary>
    public string? RelativeChange { get; set; }
}

/// <summary>Expected outcome of the directive's targets in a <c>composition</c> case; at least one field.</summary>
internal sealed class DirectiveExpectedJson
{
    public string? Regulation { get; set; }

    public bool? Met { get; set; }

    /// <summary><c>met</c>, <c>notMet</c> or <c>undetermined</c>.</summary>
    public string? Outcome { get; set; }

    public DirectiveMeasureJson? Women { get; set; }

    public DirectiveMeasureJson? Young { get; set; }

    public DirectiveMeasureJson? StandingCommitteeWomen { get; set; }

    public DirectiveMeasureJson? Renewal { get; set; }

    /// <summary>The day young members are counted on, e.g. <c>2025-07-31</c>.</summary>
    public LocalDate? YoungCountedOn { get; set; }

    /// <summary>The three age bands: <c>met</c>, <c>notMet</c> or <c>notSet</c>.</summary>
    public string? AgeBands { get; set; }
}

/// <summary>One target of the directive in a <c>composition</c> case; every field optional, at least one.</summary>
internal sealed class DirectiveMeasureJson
{
    public int? Count { get; set; }

    /// <summary>As printed in Vietnamese, e.g. <c>14,3%</c>.</summary>
    public string? Share { get; set; }

    public long? Required { get; set; }

    public bool? MeetsTarget { get; set; }

    public long? Shortfall { get; set; }

    /// <summary><c>met</c>, <c>notMet</c>, <c>undetermined</c> or <c>exempt</c>.</summary>
    public string? Status { get; set; }
}
