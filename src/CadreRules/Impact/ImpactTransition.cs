using CadreRules.Rules;

namespace CadreRules.Impact;

/// <summary>One cell of a rule change's transition matrix: how many subjects went from one outcome to another.</summary>
/// <typeparam name="TOutcome">The family's outcome.</typeparam>
/// <param name="Before">The outcome before.</param>
/// <param name="After">The outcome after (equal to <paramref name="Before"/> on the diagonal).</param>
/// <param name="Count">How many subjects, 1 or more.</param>
public sealed record ImpactTransition<TOutcome>(TOutcome Before, TOutcome After, int Count)
    where TOutcome : notnull
{
    /// <summary>Gets the outcome before.</summary>
    public TOutcome Before { get; } = Before ?? throw new System.ArgumentNullException(nameof(Before));

    /// <summary>Gets the outcome after.</summary>
    public TOutcome After { get; } = After ?? throw new System.ArgumentNullException(nameof(After));
}

/// <summary>A group's line of a rule-change impact (e.g. a unit): its subjects and how many change.</summary>
/// <param name="Group">The group.</param>
/// <param name="Subjects">How many subjects the group has.</param>
/// <param name="OutcomesChanged">How many of them change outcome.</param>
/// <param name="Changed">How many of them change outcome, regulation or rule codes.</param>
public sealed record ImpactGroup(string Group, int Subjects, int OutcomesChanged, int Changed)
{
    /// <summary>Gets the group.</summary>
    public string Group { get; } = Group ?? throw new System.ArgumentNullException(nameof(Group));
}

/// <summary>A rule code's line of a rule-change impact: how many answers it is behind, before and after.</summary>
/// <param name="Code">The rule code.</param>
/// <param name="Before">How many answers it is behind before the change.</param>
/// <param name="After">How many answers it is behind after the change.</param>
public sealed record ImpactRuleCode(RuleCode Code, int Before, int After);
