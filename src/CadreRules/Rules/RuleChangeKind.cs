namespace CadreRules.Rules;

/// <summary>What a <see cref="RuleChange"/> does to a regulation's rules.</summary>
public enum RuleChangeKind
{
    /// <summary>Adds a rule at one of the regulation's extension points (e.g. a requirement every planned candidate must meet).</summary>
    Add = 0,

    /// <summary>Replaces the condition of a named rule; the rule keeps its code.</summary>
    Replace = 1,

    /// <summary>Removes a named rule.</summary>
    Remove = 2,
}
