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
}

/// <summary>Expected outcome of a <c>composition</c> case; at least one field.</summary>
internal sealed class CompositionExpectedJson
{
    public int? Total { get; set; }

    public CompositionMeasureJson? Women { get; set; }

    public CompositionMeasureJson? Young { get; set; }

    public CompositionMeasureJson? EthnicMinority { get; set; }
}

/// <summary>One measure of a <c>composition</c> case; every field optional, at least one.</summary>
internal sealed class CompositionMeasureJson
{
    public int? Count { get; set; }

    /// <summary>As printed in Vietnamese, e.g. <c>41,5%</c> (<c>—</c> for an empty body).</summary>
    public string? Share { get; set; }

    public bool? MeetsTarget { get; set; }

    public long? Shortfall { get; set; }
}
