using System.Collections.Generic;
using CadreRules.Rotation;
using NodaTime;

namespace CadreRules.Documents;

// Wire shapes of the key-posts document (internal; several per file).

/// <summary>The key-posts document: <c>{ schemaVersion, date, area?, holders: [...] }</c>.</summary>
internal sealed class KeyPostsJson
{
    public int? SchemaVersion { get; set; }

    public LocalDate? Date { get; set; }

    public string? Area { get; set; }

    public List<KeyPostHolderJson?>? Holders { get; set; }
}

/// <summary>The holder of one key post and their ties to the unit's locality.</summary>
internal sealed class KeyPostHolderJson
{
    public string? Unit { get; set; }

    public KeyPostKind? Post { get; set; }

    /// <summary>The unit's level: <c>commune</c> when absent, <c>provincial</c> for a provincial secretary or chair.</summary>
    public CadreRules.People.OrganisationalLevel? Level { get; set; }

    public string? Name { get; set; }

    public bool? BornThere { get; set; }

    public bool? RaisedThere { get; set; }

    public int? YearsStudiedOrWorkedThere { get; set; }

    public LocalDate? InPostSince { get; set; }
}

/// <summary>Expected outcome of a <c>non-local</c> case; at least one field.</summary>
internal sealed class NonLocalExpectedJson
{
    public int? NonLocal { get; set; }

    public int? Total { get; set; }

    /// <summary>The share as printed in Vietnamese, e.g. <c>53,1%</c>.</summary>
    public string? Share { get; set; }

    public bool? MeetsTarget { get; set; }

    /// <summary>|share − target| as printed in Vietnamese, e.g. <c>3,1%</c>.</summary>
    public string? Gap { get; set; }

    /// <summary>Per post (<c>secretary</c>, <c>chair</c>): non-local over total, e.g. <c>12/16</c>.</summary>
    public Dictionary<string, string>? ByPost { get; set; }

    /// <summary><c>pending</c>, <c>metByDeadline</c>, <c>missed</c> or <c>metAfterDeadline</c>.</summary>
    public NonLocalProgress? Progress { get; set; }

    /// <summary>Secretaries due to move after too many years in one place.</summary>
    public int? SecretariesDueToMove { get; set; }

    /// <summary>Per level and post (<c>provincial/secretary</c>, <c>commune/secretary</c>, <c>commune/chair</c>…).</summary>
    public Dictionary<string, NonLocalPostExpectedJson>? ByLevelAndPost { get; set; }
}

/// <summary>One post kind at one level in a <c>non-local</c> case; at least one field.</summary>
internal sealed class NonLocalPostExpectedJson
{
    /// <summary>Non-local over total, e.g. <c>12/16</c>.</summary>
    public string? Count { get; set; }

    public bool? MeetsTarget { get; set; }

    public long? Shortfall { get; set; }

    /// <summary><c>pending</c>, <c>metByDeadline</c>, <c>missed</c> or <c>metAfterDeadline</c>; <c>none</c> for a post without a target.</summary>
    public string? Progress { get; set; }

    /// <summary><c>encouragedOnly</c> or <c>beforeDirective</c>: why the post has no target.</summary>
    public string? NoTarget { get; set; }
}
