namespace CadreRules.Composition;

/// <summary>How a share target such as "at least 15%" turns into a number of people (the directives do not say: a named
/// policy parameter).</summary>
public enum TargetRounding
{
    /// <summary>The exact share must reach the target (count × 100 ≥ 15 × members); for whole people this is the same as
    /// requiring ⌈target × members⌉ people. The default.</summary>
    Exact = 0,

    /// <summary>Required people = target × members rounded to the nearest whole person, halves up (15% of 23 = 3.45 → 3;
    /// 15% of 30 = 4.5 → 5): a laxer reading, offered for provinces that count this way.</summary>
    NearestPerson = 1,
}
