namespace CadreRules.Rules;

/// <summary>How a data rule compares a fact with a constant (see <see cref="FactCondition"/>). On a
/// <see cref="FactKind.Scale"/>, "above" means better: <c>level ≥ HTT</c> holds for HTXS and HTT.</summary>
public enum FactComparison
{
    /// <summary>The fact equals the constant (<c>=</c>).</summary>
    Equal = 0,

    /// <summary>The fact differs from the constant (<c>!=</c>).</summary>
    NotEqual = 1,

    /// <summary>The fact is the constant or more (<c>&gt;=</c>).</summary>
    AtLeast = 2,

    /// <summary>The fact is the constant or less (<c>&lt;=</c>).</summary>
    AtMost = 3,

    /// <summary>The fact is more than the constant (<c>&gt;</c>).</summary>
    Above = 4,

    /// <summary>The fact is less than the constant (<c>&lt;</c>).</summary>
    Below = 5,
}
