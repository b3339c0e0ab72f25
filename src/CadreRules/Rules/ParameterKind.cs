namespace CadreRules.Rules;

/// <summary>The type of a regulation parameter's value.</summary>
public enum ParameterKind
{
    /// <summary>A whole number (points, months, counts).</summary>
    Integer = 0,

    /// <summary>An exact share (a percentage or fraction).</summary>
    Share = 1,

    /// <summary>Yes or no.</summary>
    Boolean = 2,

    /// <summary>One of a fixed set of named choices (a policy).</summary>
    Choice = 3,
}
