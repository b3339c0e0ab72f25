using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Impact;

/// <summary>A subject whose answer differs between the two sides of a rule-change comparison.</summary>
/// <typeparam name="TOutcome">The family's outcome.</typeparam>
/// <param name="Index">The subject's position in the population (0-based).</param>
/// <param name="Id">The subject's identifier.</param>
/// <param name="Name">The subject's name, or null.</param>
/// <param name="Group">The group (e.g. the unit).</param>
/// <param name="Before">The outcome before the change.</param>
/// <param name="After">The outcome after the change.</param>
/// <param name="BeforeRegulation">The regulation before.</param>
/// <param name="AfterRegulation">The regulation after.</param>
/// <param name="Removed">The rule codes behind the answer before and not after, in their order before.</param>
/// <param name="Added">The rule codes behind the answer after and not before, in their order after.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ImpactChange<TOutcome>(int Index, CadreId Id, string? Name, string Group, TOutcome Before, TOutcome After, RegulationId BeforeRegulation, RegulationId AfterRegulation, ImmutableArray<RuleCode> Removed, ImmutableArray<RuleCode> Added)
    where TOutcome : notnull
{
    /// <summary>Gets the group.</summary>
    public string Group { get; } = Group ?? throw new System.ArgumentNullException(nameof(Group));

    /// <summary>Gets the outcome before the change.</summary>
    public TOutcome Before { get; } = Before ?? throw new System.ArgumentNullException(nameof(Before));

    /// <summary>Gets the outcome after the change.</summary>
    public TOutcome After { get; } = After ?? throw new System.ArgumentNullException(nameof(After));

    /// <summary>Gets a value indicating whether the outcome itself changes (not only the rules or regulation behind it).</summary>
    public bool OutcomeChanged => !System.Collections.Generic.EqualityComparer<TOutcome>.Default.Equals(Before, After);
}
