using System;
using System.Collections.Immutable;
using CadreRules.People;
using CadreRules.Rules;

namespace CadreRules.Impact;

/// <summary>One subject's answer on one side of a rule-change comparison: who, in which group (a unit, a title…), the
/// outcome, the rule codes behind it and the regulation that gave it.</summary>
/// <typeparam name="TOutcome">The family's outcome (an evaluation outcome, an eligibility…).</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public readonly record struct ImpactSubject<TOutcome>
    where TOutcome : notnull
{
    /// <summary>Initializes a new instance of the <see cref="ImpactSubject{TOutcome}"/> struct.</summary>
    /// <param name="id">The subject's identifier.</param>
    /// <param name="name">The subject's name, or null.</param>
    /// <param name="group">The group the aggregates count the subject in (e.g. the unit).</param>
    /// <param name="outcome">The outcome.</param>
    /// <param name="codes">The rule codes behind the outcome.</param>
    /// <param name="regulation">The regulation that gave the outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> or <paramref name="outcome"/> is null.</exception>
    public ImpactSubject(CadreId id, string? name, string group, TOutcome outcome, ImmutableArray<RuleCode> codes, RegulationId regulation)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(outcome);
        Id = id;
        Name = name;
        Group = group;
        Outcome = outcome;
        Codes = codes.IsDefault ? [] : codes;
        Regulation = regulation;
    }

    /// <summary>Gets the subject's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>Gets the subject's name, or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the group the aggregates count the subject in.</summary>
    public string Group { get; }

    /// <summary>Gets the outcome.</summary>
    public TOutcome Outcome { get; }

    /// <summary>Gets the rule codes behind the outcome.</summary>
    public ImmutableArray<RuleCode> Codes { get; }

    /// <summary>Gets the regulation that gave the outcome.</summary>
    public RegulationId Regulation { get; }
}
