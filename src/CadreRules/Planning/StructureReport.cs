using System.Collections.Immutable;
using CadreRules.Composition;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Planning;

/// <summary>The structure (cơ cấu) of the candidates planned for one group of titles at one level: shares of women, young
/// and ethnic-minority cadres, exact and as percentages, with the findings on the targets.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StructureReport
{
    internal StructureReport(OrganisationalLevel level, string group, BodyComposition composition, ImmutableArray<Finding> findings)
    {
        System.ArgumentNullException.ThrowIfNull(group);
        System.ArgumentNullException.ThrowIfNull(composition);
        Level = level;
        Group = group;
        Composition = composition;
        Findings = findings;
    }

    /// <summary>Gets the organisational level.</summary>
    public OrganisationalLevel Level { get; }

    /// <summary>Gets the group of titles (empty for the level as a whole).</summary>
    public string Group { get; }

    /// <summary>Gets the shares, counting each candidate of the group once.</summary>
    public BodyComposition Composition { get; }

    /// <summary>Gets the targets not met (severity <see cref="Severity.TargetNotMet"/>), in a fixed order.</summary>
    public ImmutableArray<Finding> Findings { get; }
}
